import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { beforeAll, expect, test } from "vitest";
import { bodyFingerprint, GATE_STATE_KEY, newGateState } from "../../src/shared/gateState";
import { fakeOffice, newMail } from "./fakes/outlookFake";

// classic Outlook on Windows runs commands.js alone: no DOM, no module loader, no window. Run the real
// bundle in a bare V8 context with nothing but Office, timers and fetch.

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "oaig-build-"));
  execFileSync(process.execPath, [resolve(__dirname, "../../build.mjs"), out], {
    env: { ...process.env, OAIG_API_BASE: "https://ia.mairie-exemple.fr" },
    stdio: "pipe",
  });
}, 60_000);

test("the build writes one commands.js, its page, the icons and the well-known file", () => {
  expect(readdirSync(out).sort()).toEqual(
    [".well-known", "addin-config.json", "assets", "commands.html", "commands.js", "dashboard.css", "dashboard.html", "dashboard.js",
      "dashboard.js.map", "taskpane.css", "taskpane.html", "taskpane.js", "taskpane.js.map"],
  );
  expect(readdirSync(join(out, "assets")).sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  const png = readFileSync(join(out, "assets/icon-80.png"));
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.readUInt32BE(16)).toBe(80);
  expect(readFileSync(join(out, "commands.html"), "utf8")).toMatch(/office\.js[\s\S]*commands\.js/);
  expect(JSON.parse(readFileSync(join(out, ".well-known/microsoft-officeaddins-allowed.json"), "utf8")))
    .toEqual({ allowed: ["https://ia.mairie-exemple.fr/commands.js"] });
});

test("commands.js runs without a DOM and decides a send from the item alone", async () => {
  const mail = newMail({ html: "<html><body><p>Bonjour,</p><p>Réponse sans IA.</p></body></html>" });
  const state = { ...newGateState("k"), scan: { draftHash: bodyFingerprint(`${mail.subject}\n\nBonjour,\nRéponse sans IA.`), blocked: [], at: "" } };
  mail.sessionData[GATE_STATE_KEY] = JSON.stringify(state);
  const handlers: Record<string, (event: unknown) => void> = {};
  const sandbox = { Office: fakeOffice(mail, handlers), setTimeout, clearTimeout, fetch: () => Promise.reject(new Error("offline")), console };
  runInNewContext(readFileSync(join(out, "commands.js"), "utf8"), sandbox);
  expect(Object.keys(handlers)).toEqual(["onMessageSendHandler"]);
  const completed = await new Promise((done) => handlers.onMessageSendHandler({ completed: done }));
  expect(completed).toEqual({ allowEvent: true });
});

test("offline in a bare runtime, the baked API base is used and the failure is stated", async () => {
  const mail = newMail();
  mail.sessionData[GATE_STATE_KEY] = JSON.stringify({ ...newGateState("k"), devIdentity: { user: "a", tenant: "t", roles: [] } });
  const handlers: Record<string, (event: unknown) => void> = {};
  const urls: string[] = [];
  const sandbox = {
    Office: fakeOffice(mail, handlers), setTimeout, clearTimeout, console,
    fetch: (url: string) => (urls.push(url), Promise.reject(new Error("Network request failed"))),
  };
  runInNewContext(readFileSync(join(out, "commands.js"), "utf8"), sandbox);
  const completed = (await new Promise((done) => handlers.onMessageSendHandler({ completed: done }))) as Record<string, unknown>;
  expect(urls).toEqual(["https://ia.mairie-exemple.fr/dev/token"]);
  expect(completed).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
  expect(String(completed.errorMessage)).toMatch(/injoignable/);
});
