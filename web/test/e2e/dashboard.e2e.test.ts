// The dashboard in headless Chromium against the real API: declarations and incidents are created
// through the API by demo agents of several services, then a manager, a DPO and an agent use the page.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { artifactsDir, launchChromium } from "./browser";

const baseUrl = inject("baseUrl");
const tenant = "mairie-demo";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Charter {
  version: number;
  tools: { id: string; name: string; approved: boolean }[];
  checklist: { id: string }[];
}

async function token(user: string, unit: string, roles: string[] = [], tenantId = tenant): Promise<string> {
  const response = await fetch(`${baseUrl}/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user, tenant: tenantId, roles, unit }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function api(method: string, path: string, bearer: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearer}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** What the tests created, to compare the page with. */
const seeded = { solidarites: 0, solidaritesUnapproved: 0, tenant: 0, incidents: 0 };
let unapprovedTool = "";
let unapprovedToolName = "";

async function seed(): Promise<void> {
  const charter = (await (await api("GET", "/api/charter", await token("agent.seed@mairie-demo.fr", "dgs/accueil"))).json()) as Charter;
  const approved = charter.tools.find((t) => t.approved)!.id;
  const unapproved = charter.tools.find((t) => !t.approved)!;
  unapprovedTool = unapproved.id;
  unapprovedToolName = unapproved.name;
  const all = Object.fromEntries(charter.checklist.map((c) => [c.id, true]));
  const partial = { ...all, [charter.checklist[0].id]: false };
  const uses: [string, string, string, boolean, Record<string, number>][] = [
    // author, unit, tool, checklist complete, findings
    ["claire.martin@mairie-demo.fr", "dgs/solidarites", approved, true, { PERSON_NAME: 2 }],
    ["claire.martin@mairie-demo.fr", "dgs/solidarites", unapprovedTool, false, { PERSON_NAME: 1, HEALTH: 1 }],
    ["paul.durand@mairie-demo.fr", "dgs/solidarites/ccas", approved, true, {}],
    ["paul.durand@mairie-demo.fr", "dgs/solidarites/ccas", unapprovedTool, true, { IBAN: 1 }],
    ["nina.leroy@mairie-demo.fr", "dgs/urbanisme", approved, true, {}],
    ["nina.leroy@mairie-demo.fr", "dgs/urbanisme", unapprovedTool, false, {}],
    ["marc.petit@mairie-demo.fr", "dgs/accueil", approved, true, { EMAIL: 1 }],
  ];
  for (const [i, [user, unit, toolId, complete, findings]] of uses.entries()) {
    const response = await api("POST", "/api/declarations", await token(user, unit), {
      itemKey: `e2e-item-${i}`, host: i % 2 ? "word" : "outlook", toolId, purpose: "redaction", extent: "partiel",
      mentionInserted: i !== 1, checklist: complete ? all : partial, findings, policyVersion: charter.version,
    });
    expect(response.ok, await response.clone().text()).toBe(true);
    seeded.tenant++;
    if (unit.startsWith("dgs/solidarites")) {
      seeded.solidarites++;
      if (toolId === unapprovedTool) seeded.solidaritesUnapproved++;
    }
  }
  // Another tenant's use, which nobody of mairie-demo may see.
  const other = await api("POST", "/api/declarations", await token("x@autre.fr", "dgs/solidarites", [], "autre-collectivite"), {
    itemKey: "e2e-other-tenant", host: "outlook", toolId: approved, purpose: "redaction", extent: "partiel",
    mentionInserted: true, checklist: all, findings: {}, policyVersion: charter.version,
  });
  expect(other.ok).toBe(true);
  for (const [user, unit, kind] of [["claire.martin@mairie-demo.fr", "dgs/solidarites", "bias"], ["nina.leroy@mairie-demo.fr", "dgs/urbanisme", "data_leak"]]) {
    const response = await api("POST", "/api/incidents", await token(user, unit), {
      kind, description: "Réponse de l'outil à vérifier (test de bout en bout).", toolId: unapprovedTool,
    });
    expect(response.ok, await response.clone().text()).toBe(true);
    seeded.incidents++;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  await seed();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(who: "manager" | "dpo" | "admin" | "agent"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: "fr-FR", acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${baseUrl}/dashboard.html`);
  await page.getByLabel("Utilisateur").selectOption(who);
  await page.getByRole("button", { name: "Se connecter" }).click();
  return page;
}

