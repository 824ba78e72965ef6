import { containsMention, GATE_STATE_KEY, parseGateState, type GateState } from "../shared/gateState";
import type { MentionPosition } from "../shared/wireTypes";
import type { AiMarker, DraftHost, MentionResult } from "./host";

/** Outside Office (a browser, tests): a text area stands in for the draft; state lives in sessionStorage. */
export class StandaloneHost implements DraftHost {
  readonly kind = "standalone" as const;
  /** The last marker written (nothing to write it on outside Office). */
  lastMarker: AiMarker | null = null;

  constructor(
    private readonly textArea: HTMLTextAreaElement,
    private readonly storage: Pick<Storage, "getItem" | "setItem"> | null = globalThis.sessionStorage ?? null,
  ) {}

  async readDraft(): Promise<string> {
    return this.textArea.value;
  }

  async readBody(): Promise<string> {
    return this.textArea.value;
  }

  async hasMention(text: string): Promise<boolean> {
    return containsMention(this.textArea.value, text);
  }

  async insertMention(text: string, position: MentionPosition): Promise<MentionResult> {
    if (await this.hasMention(text)) return "present";
    const value = this.textArea.value.trim();
    this.textArea.value = position === "top" ? `${text}\n\n${value}` : `${value}\n\n${text}`;
    return "inserted";
  }

  async writeMarker(marker: AiMarker): Promise<void> {
    this.lastMarker = marker;
  }

  async loadState(): Promise<GateState | null> {
    return parseGateState(this.storage?.getItem(GATE_STATE_KEY));
  }

  async saveState(state: GateState): Promise<void> {
    this.storage?.setItem(GATE_STATE_KEY, JSON.stringify(state));
  }

  async selectText(text: string): Promise<boolean> {
    const start = this.textArea.value.indexOf(text);
    if (start < 0 || typeof this.textArea.setSelectionRange !== "function") return false;
    this.textArea.focus();
    this.textArea.setSelectionRange(start, start + text.length);
    return true;
  }

  async initialContext(): Promise<string | null> {
    return null;
  }
}
