import { sha256Hex } from "../shared/sha256";

/** Claims of a JWT payload, without verifying it (the API verifies; the pane only needs ids). */
export function tokenClaims(token: string): Record<string, unknown> {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "="));
    return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * The opaque reviewer id written in the X-AI-Disclosure header and document properties: a truncated
 * SHA-256 of tenant + user object id, stable per person and meaningless without the directory — never a name.
 */
export function opaqueReviewerId(token: string): string {
  const c = tokenClaims(token);
  const tenant = String(c.tid ?? c.tenant ?? "");
  const user = String(c.oid ?? c.sub ?? "");
  if (!user) return "anonyme";
  return `r-${sha256Hex(`${tenant}:${user}`).slice(0, 16)}`;
}