/** Signs in as an auditor and waits for the landing list. */
async function signInToList(who: "manager" | "dpo"): Promise<Page> {
  const page = await signIn(who);
  await page.locator("table.declarations").waitFor();
  return page;
}

async function show(page: Page, view: string): Promise<void> {
  await page.getByRole("navigation", { name: "Vues du tableau de bord" }).getByRole("link", { name: view }).click();
  await page.locator("#view[aria-busy]").waitFor({ state: "detached" });
  await page.locator("#view-title").waitFor();
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    (await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } })
      .axe.run({ resultTypes: ["violations"] })).violations);
  const serious = result.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  expect(serious, `${name}: ${serious.join("\n")}`).toEqual([]);
}

async function rows(page: Page): Promise<string[][]> {
  return page.locator("table.declarations tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
}

const unitColumn = 2;
const toolColumn = 4;
const checklistColumn = 7;

describe("manager of dgs/solidarites", () => {
  test("sees the declarations of their service and its sub-services only", async () => {
    const page = await signInToList("manager");
    await expect.poll(() => page.locator("#who-scope").textContent()).toBe("Périmètre : dgs/solidarites et ses services");
    const list = await rows(page);
    expect(list.length).toBe(seeded.solidarites);
    for (const row of list) expect(row[unitColumn]).toMatch(/^dgs\/solidarites(\/|$)/);
    expect(await page.locator("table.declarations caption").textContent()).toContain(`${seeded.solidarites} déclarations`);
    await page.screenshot({ path: `${artifactsDir}/dashboard-liste-manager.png`, fullPage: true });
    await expectAccessible(page, "liste");
    await page.context().close();
  });

  test("filters by tool and checklist state, and the CSV export holds exactly the filtered list", async () => {
    const page = await signInToList("manager");
    await page.getByLabel("Outil d'IA").selectOption(unapprovedTool);
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect.poll(async () => (await rows(page)).length).toBe(seeded.solidaritesUnapproved);
    for (const row of await rows(page)) expect(row[toolColumn]).toContain("non approuvé");

    await page.getByLabel("Liste de vérification").selectOption("incomplete");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect.poll(async () => (await rows(page)).length).toBe(1);
    expect((await rows(page))[0][checklistColumn]).toBe("Incomplète");
    expect(page.url()).toContain("checklistComplete=false");

    await show(page, "Exports");
    expect(await page.locator(".filter-summary").textContent()).toContain("Incomplète");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    writeFileSync(`${artifactsDir}/dashboard-export-manager.csv`, csv);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(1);
    expect(lines[0].split(";").slice(0, 3)).toEqual(["date", "auteur", "unite"]);
    expect(lines[1].split(";")[4]).toBe(unapprovedToolName);
    expect(lines[1]).toContain("dgs/solidarites");
    await page.context().close();
  });

  test("sorts from the keyboard and pages through the list", async () => {
    const page = await signInToList("manager");
    await page.locator("button[data-sort='author']").focus();
    await page.keyboard.press("Enter");
    await page.locator("th[aria-sort='ascending'] button[data-sort='author']").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-sort"))).toBe("author");
    const authors = (await rows(page)).map((r) => r[1]);
    expect(authors).toEqual([...authors].sort());

    await page.goto(`${baseUrl}/dashboard.html#/liste?sort=author&pageSize=3`);
    await expect.poll(async () => (await rows(page)).length).toBe(3);
    const pages = Math.ceil(seeded.solidarites / 3);
    expect(await page.locator("table.declarations caption").textContent()).toContain(`page 1 sur ${pages}`);
    await page.getByRole("button", { name: /Page suivante/ }).click();
    await expect.poll(() => page.locator("table.declarations caption").textContent()).toContain(`page 2 sur ${pages}`);
    expect(page.url()).toContain("page=2");
    await page.context().close();
  });

  test("opens a declaration's detail with its checklist and history", async () => {
    const page = await signInToList("manager");
    await page.locator("table.declarations tbody tr").first().getByRole("button").click();
    const dialog = page.getByRole("dialog", { name: "Détail de la déclaration" });
    await dialog.locator(".detail").waitFor();
    expect(await dialog.locator(".checklist-items li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${artifactsDir}/dashboard-detail-manager.png` });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.context().close();
  });
});

test("an agent is refused in French, and sees no data", async () => {
  const page = await signIn("agent");
  const heading = page.getByRole("heading", { name: "Accès refusé" });
  await heading.waitFor();
  expect(await page.locator("#refused").textContent()).toContain("réservé aux responsables de service");
  expect(await page.locator("table").count()).toBe(0);
  expect(await page.locator("#nav").isHidden()).toBe(true);
  await page.screenshot({ path: `${artifactsDir}/dashboard-agent-refuse.png` });
  await page.context().close();
});

describe("DPO", () => {
  test("indicators of the quarter: uses, tools, incidents, with charts", async () => {
    const page = await signInToList("dpo");
    await show(page, "Indicateurs");
    await page.getByLabel("Période type").selectOption("thisQuarter");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect.poll(() => page.locator("[data-kpi='uses'] dd").textContent()).toBe(String(seeded.tenant));
    expect(await page.locator("[data-kpi='incidents'] dd").textContent()).toBe(String(seeded.incidents));
    expect(await page.locator("figure.chart canvas").count()).toBeGreaterThanOrEqual(5);
    const tools = await page.locator("#chart-uses-by-tool tbody th").allTextContents();
    expect(tools.some((t) => t.includes("non approuvé"))).toBe(true);
    await page.screenshot({ path: `${artifactsDir}/dashboard-indicateurs-dpo.png`, fullPage: true });
    await expectAccessible(page, "indicateurs");
    await page.context().close();
  });

  test("moves an incident through the queue", async () => {
    const page = await signInToList("dpo");
    await show(page, "Incidents");
    expect(await page.locator("table.incidents-table tbody tr").count()).toBe(seeded.incidents);
    const first = page.locator("table.incidents-table tbody tr").first();
    const id = await first.getAttribute("data-id");
    await first.locator("select").selectOption("en_cours");
    await expect.poll(() => page.locator("#status").textContent()).toBe("Statut changé : En cours.");
    await page.reload();
    await page.locator("table.incidents-table").waitFor();
    expect(await page.locator(`tr[data-id='${id}']`).getAttribute("data-status")).toBe("en_cours");
    await page.screenshot({ path: `${artifactsDir}/dashboard-incidents-dpo.png`, fullPage: true });
    await expectAccessible(page, "incidents");
    await page.context().close();
  });

  test("prints the committee report as a clean PDF", async () => {
    const page = await signInToList("dpo");
    await show(page, "Exports");
    await page.getByLabel("Période type").selectOption("thisYear");
    await page.getByRole("button", { name: "Préparer le rapport" }).click();
    await expect.poll(() => page.locator("#report [data-kpi='uses'] dd").textContent()).toBe(String(seeded.tenant));
    await page.screenshot({ path: `${artifactsDir}/dashboard-exports-dpo.png`, fullPage: true });
    await expectAccessible(page, "exports");
    const pdf = `${artifactsDir}/dashboard-rapport-comite.pdf`;
    await page.pdf({ path: pdf, format: "A4" });
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("Usages de l'IA générative du");
    expect(text).toContain("Outils utilisés");
    expect(text).not.toContain("Changer d'utilisateur");
    expect(text).not.toContain("Télécharger le CSV");
    await page.context().close();
  });
});

test("the page is in English on request", async () => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/dashboard.html?lang=en`);
  await page.getByRole("heading", { name: "Development sign-in" }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await context.close();
});
