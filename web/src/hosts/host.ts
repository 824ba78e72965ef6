// The small interface behind which the task pane talks to its host (Outlook, Word, or none).
import type { GateState } from "../shared/gateState";
import type { MentionPosition } from "../shared/wireTypes";

export type HostKind = "outlook" | "word" | "standalone";

/** The marker written on the item once an AI use is declared (no names, no draft text). */
export interface AiMarker {
  toolId: string;
  purpose: string;
  /** How much comes from the AI (the charter's extent id). */
  mode: string;
  /** ISO date-time. */
  date: string;
  /** Opaque reviewer id (hash), never a name. */
  reviewer: string;
  policyVersion: number;
  mentionInserted: boolean;
  checklistComplete: boolean;
  /** Finding counts per category. */
  findings: Record<string, number>;
}

/**
 * Marker keys, as OfficeAiGuard.Documents' DocxDeclarationProperties reads them from a .docx: Word custom
 * document properties; the same names serve as Outlook custom properties.
 */
export const MARKER_KEYS = {
  version: "oaig.v",
  tool: "oaig.tool",
  purpose: "oaig.purpose",
  mode: "oaig.mode",
  date: "oaig.date",
  reviewer: "oaig.reviewer",
  policy: "oaig.policy",
  checklist: "oaig.checklist",
  mention: "oaig.mention",
  findingPrefix: "oaig.f.",
} as const;

export type MentionResult = "inserted" | "present";

export interface DraftHost {
  readonly kind: HostKind;
  /** Office's display language (e.g. "fr-FR"), when there is an Office host. */
  readonly displayLanguage?: string;
  /** The text to check: subject + body in Outlook, the document in Word, the text area elsewhere. */
  readDraft(): Promise<string>;
  /** The body alone (what the checklist fingerprint covers). */
  readBody(): Promise<string>;
  /** Inserts the charter's mention unless it is already there (idempotent). */
  insertMention(text: string, position: MentionPosition): Promise<MentionResult>;
  hasMention(text: string): Promise<boolean>;
  /** Writes the AI-use marker on the item (Outlook header + custom properties; Word custom properties). */
  writeMarker(marker: AiMarker): Promise<void>;
  /** The pane's state kept with the item (Outlook sessionData; Word document settings). */
  loadState(): Promise<GateState | null>;
  saveState(state: GateState): Promise<void>;
  /** Selects a finding's text in the document; false when the host cannot (Outlook) or it is not found. */
  selectText(text: string): Promise<boolean>;
  /** What the send gate asked the pane to open (Outlook contextData), if anything. */
  initialContext(): Promise<string | null>;
}

/** A random item key (RFC 4122 v4 shape) for items that have no stable id yet (new drafts). */
export function newItemKey(random: () => number = Math.random): string {
  const cryptoObj = globalThis.crypto as Crypto | undefined;
  if (cryptoObj?.randomUUID) return cryptoObj.randomUUID();
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (c) => {
    const r = Math.floor(random() * 16);
    return (c === "x" ? r : (r & 3) | 8).toString(16);
  });
}

/** The X-AI-Disclosure header value: `tool=…; mode=…; date=…; reviewer=…` (ASCII, no names). */
export function disclosureHeader(marker: AiMarker): string {
  const clean = (v: string) => v.replace(/[^\x20-\x7e]/g, "").replace(/[;=]/g, "-").trim();
  return [
    `tool=${clean(marker.toolId)}`,
    `purpose=${clean(marker.purpose)}`,
    `mode=${clean(marker.mode)}`,
    `date=${clean(marker.date)}`,
    `reviewer=${clean(marker.reviewer)}`,
    `policy=${marker.policyVersion}`,
  ].join("; ");
}
