import type { DraftHost } from "./host";

/** Outside Office (a browser, tests): a text area stands in for the draft. */
export class StandaloneHost implements DraftHost {
  readonly kind = "standalone" as const;

  constructor(private readonly textArea: HTMLTextAreaElement) {}

  async readDraft(): Promise<string> {
    return this.textArea.value;
  }
}
