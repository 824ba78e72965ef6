import { describe, expect, test } from "vitest";
import { abilitiesOf, claimsOf, demoUsers, devSignInAvailable, savedIdentity, saveIdentity, seedDemoData } from "../../../src/dashboard/session";
import { fakeFetch, json } from "./fixtures";

describe("abilities", () => {
  test("a manager audits their unit and cannot change incident statuses", () => {
    expect(abilitiesOf({ roles: ["Manager"], unit: "dgs/solidarites" })).toEqual({
      audit: true, manageIncidents: false, scope: { kind: "unit", unit: "dgs/solidarites" },
    });
  });
  test("the DPO and the admin see the tenant and manage incidents", () => {
    for (const role of ["Dpo", "Admin"]) {
      expect(abilitiesOf({ roles: [role], unit: "dgs" })).toEqual({ audit: true, manageIncidents: true, scope: { kind: "tenant" } });
    }
  });
  test("an agent has no audit", () => {
    expect(abilitiesOf({ roles: [], unit: "dgs/accueil" })).toEqual({ audit: false, manageIncidents: false, scope: { kind: "none" } });
  });
});

test("the demo users are a manager of dgs/solidarites, a DPO, an admin and an agent", () => {
  expect(demoUsers.map((u) => [u.id, u.identity.roles.join(), u.identity.unit])).toEqual([
    ["manager", "Manager", "dgs/solidarites"], ["dpo", "Dpo", "dgs/affaires-juridiques"], ["admin", "Admin", "dgs/numerique"],
    ["agent", "", "dgs/solidarites/ccas"],
  ]);
});

test("the demo data is asked for once; the API says whether it seeded", async () => {
  const fake = fakeFetch({ "/dev/seed": () => json(200, { tenant: "mairie-demo", seeded: true, declarations: 170, incidents: 8 }) });
  expect(await seedDemoData("http://x", fake.fetch)).toMatchObject({ seeded: true, declarations: 170 });
  expect(fake.calls[0].init.method).toBe("POST");
  await expect(seedDemoData("http://x", fakeFetch({}).fetch)).rejects.toThrow("HTTP 404");
});

test("claims are read from the token's payload (base64url, UTF-8)", () => {
  const payload = Buffer.from(JSON.stringify({ name: "Hélène Dupré", roles: ["Manager"], unit: "dgs/solidarites" })).toString("base64url");
  expect(claimsOf(`h.${payload}.s`)).toEqual({ name: "Hélène Dupré", roles: ["Manager"], unit: "dgs/solidarites" });
  expect(claimsOf("not a token")).toEqual({ name: "", roles: [], unit: undefined });
});

test("the chosen identity is kept for the tab, and a corrupt value is ignored", () => {
  const data = new Map<string, string>();
  const store = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  saveIdentity(store, demoUsers[0].identity);
  expect(savedIdentity(store)).toEqual(demoUsers[0].identity);
  data.set("oaig.dashboard.identity", "{oops");
  expect(savedIdentity(store)).toBeNull();
  saveIdentity(store, null);
  expect(savedIdentity(store)).toBeNull();
});

test("development sign-in is offered only when /dev/token exists", async () => {
  const dev = fakeFetch({ "/dev/users": () => json(200, [{ user: "dpo@mairie-demo.fr", tenant: "mairie-demo", roles: ["Dpo"], unit: "dgs" }]) });
  expect(await devSignInAvailable("http://x", dev.fetch)).toBe(true);
  expect(await devSignInAvailable("http://x", fakeFetch({}).fetch)).toBe(false);
});
