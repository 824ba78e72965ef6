// Who is signed in to the dashboard. In Development the API's built-in issuer signs tokens for demo
// users (POST /dev/token); the chosen identity is kept for the browser tab (sessionStorage).
import type { DevIdentity } from "../shared/auth";

export const demoTenant = "mairie-demo";

export interface DemoUser {
  id: string;
  identity: DevIdentity;
}

/**
 * Demo users of the development sign-in picker, accounts of the API's demo seeder (GET /dev/users);
 * their labels are in the dashboard's messages.
 */
export const demoUsers: readonly DemoUser[] = [
  { id: "manager", identity: { user: "directrice.solidarites@mairie-demo.fr", tenant: demoTenant, roles: ["Manager"], unit: "dgs/solidarites" } },
  { id: "dpo", identity: { user: "dpo@mairie-demo.fr", tenant: demoTenant, roles: ["Dpo"], unit: "dgs/affaires-juridiques" } },
  { id: "admin", identity: { user: "dsi@mairie-demo.fr", tenant: demoTenant, roles: ["Admin"], unit: "dgs/numerique" } },
  { id: "agent", identity: { user: "camille.bernard@mairie-demo.fr", tenant: demoTenant, roles: [], unit: "dgs/solidarites/ccas" } },
];

export interface SeedResult {
  seeded: boolean;
  declarations: number;
  incidents: number;
}

/** Development only: asks the API to fill the demo tenant (once; later calls change nothing). */
export async function seedDemoData(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<SeedResult> {
  const response = await fetchImpl(`${baseUrl}/dev/seed`, { method: "POST" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as SeedResult;
}

const storageKey = "oaig.dashboard.identity";

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function savedIdentity(store: KeyValueStore): DevIdentity | null {
  try {
    const value = JSON.parse(store.getItem(storageKey) ?? "null") as DevIdentity | null;
    return value && typeof value.user === "string" && typeof value.tenant === "string" && Array.isArray(value.roles) ? value : null;
  } catch {
    return null;
  }
}

export function saveIdentity(store: KeyValueStore, identity: DevIdentity | null): void {
  if (identity) store.setItem(storageKey, JSON.stringify(identity));
  else store.removeItem(storageKey);
}

/** True when the API offers the development sign-in (Development environment): it lists its demo accounts at /dev/users. */
export async function devSignInAvailable(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    return (await fetchImpl(`${baseUrl}/dev/users`)).ok;
  } catch {
    return false;
  }
}

export const auditRoles = ["Manager", "Dpo", "Admin"] as const;

/** What the dashboard lets the user do; the API enforces the same rules (this only shapes the page). */
export interface Abilities {
  audit: boolean;
  manageIncidents: boolean;
  /** The whole tenant (DPO, admin) or a unit and below (manager). */
  scope: { kind: "tenant" } | { kind: "unit"; unit: string } | { kind: "none" };
}

export function abilitiesOf(identity: Pick<DevIdentity, "roles" | "unit">): Abilities {
  const has = (role: string) => identity.roles.includes(role);
  const tenantWide = has("Dpo") || has("Admin");
  const audit = tenantWide || has("Manager");
  return {
    audit,
    manageIncidents: tenantWide,
    scope: tenantWide ? { kind: "tenant" } : audit && identity.unit ? { kind: "unit", unit: identity.unit } : { kind: "none" },
  };
}

/** Roles, unit and name read from an access token's payload (display only; the API validates the token). */
export function claimsOf(token: string): Pick<DevIdentity, "roles" | "unit"> & { name: string } {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)))) as Record<string, unknown>;
    const roles = Array.isArray(json.roles) ? json.roles.map(String) : typeof json.roles === "string" ? [json.roles] : [];
    return { roles, unit: typeof json.unit === "string" ? json.unit : undefined, name: String(json.name ?? json.preferred_username ?? "") };
  } catch {
    return { roles: [], unit: undefined, name: "" };
  }
}
