// The pseudonymisation mapping stays in the pane: kept in sessionStorage (gone with the pane) and used
// to restore the AI tool's answer locally, so detected values never travel again.
import type { PseudonymEntry } from "./wireTypes";

const STORAGE_KEY = "oaig.pseudonyms";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Puts the original values back in place of the placeholders. Tolerates what AI tools do to
 * placeholders: letter case and spaces inside the brackets ("[ personne_1 ]").
 */
export function restorePlaceholders(text: string, mapping: PseudonymEntry[]): string {
  if (!mapping.length) return text;
  const byKey = new Map(mapping.map((e) => [canonical(e.placeholder), e.value]));
  const inner = mapping
    .map((e) => e.placeholder.trim().replace(/^\[|\]$/g, "").trim())
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/_/g, "[ _]?"));
  const pattern = new RegExp(`\\[\\s*(?:${inner.join("|")})\\s*\\]`, "gi");
  return text.replace(pattern, (match) => byKey.get(canonical(match)) ?? match);
}

/** "[ personne 1 ]" and "[PERSONNE_1]" have the same key. */
function canonical(placeholder: string): string {
  return placeholder.toUpperCase().replace(/[\s_]/g, "");
}

export interface PseudonymSession {
  itemKey: string;
  toolId: string;
  mapping: PseudonymEntry[];
}

export function savePseudonyms(session: PseudonymSession, storage: Storage = sessionStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function loadPseudonyms(itemKey: string, storage: Storage = sessionStorage): PseudonymSession | null {
  try {
    const value = JSON.parse(storage.getItem(STORAGE_KEY) ?? "null") as PseudonymSession | null;
    return value && value.itemKey === itemKey ? value : null;
  } catch {
    return null;
  }
}

export function clearPseudonyms(storage: Storage = sessionStorage): void {
  storage.removeItem(STORAGE_KEY);
}
