// The pseudonymisation mapping stays with the pane: kept in sessionStorage (gone with the pane), never given
// to the AI tool, and sent only to the organisation's own API to restore the tool's answer (POST /api/restore,
// stateless: nothing stored or logged there).
import type { PseudonymEntry } from "./wireTypes";

const STORAGE_KEY = "oaig.pseudonyms";

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
