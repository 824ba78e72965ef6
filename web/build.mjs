// Builds the web assets into the API's wwwroot: the task pane, the Outlook send handler (one
// self-contained script), the manager dashboard, icons, the sign-in configuration and, when the public
// base is known, the well-known file that lets classic Outlook's event runtime call the API.
// Usage: node build.mjs [outdir]   (default: ../src/OfficeAiGuard.Api/wwwroot)
// Environment (all optional):
//   OAIG_API_BASE   public HTTPS origin of the API, baked into commands.js (else read from the pane's state)
//   OAIG_CLIENT_ID, OAIG_API_SCOPE, OAIG_AUTHORITY   Entra ID sign-in (nested app authentication)
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, process.argv[2] ?? "../src/OfficeAiGuard.Api/wwwroot");
const apiBase = (process.env.OAIG_API_BASE ?? "").replace(/\/$/, "");
const authConfig = Object.fromEntries(
  Object.entries({
    clientId: process.env.OAIG_CLIENT_ID,
    apiScope: process.env.OAIG_API_SCOPE,
    authority: process.env.OAIG_AUTHORITY,
  }).filter(([, v]) => v),
);

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const common = { bundle: true, format: "iife", target: "es2020", minify: true, logLevel: "warning" };

await build({
  ...common,
  entryPoints: {
    taskpane: resolve(here, "src/taskpane/taskpane.ts"),
    dashboard: resolve(here, "src/dashboard/dashboard.ts"),
  },
  outdir,
  sourcemap: true,
});

// The send handler: ONE file, no runtime imports, no source map request (classic Outlook's
// JavaScript-only runtime loads exactly this script).
await build({
  ...common,
  entryPoints: { commands: resolve(here, "src/commands/onMessageSend.ts") },
  outdir,
  sourcemap: false,
  splitting: false,
  define: {
    __OAIG_API_BASE__: JSON.stringify(apiBase),
    __OAIG_AUTH_CONFIG__: JSON.stringify(authConfig),
  },
});

for (const file of [
  "taskpane/taskpane.html",
  "taskpane/taskpane.css",
  "commands/commands.html",
  "dashboard/dashboard.html",
  "dashboard/dashboard.css",
]) {
  cpSync(resolve(here, "src", file), resolve(outdir, file.split("/").pop()));
}
writeFileSync(resolve(outdir, "addin-config.json"), `${JSON.stringify(authConfig, null, 2)}\n`);
if (apiBase) {
  mkdirSync(resolve(outdir, ".well-known"), { recursive: true });
  writeFileSync(
    resolve(outdir, ".well-known/microsoft-officeaddins-allowed.json"),
    `${JSON.stringify({ allowed: [`${apiBase}/commands.js`] }, null, 2)}\n`,
  );
}

mkdirSync(resolve(outdir, "assets"), { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(resolve(outdir, `assets/icon-${size}.png`), iconPng(size));
console.log(`web assets built into ${outdir}`);

/** A small PNG: a brand-blue rounded square holding a white check mark, drawn per pixel. */
function iconPng(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const r = size * 0.18;
  const inside = (x, y) => {
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const nearSegment = (px, py, [ax, ay], [bx, by], width) => {
    const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))) <= width;
  };
  const p = (fx, fy) => [fx * size, fy * size];
  const w = Math.max(1, size * 0.07);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (!inside(x + 0.5, y + 0.5)) continue;
      const check = nearSegment(x + 0.5, y + 0.5, p(0.27, 0.52), p(0.44, 0.69), w) ||
        nearSegment(x + 0.5, y + 0.5, p(0.44, 0.69), p(0.75, 0.33), w);
      rgba.set(check ? [255, 255, 255, 255] : [15, 108, 189, 255], i);
    }
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let c = ~0;
  for (const byte of buffer) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
