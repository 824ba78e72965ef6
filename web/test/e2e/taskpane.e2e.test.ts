import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { artifactsDir, launchChromium } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test("outside Office, the pane checks a typed draft and lists the IBAN it holds", async () => {
  const page = await browser.newPage({ viewport: { width: 350, height: 700 }, locale: "fr-FR" });
  // No Office host here: office.js from the CDN is unreachable, so serve nothing in its place.
  await page.route("**/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto(`${inject("baseUrl")}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']");

  await page.fill("#draft", "Bonjour, mon IBAN est FR76 3000 6000 0112 3456 7890 189, merci de rembourser.");
  await page.getByRole("button", { name: "Vérifier" }).click();

  const finding = page.locator("#findings li[data-category='IBAN']");
  await finding.waitFor();
  expect(await finding.locator(".category").textContent()).toBe("Coordonnées bancaires (IBAN)");
  expect(await page.locator("#findings li").count()).toBe(1);
  await page.screenshot({ path: `${artifactsDir}/taskpane-standalone-iban.png`, fullPage: true });
});
