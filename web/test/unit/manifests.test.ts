import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
// @ts-expect-error plain ES module without types
import { normalizeBaseUrl, renderAll } from "../../../addin-manifest/render.mjs";

test("rendered manifests point every URL at the deployment's HTTPS base", () => {
  const out = mkdtempSync(join(tmpdir(), "manifests-"));
  const files: string[] = renderAll("https://ia.mairie-exemple.fr/", out);
  expect(files.map((f) => f.split("/").pop())).toEqual(["outlook.xml", "word.xml"]);
  for (const file of files) {
    const xml = readFileSync(file, "utf8");
    expect(xml).not.toContain("{{");
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url.startsWith("https://ia.mairie-exemple.fr/")).toBe(true);
    expect(xml).toContain("https://ia.mairie-exemple.fr/taskpane.html");
  }
  expect(readFileSync(files[0], "utf8")).toContain('xsi:type="MailApp"');
  expect(readFileSync(files[1], "utf8")).toContain('xsi:type="TaskPaneApp"');
});

test("a plain-HTTP or malformed base URL is refused", () => {
  expect(() => normalizeBaseUrl("http://ia.mairie-exemple.fr")).toThrow(/https/);
  expect(() => normalizeBaseUrl("pas une url")).toThrow(/not a URL/);
  expect(normalizeBaseUrl("http://localhost:5000/")).toBe("http://localhost:5000");
});
