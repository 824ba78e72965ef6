import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { artifactsDir, launchChromium } from "./browser";
import { expectAccessible, standIns, standInForMissingEndpoints, useOfficeFake } from "./office";

// The add-in's whole path in headless Chromium against the real API, with Office.js faked for Outlook
// and for Word. Screenshots of the pane at 350 px land in artifacts/screenshots/.

const NAME = "Jeanne Martin";
const NIR = "1 84 12 75 123 456 40";
const SUBJECT = "Votre demande d'aide sociale";
const BODY_HTML =
  `<html><body><p>Bonjour Madame ${NAME},</p>` +
  `<p>Nous avons bien reçu votre dossier (numéro de sécurité sociale ${NIR}).</p>` +
  `<p>Le CCAS vous recontactera sous huit jours.</p></body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  if (standIns.size) console.info(`endpoints answered by the test (missing from the API): ${[...standIns].join(", ")}`);
  await browser?.close();
});

async function openPane(context: BrowserContext, host: "outlook" | "word"): Promise<Page> {
  const page = await context.newPage();
  await useOfficeFake(page, host);
  await standInForMissingEndpoints(page, [NAME, NIR.replace(/ /g, " ")]);
  await page.goto(`${inject("baseUrl")}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']");
  return page;
}

async function newOutlookContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "fr-FR" });
  await context.addInitScript(
    ([subject, html]) => {
      if (!localStorage.getItem("fake-mail"))
        localStorage.setItem("fake-mail", JSON.stringify({ subject, html, headers: {}, props: {}, session: {}, context: null }));
    },
    [SUBJECT, BODY_HTML],
  );
  return context;
}

type Mail = { html: string; headers: Record<string, string>; props: Record<string, string>; session: Record<string, string> };
const mailOf = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("fake-mail")!) as Mail);

