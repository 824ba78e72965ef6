import type { DraftHost } from "./host";
import { OutlookHost } from "./outlookHost";
import { StandaloneHost } from "./standaloneHost";
import { WordHost } from "./wordHost";

/** How long to wait for Office.onReady before deciding there is no Office host. */
const OFFICE_READY_TIMEOUT_MS = 3000;

/**
 * Picks the host implementation: Office.js is loaded the standard way (CDN script tag); when it is
 * absent or never reports a host (a plain browser), the pane works on its text area.
 */
export async function detectHost(textArea: HTMLTextAreaElement, office = globalThis.Office): Promise<DraftHost> {
  if (typeof office === "undefined" || typeof office.onReady !== "function") return new StandaloneHost(textArea);
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (info?.host === office.HostType.Outlook && office.context.mailbox?.item)
    return new OutlookHost(office.context.mailbox.item as Office.MessageCompose);
  if (info?.host === office.HostType.Word) return new WordHost();
  return new StandaloneHost(textArea);
}
