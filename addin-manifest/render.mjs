// Renders the add-in manifests for a deployment: every {{BASE_URL}} becomes the HTTPS origin that serves
// the API and its pages ({{HOST}} its host name). Writes outlook.xml, word.xml, manifest.json (unified,
// for Outlook and Word) and the .well-known file classic Outlook's event runtime needs.
// Usage: node addin-manifest/render.mjs https://officeaiguard.example.fr [outdir]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const templates = ["outlook.xml", "word.xml", "unified.json"];

/** The file each template is written to. */
export const outputName = (template) => (template === "unified.json" ? "manifest.json" : template);

/** Checks the base URL is an absolute HTTPS origin (Office loads add-ins over HTTPS only). */
export function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`not a URL: ${raw}`);
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !local) throw new Error(`the base URL must be https: ${raw}`);
  if (url.search || url.hash) throw new Error(`the base URL must have no query or fragment: ${raw}`);
  return url.href.replace(/\/$/, "");
}

/** Fills a template; `kind` picks the escaping ("xml" or "json"). */
export function render(template, baseUrl, kind = "xml") {
  const host = new URL(baseUrl).host;
  const escape = kind === "json"
    ? (v) => JSON.stringify(v).slice(1, -1)
    : (v) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return template.replaceAll("{{BASE_URL}}", escape(baseUrl)).replaceAll("{{HOST}}", escape(host));
}

/** Lets classic Outlook's JavaScript-only runtime call the API (served at /.well-known/ by the API). */
export function wellKnown(baseUrl) {
  return `${JSON.stringify({ allowed: [`${baseUrl}/commands.js`] }, null, 2)}\n`;
}

export function renderAll(baseUrl, outdir) {
  const base = normalizeBaseUrl(baseUrl);
  mkdirSync(outdir, { recursive: true });
  const files = templates.map((name) => {
    const target = join(outdir, outputName(name));
    const kind = name.endsWith(".json") ? "json" : "xml";
    writeFileSync(target, render(readFileSync(join(here, name), "utf8"), base, kind));
    return target;
  });
  mkdirSync(join(outdir, ".well-known"), { recursive: true });
  const known = join(outdir, ".well-known", "microsoft-officeaddins-allowed.json");
  writeFileSync(known, wellKnown(base));
  return [...files, known];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [baseUrl, outdir = join(here, "out")] = process.argv.slice(2);
  if (!baseUrl) {
    console.error("usage: node addin-manifest/render.mjs https://your-host.example.fr [outdir]");
    process.exit(2);
  }
  try {
    for (const file of renderAll(baseUrl, resolve(outdir))) console.log(`written ${file}`);
  } catch (e) {
    console.error(`render: ${e.message}`);
    process.exit(2);
  }
}
