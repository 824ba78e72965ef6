// Renders the add-in manifests for a deployment: every {{BASE_URL}} becomes the HTTPS origin that serves
// the API and its pages. Usage: node addin-manifest/render.mjs https://officeaiguard.example.fr [outdir]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const templates = ["outlook.xml", "word.xml"];

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

export function render(template, baseUrl) {
  const escaped = baseUrl.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return template.replaceAll("{{BASE_URL}}", escaped);
}

export function renderAll(baseUrl, outdir) {
  const base = normalizeBaseUrl(baseUrl);
  mkdirSync(outdir, { recursive: true });
  return templates.map((name) => {
    const target = join(outdir, name);
    writeFileSync(target, render(readFileSync(join(here, name), "utf8"), base));
    return target;
  });
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