/** Loads commands.html (the event runtime page) and runs the send handler once. */
async function send(context: BrowserContext): Promise<Record<string, unknown>> {
  const page = await context.newPage();
  await useOfficeFake(page, "outlook");
  await page.goto(`${inject("baseUrl")}/commands.html`);
  await page.waitForFunction(() => typeof (window as unknown as { __handlers: Record<string, unknown> }).__handlers?.onMessageSendHandler === "function");
  const completed = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) =>
        (window as unknown as { __handlers: Record<string, (e: unknown) => void> }).__handlers.onMessageSendHandler({ completed: resolve }),
      ),
  );
  await page.close();
  return completed;
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${artifactsDir}/${name}.png`, fullPage: true });

test("Outlook: check, pseudonymise and restore, declare, mention, checklist, then the send gate allows", async () => {
  const context = await newOutlookContext();
  const page = await openPane(context, "outlook");
  expect(await page.locator("#host-kind").textContent()).toBe("Outlook");

  // 1. Vérifier: the NIR is found for sending, grouped by severity, with its explanation and clause.
  await page.getByRole("button", { name: "Vérifier", exact: true }).click();
  const nir = page.locator("#findings li[data-category='NIR']");
  await nir.waitFor();
  expect(await nir.locator(".category").textContent()).toBe("Numéro de sécurité sociale (NIR)");
  expect(await page.locator("#findings h3").first().textContent()).toMatch(/\(\d+\)$/);
  await shot(page, "outlook-1-verifier");
  await expectAccessible(page);

  // 2. Préparer pour l'IA: the copy holds no value; the answer gets them back, in the pane only.
  await page.getByRole("tab", { name: "Préparer pour l'IA" }).click();
  expect(await page.locator("#prepare-tool-data").textContent()).toMatch(/Peut recevoir/);
  await page.getByRole("button", { name: "Obtenir la copie pseudonymisée" }).click();
  await page.waitForFunction(() => (document.getElementById("pseudo") as HTMLTextAreaElement).value.length > 0);
  const pseudo = await page.inputValue("#pseudo");
  expect(pseudo).not.toContain(NAME);
  expect(pseudo).not.toContain("123 456");
  const placeholder = /\[[A-Z_]+_?\d+\]/.exec(pseudo)?.[0];
  expect(placeholder).toBeTruthy();
  await page.fill("#answer", `Réponse proposée : ${pseudo}`);
  await page.getByRole("button", { name: "Restaurer les noms" }).click();
  await page.waitForFunction(() => (document.getElementById("restored") as HTMLTextAreaElement).value.length > 0);
  const restored = await page.inputValue("#restored");
  expect(restored).toContain(NAME);
  expect(restored).not.toContain(placeholder!);
  await shot(page, "outlook-2-preparer");
  await expectAccessible(page);

  // 3. Déclarer: backend record + X-AI-Disclosure header and custom properties (no name).
  await page.getByRole("tab", { name: "Déclarer" }).click();
  await page.getByRole("button", { name: "Déclarer l'usage de l'IA" }).click();
  await page.locator("#declare-status.verdict-ok").waitFor();
  let mail = await mailOf(page);
  expect(mail.headers["X-AI-Disclosure"]).toMatch(/^tool=[\w-]+; purpose=\w+; mode=\w+; date=\d{4}-\d\d-\d\dT[\d:.]+Z; reviewer=r-[0-9a-f]{16}; policy=\d+$/);
  expect(mail.headers["X-AI-Disclosure"]).not.toMatch(/agent|demo|Martin/i);
  expect(mail.props["oaig.tool"]).toBeTruthy();
  await shot(page, "outlook-3-declarer");

  // 4. Mention: inserted once.
  await page.getByRole("tab", { name: "Mention" }).click();
  await page.getByRole("button", { name: "Insérer la mention" }).click();
  await page.locator("#mention-status.verdict-ok").waitFor();
  await page.getByRole("button", { name: "Insérer la mention" }).click();
  await page.waitForFunction(() => /déjà présente/.test(document.getElementById("mention-status")!.textContent ?? ""));
  mail = await mailOf(page);
  expect(mail.html.split('data-oaig="oaig-ai-mention"').length - 1).toBe(1);
  await shot(page, "outlook-4-mention");

  // 5. Checklist: tick every item.
  await page.getByRole("tab", { name: "Checklist" }).click();
  const boxes = page.locator("#checklist input[type=checkbox]");
  const count = await boxes.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await page.waitForFunction(() => /Liste complète/.test(document.getElementById("checklist-status")!.textContent ?? ""));
  await shot(page, "outlook-5-checklist");
  await expectAccessible(page);

  // Send: allowed.
  expect(await send(context)).toEqual({ allowEvent: true });

  // Blocked path: one item unticked → stopped, the pane button named, body untouched.
  const before = (await mailOf(page)).html;
  await boxes.nth(count - 1).uncheck();
  await page.waitForFunction(() => /coché/.test(document.getElementById("checklist-status")!.textContent ?? ""));
  const blocked = await send(context);
  expect(blocked).toMatchObject({ allowEvent: false, cancelLabel: "Corriger", commandId: "msgComposeOpenPaneButton" });
  expect(String(blocked.errorMessage)).toMatch(/liste de vérification/);
  expect(String(blocked.errorMessage).length).toBeLessThanOrEqual(500);
  expect((await mailOf(page)).html).toBe(before);

  // "Take action" opens the pane on the checklist with the reason.
  await page.evaluate((ctx) => {
    const m = JSON.parse(localStorage.getItem("fake-mail")!);
    m.context = ctx;
    localStorage.setItem("fake-mail", JSON.stringify(m));
  }, String(blocked.contextData));
  await page.reload();
  await page.waitForSelector("body[data-ready='true']");
  expect(await page.getByRole("tab", { name: "Checklist" }).getAttribute("aria-selected")).toBe("true");
  expect(await page.locator("#notice").textContent()).toMatch(/liste de vérification/);
  await shot(page, "outlook-6-envoi-bloque");
  await expectAccessible(page);

  // 6. Signaler.
  await page.getByRole("tab", { name: "Signaler" }).click();
  await page.selectOption("#incident-kind", "bias");
  await page.fill("#incident-description", "La réponse proposée reprend un stéréotype sur les familles monoparentales.");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await page.locator("#incident-status.verdict-ok").waitFor();
  await shot(page, "outlook-7-signaler");
  await expectAccessible(page);
  await context.close();
});

test("Word: a finding is selected in the document, the mention is one tagged content control, the declaration is in the properties", async () => {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "fr-FR" });
  await context.addInitScript(([name, nir]) => {
    (window as unknown as { __doc: unknown }).__doc = {
      paragraphs: ["Rapport d'instruction", `Madame ${name} (NIR ${nir}) sollicite une aide exceptionnelle.`],
      properties: {}, selected: [], settings: {},
    };
  }, [NAME, NIR]);
  const page = await openPane(context, "word");
  expect(await page.locator("#host-kind").textContent()).toBe("Word");

  await page.getByRole("button", { name: "Vérifier", exact: true }).click();
  await page.locator("#findings li[data-category='NIR']").waitFor();
  await page.locator("#findings li[data-category='NIR'] button").click();
  await page.waitForFunction(() => (window as unknown as { __doc: { selected: string[] } }).__doc.selected.length > 0);
  const selected = await page.evaluate(() => (window as unknown as { __doc: { selected: string[] } }).__doc.selected);
  expect(selected[0].replace(/\s/g, "")).toBe(NIR.replace(/\s/g, ""));
  await shot(page, "word-1-verifier");
  await expectAccessible(page);

  await page.getByRole("tab", { name: "Déclarer" }).click();
  await page.getByRole("button", { name: "Déclarer l'usage de l'IA" }).click();
  await page.locator("#declare-status.verdict-ok").waitFor();
  await page.getByRole("tab", { name: "Mention" }).click();
  for (let i = 0; i < 2; i++) {
    await page.getByRole("button", { name: "Insérer la mention" }).click();
    await page.locator("#mention-status.verdict-ok").waitFor();
  }
  const doc = await page.evaluate(() => (window as unknown as { __doc: { paragraphs: ({ tag: string } | string)[]; properties: Record<string, unknown> } }).__doc);
  expect(doc.paragraphs.filter((p) => typeof p !== "string" && p.tag === "oaig-ai-mention")).toHaveLength(1);
  expect(doc.properties).toMatchObject({ "oaig.v": 1, "oaig.mention": true, "oaig.checklist": false });
  expect(String(doc.properties["oaig.reviewer"])).toMatch(/^r-[0-9a-f]{16}$/);
  expect(doc.properties["oaig.f.NIR"]).toBe(1);
  await shot(page, "word-2-mention");
  await context.close();
});
