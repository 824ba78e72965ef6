import { containsMention, GATE_STATE_KEY, parseGateState, type GateState } from "../shared/gateState";
import type { MentionPosition } from "../shared/wireTypes";
import { disclosureHeader, MARKER_KEYS, type AiMarker, type DraftHost, type MentionResult } from "./host";

function call<T>(invoke: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    invoke((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error),
    ),
  );
}

/** Recognisable block: the marker attribute survives most clients; the text check covers the rest. */
export const MENTION_MARKER = "oaig-ai-mention";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function mentionHtml(text: string): string {
  return (
    `<div id="${MENTION_MARKER}" data-oaig="${MENTION_MARKER}" ` +
    `style="border-left:3px solid #0f6cbd;padding:4px 8px;margin:8px 0;color:#424242;font-style:italic">` +
    `${escapeHtml(text)}</div>`
  );
}

export const DISCLOSURE_HEADER = "X-AI-Disclosure";

/** Outlook compose: subject and body (Mailbox 1.3), header (1.8), sessionData (1.11). */
export class OutlookHost implements DraftHost {
  readonly kind = "outlook" as const;
  readonly displayLanguage = Office.context.displayLanguage;

  constructor(private readonly item: Office.MessageCompose) {}

  async readDraft(): Promise<string> {
    const subject = await call<string>((cb) => this.item.subject.getAsync(cb));
    const body = await this.readBody();
    return subject ? `${subject}\n\n${body}` : body;
  }

  readBody(): Promise<string> {
    return call<string>((cb) => this.item.body.getAsync(Office.CoercionType.Text, cb));
  }

  async hasMention(text: string): Promise<boolean> {
    const type = await call<Office.CoercionType>((cb) => this.item.body.getTypeAsync(cb));
    if (type === Office.CoercionType.Html) {
      const html = await call<string>((cb) => this.item.body.getAsync(Office.CoercionType.Html, cb));
      if (html.includes(MENTION_MARKER)) return true;
    }
    return containsMention(await this.readBody(), text);
  }

  async insertMention(text: string, position: MentionPosition): Promise<MentionResult> {
    if (await this.hasMention(text)) return "present";
    const type = await call<Office.CoercionType>((cb) => this.item.body.getTypeAsync(cb));
    const html = type === Office.CoercionType.Html;
    const block = html ? mentionHtml(text) : `${text}\n\n`;
    const coercionType = html ? Office.CoercionType.Html : Office.CoercionType.Text;
    if (position === "top") {
      await call<void>((cb) => this.item.body.prependAsync(block, { coercionType }, cb));
    } else {
      // There is no appendAsync in compose: rewrite the body with the block at its end.
      const current = await call<string>((cb) => this.item.body.getAsync(coercionType, cb));
      const updated = html
        ? /<\/body>/i.test(current)
          ? current.replace(/<\/body>/i, `${block}</body>`)
          : current + block
        : `${current.replace(/\s+$/, "")}\n\n${text}`;
      await call<void>((cb) => this.item.body.setAsync(updated, { coercionType }, cb));
    }
    return "inserted";
  }

  async writeMarker(marker: AiMarker): Promise<void> {
    await call<void>((cb) =>
      this.item.internetHeaders.setAsync({ [DISCLOSURE_HEADER]: disclosureHeader(marker) }, cb),
    );
    const props = await call<Office.CustomProperties>((cb) => this.item.loadCustomPropertiesAsync(cb));
    const k = MARKER_KEYS;
    props.set(k.tool, marker.toolId);
    props.set(k.purpose, marker.purpose);
    props.set(k.mode, marker.mode);
    props.set(k.date, marker.date);
    props.set(k.reviewer, marker.reviewer);
    props.set(k.policy, String(marker.policyVersion));
    props.set(k.checklist, String(marker.checklistComplete));
    props.set(k.mention, String(marker.mentionInserted));
    await call<void>((cb) => props.saveAsync(cb));
  }

  async loadState(): Promise<GateState | null> {
    try {
      return parseGateState(await call<string>((cb) => this.item.sessionData.getAsync(GATE_STATE_KEY, cb)));
    } catch {
      return null; // no state yet
    }
  }

  async saveState(state: GateState): Promise<void> {
    await call<void>((cb) => this.item.sessionData.setAsync(GATE_STATE_KEY, JSON.stringify(state), cb));
  }

  async selectText(_text: string): Promise<boolean> {
    return false; // Outlook compose has no API to select a range of the body.
  }

  async initialContext(): Promise<string | null> {
    if (typeof this.item.getInitializationContextAsync !== "function") return null;
    try {
      return (await call<string>((cb) => this.item.getInitializationContextAsync(cb))) || null;
    } catch {
      return null;
    }
  }
}
