// Helpers of the add-in browser tests: an Office.js fake in place of the CDN script, a stand-in for the
// API endpoints the backend has not shipped yet (only when the real API answers 404), and axe-core.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const fake = (name: string) => readFileSync(resolve(__dirname, "fakes", name), "utf8");

export async function useOfficeFake(page: Page, host: "outlook" | "word"): Promise<void> {
  const body = fake(host === "outlook" ? "outlookOffice.js" : "wordOffice.js");
  await page.route("**/office.js", (route) => route.fulfill({ contentType: "text/javascript", body }));
}

/** Endpoints answered by the test when the running API lacks them (404/405); listed for the report. */
export const standIns = new Set<string>();

export async function standInForMissingEndpoints(page: Page, values: string[]): Promise<void> {
  const replace = (text: string) => {
    const mapping: { placeholder: string; value: string; category: string }[] = [];
    let out = text;
    values.forEach((value, i) => {
      if (!out.includes(value)) return;
      const placeholder = `[DONNEE_${i + 1}]`;
      mapping.push({ placeholder, value, category: "PERSON_NAME" });
      out = out.split(value).join(placeholder);
    });
    return { text: out, mapping };
  };
  const standIn = (path: string, answer: (body: Record<string, unknown>) => unknown) =>
    page.route(`**${path}`, async (route) => {
      const real = await route.fetch();
      if (real.status() !== 404 && real.status() !== 405) return route.fulfill({ response: real });
      standIns.add(path);
      const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, unknown>;
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(answer(body)) });
    });
  await standIn("/api/pseudonymize", (b) => replace(String(b.text)));
  await standIn("/api/declarations", (b) => ({ id: 1, ...b }));
  await standIn("/api/incidents", (b) => ({ id: 1, status: "nouveau", kind: b.kind }));
}

const axeSource = readFileSync(createRequire(__filename).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2 A/AA rules) on the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.targets.join(", ")}`);
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
