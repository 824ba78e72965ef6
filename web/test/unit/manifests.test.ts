import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { beforeAll, describe, expect, test } from "vitest";
// @ts-expect-error plain ES module without types
import { normalizeBaseUrl, renderAll } from "../../../addin-manifest/render.mjs";

const BASE = "https://ia.mairie-exemple.fr";
let files: Record<string, string>;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), "manifests-"));
  const written: string[] = renderAll(`${BASE}/`, out);
  files = Object.fromEntries(written.map((f) => [f.slice(out.length + 1), readFileSync(f, "utf8")]));
});

/** Attribute values of every element named `tag` (a regex walk is enough for these fixed templates). */
function attrs(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)/?>`, "g"))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

test("the render writes the two XML manifests, the unified manifest and the well-known file", () => {
  expect(Object.keys(files).sort()).toEqual(
    [".well-known/microsoft-officeaddins-allowed.json", "manifest.json", "outlook.xml", "word.xml"].sort(),
  );
  expect(JSON.parse(files[".well-known/microsoft-officeaddins-allowed.json"])).toEqual({ allowed: [`${BASE}/commands.js`] });
});

test("every URL of the rendered manifests points at the deployment's HTTPS base", () => {
  for (const name of ["outlook.xml", "word.xml", "manifest.json"]) {
    const text = files[name];
    expect(text).not.toContain("{{");
    const urls = [...text.matchAll(/(?:DefaultValue=|": *)"(https?:\/\/[^"]+)"/g)].map((m) => m[1])
      .filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"));
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url.startsWith(`${BASE}/`)).toBe(true);
    expect(text).toContain(`${BASE}/taskpane.html`);
  }
  expect(files["outlook.xml"]).toContain('xsi:type="MailApp"');
  expect(files["word.xml"]).toContain('xsi:type="TaskPaneApp"');
});

describe("Outlook XML manifest", () => {
  test("declares the send gate on Mailbox 1.12 with the HTML runtime and the JavaScript override", () => {
    const xml = files["outlook.xml"];
    expect(xml).toMatch(/xsi:type="VersionOverridesV1_0"[\s\S]*xsi:type="VersionOverridesV1_1"/);
    expect(xml).toMatch(/<bt:Sets DefaultMinVersion="1.12">/);
    expect(attrs(xml, "LaunchEvent")).toEqual([{ Type: "OnMessageSend", FunctionName: "onMessageSendHandler", SendMode: "SoftBlock" }]);
    expect(attrs(xml, "Runtime")).toEqual([{ resid: "WebViewRuntime.Url" }]);
    expect(attrs(xml, "Override").find((o) => o.type === "javascript")?.resid).toBe("JSRuntime.Url");
    const urls = Object.fromEntries(attrs(xml, "bt:Url").map((u) => [u.id, u.DefaultValue]));
    expect(urls["WebViewRuntime.Url"]).toBe(`${BASE}/commands.html`);
    expect(urls["JSRuntime.Url"]).toBe(`${BASE}/commands.js`);
  });

  test("the compose button the send gate opens has the id it names", () => {
    const buttons = attrs(files["outlook.xml"], "Control").filter((c) => c["xsi:type"] === "Button").map((c) => c.id);
    expect(buttons).toContain("msgComposeOpenPaneButton");
    expect(files["outlook.xml"]).toContain("<Permissions>ReadWriteItem</Permissions>");
  });

  test("each XML manifest is well-formed", () => {
    // No XSD ships in the npm packages (see README): offline, the check is that every element closes.
    for (const name of ["outlook.xml", "word.xml"]) {
      const opens = (files[name].match(/<[A-Za-z][^>!?]*[^/]>/g) ?? []).length;
      const closes = (files[name].match(/<\/[A-Za-z]/g) ?? []).length;
      expect(opens).toBe(closes);
    }
  });
});

describe("unified manifest", () => {
  test("validates offline against the v1.22 schema bundled in @microsoft/app-manifest", async () => {
    const manifest = JSON.parse(files["manifest.json"]);
    const schemaFile = join(
      dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest")),
      "json-schemas/teams/v1.22/MicrosoftTeams.schema.json",
    );
    const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    // Passing the bundled schema explicitly guarantees no network fetch.
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
  });

  test("an invalid manifest is reported by the same validation", async () => {
    const manifest = JSON.parse(files["manifest.json"]);
    manifest.extensions[0].autoRunEvents[0].events[0].options.sendMode = "maybe";
    delete manifest.developer;
    expect((await AppManifestUtils.validateAgainstSchema(manifest)).length).toBeGreaterThan(0);
  });

  test("it runs the send handler in soft-block mode and opens the same compose button", () => {
    const manifest = JSON.parse(files["manifest.json"]);
    const [mail] = manifest.extensions;
    expect(mail.requirements.scopes).toEqual(["mail", "document"]);
    expect(mail.autoRunEvents[0].events).toEqual([
      { type: "messageSending", actionId: "onMessageSendHandler", options: { sendMode: "softBlock" } },
    ]);
    const event = mail.runtimes.find((r: { id: string }) => r.id === "EventBasedRuntime");
    expect(event.code).toEqual({ page: `${BASE}/commands.html`, script: `${BASE}/commands.js` });
    expect(JSON.stringify(mail.ribbons)).toContain('"id":"msgComposeOpenPaneButton"');
    expect(manifest.validDomains).toEqual(["ia.mairie-exemple.fr"]);
  });
});

test("a plain-HTTP or malformed base URL is refused", () => {
  expect(() => normalizeBaseUrl("http://ia.mairie-exemple.fr")).toThrow(/https/);
  expect(() => normalizeBaseUrl("pas une url")).toThrow(/not a URL/);
  expect(normalizeBaseUrl("http://localhost:5000/")).toBe("http://localhost:5000");
});
