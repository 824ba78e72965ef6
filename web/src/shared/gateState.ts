// What the task pane leaves on an Outlook item (item.sessionData) or a Word document (document
// settings) for the send gate: declaration, mention, checklist with the fingerprint of the body it was
// completed on, the last scan for sending, and the charter's send mode. No draft text, no detected value.
import { sha256Hex } from "./sha256";
import type { DevIdentity } from "./auth";
import type { SendMode } from "./wireTypes";

export const GATE_STATE_KEY = "oaig.state";

export interface GateDeclaration {
  toolId: string;
  purpose: string;
  extent: string;
  /** ISO date-time of the declaration. */
  at: string;
  /** Opaque reviewer id (a hash), never a name. */
  reviewer: string;
}

export interface GateChecklist {
  /** Ids of every item of the charter's checklist when it was shown. */
  items: string[];
  ticked: string[];
  /** Fingerprint of the body when the last item was ticked; null while incomplete. */
  bodyHash: string | null;
  at?: string;
}

export interface GateScan {
  /** Fingerprint of subject + body that was scanned for "send". */
  draftHash: string;
  /** Categories the charter blocks for sending, found in that draft. */
  blocked: string[];
  at: string;
}

export interface GateState {
  v: 1;
  itemKey: string;
  policyVersion?: number;
  sendMode: SendMode;
  mentionText?: string;
  mentionInserted?: boolean;
  declaration?: GateDeclaration;
  checklist?: GateChecklist;
  scan?: GateScan;
  /** The API origin the pane used, for the send handler when no base was set at build time. */
  apiBase?: string;
  /** Only with the development sign-in (local runs): the demo identity the send handler signs in as. */
  devIdentity?: DevIdentity;
}

export function newGateState(itemKey: string): GateState {
  return { v: 1, itemKey, sendMode: "softBlock" };
}

export function parseGateState(raw: string | null | undefined): GateState | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as GateState;
    return value && value.v === 1 && typeof value.itemKey === "string" ? value : null;
  } catch {
    return null;
  }
}

export function checklistComplete(state: GateState | null, requiredIds?: string[]): boolean {
  const checklist = state?.checklist;
  if (!checklist) return false;
  const required = requiredIds ?? checklist.items;
  return required.length > 0 && required.every((id) => checklist.ticked.includes(id));
}

/**
 * Normalises text the way both the pane and the send handler see it: line endings, non-breaking and
 * zero-width spaces, trailing spaces and blank-line runs differ between Outlook's reads of one body.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** True when the (normalised) text holds the (normalised) mention. */
export function containsMention(text: string, mention: string | undefined): boolean {
  if (!mention) return false;
  return normalizeText(text).includes(normalizeText(mention));
}

/**
 * SHA-256 of the normalised text with the charter's mention removed, so that inserting the mention after
 * the checklist does not count as a change of the content that was checked.
 */
export function bodyFingerprint(text: string, mention?: string): string {
  let normalized = normalizeText(text);
  if (mention) normalized = normalizeText(normalized.split(normalizeText(mention)).join(""));
  return sha256Hex(normalized);
}
