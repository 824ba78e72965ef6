// Builds the web assets (task pane, dashboard, later the send handler) into the API's wwwroot.
// Usage: node build.mjs [outdir]   (default: ../src/OfficeAiGuard.Api/wwwroot)
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, process.argv[2] ?? "../src/OfficeAiGuard.Api/wwwroot");

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: {
    taskpane: resolve(here, "src/taskpane/taskpane.ts"),
    dashboard: resolve(here, "src/dashboard/dashboard.ts"),
  },
  outdir,
  bundle: true,
  format: "iife",
  target: "es2020",
  sourcemap: true,
  minify: true,
  logLevel: "warning",
});

for (const file of [
  "taskpane/taskpane.html",
  "taskpane/taskpane.css",
  "dashboard/dashboard.html",
  "dashboard/dashboard.css",
]) {
  cpSync(resolve(here, "src", file), resolve(outdir, file.split("/").pop()));
}
console.log(`web assets built into ${outdir}`);
