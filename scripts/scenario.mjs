#!/usr/bin/env node
// The backend issue's "Done when" scenario against the real API process (the dll `dotnet build` produced),
// with development tokens, on SQLite — or on PostgreSQL when OAIG_TEST_POSTGRES is set (run it under
// scripts/with-postgres.sh). Then greps the store (SQLite files, or a pg_dump) and every log line the
// process wrote (all levels) for the scanned draft: nothing of it may be there.
// Usage: node scripts/scenario.mjs            (SQLite)
//        scripts/with-postgres.sh node scripts/scenario.mjs
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const apiProject = join(root, "src/OfficeAiGuard.Api");
const dll = process.env.OAIG_API_DLL ?? join(apiProject, "bin/Debug/net10.0/OfficeAiGuard.Api.dll");
const postgres = process.env.OAIG_TEST_POSTGRES;
const store = postgres ? "PostgreSQL" : "SQLite";

const iban = "FR76 3000 6000 0112 3456 7890 189";
const nir = "2 85 03 75 112 048 27";
const draft = "Bonjour, je transmets la demande d'aide de Mme Sophie Quentrec, née le 12/03/1985, " +
  `numéro de sécurité sociale ${nir}, dont le RIB est ${iban}. Merci de traiter rapidement son dossier.`;
const fragments = [draft, "Quentrec", iban, iban.replaceAll(" ", ""), nir, nir.replaceAll(" ", ""), "12/03/1985", "traiter rapidement"];

function check(condition, what) {
  if (!condition) throw new Error(`scenario (${store}): ${what}`);
  console.log(`  ok  ${what}`);
}

async function startApi(dataDir) {
  if (!existsSync(dll)) throw new Error(`${dll} not found: run \`dotnet build\` first.`);
  const env = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: "Development",
    Storage__DataDirectory: dataDir,
    Logging__LogLevel__Default: "Trace",
    "Logging__LogLevel__Microsoft.AspNetCore": "Trace",
    "Logging__LogLevel__Microsoft.EntityFrameworkCore": "Trace",
  };
  if (postgres) env.ConnectionStrings__Postgres = postgres;
  const server = spawn("dotnet", [dll, "--urls", "http://127.0.0.1:0"], { cwd: apiProject, env, stdio: ["ignore", "pipe", "pipe"] });
  const log = { text: "" };
  const baseUrl = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`API did not start in 60 s:\n${log.text}`)), 60_000);
    const onData = (chunk) => {
      log.text += chunk.toString();
      const match = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(log.text);
      if (match) {
        clearTimeout(timer);
        ok(match[1]);
      }
    };
    server.stdout.on("data", onData);
    server.stderr.on("data", onData);
    server.on("exit", (code) => fail(new Error(`API exited with ${code}:\n${log.text}`)));
  });
  return { server, baseUrl, log };
}

function client(baseUrl, token) {
  return async (method, path, body) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    return { status: response.status, type, json: type.includes("json") && text ? JSON.parse(text) : null, text };
  };
}

async function signIn(baseUrl, user, tenant, roles = [], unit = undefined) {
  const { status, json } = await client(baseUrl)("POST", "/dev/token", { user, tenant, roles, unit });
  if (status !== 200) throw new Error(`dev token for ${user}: ${status}`);
  return client(baseUrl, json.accessToken);
}

function storeText(dataDir) {
  if (!postgres) return readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f)).toString("utf8")).join("\n");
  const bin = readdirSync("/usr/lib/postgresql").sort().map((v) => `/usr/lib/postgresql/${v}/bin`).pop();
  const part = (name) => new RegExp(`${name}=([^;]+)`, "i").exec(postgres)?.[1];
  return execFileSync(`${bin}/pg_dump`, ["-h", part("Host"), "-p", part("Port") ?? "5432", "-U", part("Username"), "-d", part("Database"), "--data-only"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

const dataDir = mkdtempSync(join(tmpdir(), "oaig-scenario-"));
const { server, baseUrl, log } = await startApi(dataDir);
try {
  console.log(`scenario on ${store} against ${baseUrl}`);
  const agent = await signIn(baseUrl, "agent.ccas@mairie-a.fr", "mairie-a", [], "dgs/solidarites/ccas");

  const scan = await agent("POST", "/api/scan", { text: draft, destination: "tool:le-chat-pro" });
  check(scan.status === 200 && scan.json.verdict === "block", "scan for a tool that may not receive personal data: block");
  const blocking = scan.json.findings.filter((f) => f.severity === "block");
  check(blocking.some((f) => f.category === "IBAN") && blocking.every((f) => f.clause), "blocking findings quote the charter's clause");

  const counts = {};
  for (const f of scan.json.findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const charter = await agent("GET", "/api/charter");
  const declaration = {
    itemKey: "outlook-msg-42", host: "outlook", toolId: "le-chat-pro", purpose: "redaction", extent: "partiel", mentionInserted: true,
    checklist: Object.fromEntries(charter.json.checklist.map((c) => [c.id, true])), findings: counts, policyVersion: charter.json.version,
  };
  const first = await agent("POST", "/api/declarations", declaration);
  check(first.status === 201, "declaration stored (201)");
  const retry = await agent("POST", "/api/declarations", declaration);
  check(retry.status === 200 && retry.json.id === first.json.id, "retry returns the same record (200)");

  const manager = await signIn(baseUrl, "directrice.solidarites@mairie-a.fr", "mairie-a", ["Manager"], "dgs/solidarites");
  const page = await manager("GET", "/api/audit/declarations");
  check(page.status === 200 && page.json.total === 1 && page.json.items[0].id === first.json.id, "the manager sees one record");
  const indicators = await manager("GET", "/api/audit/indicators?granularity=quarter");
  check(indicators.json.totals.uses === 1 && indicators.json.findingsByCategory.IBAN === 1, "the manager's indicators count it");
  const csv = await manager("GET", "/api/audit/declarations.csv");
  check(csv.status === 200 && csv.text.includes("agent.ccas@mairie-a.fr"), "the manager's CSV export lists it");

  const colleague = await signIn(baseUrl, "agent.rh@mairie-a.fr", "mairie-a", [], "dgs/ressources-humaines");
  const refused = await colleague("GET", "/api/audit/declarations");
  check(refused.status === 403 && refused.type.startsWith("application/problem+json"), "an agent of the same tenant gets 403 (problem+json)");
  const stranger = await signIn(baseUrl, "dpo@mairie-b.fr", "mairie-b", ["Dpo"]);
  check((await stranger("GET", `/api/audit/declarations/${first.json.id}`)).status === 404, "a DPO of another tenant gets 404 on the record");
  check((await stranger("GET", "/api/audit/declarations")).json.total === 0, "and sees nothing in their audit");

  const dump = storeText(dataDir);
  check(dump.includes("outlook-msg-42"), "the store dump holds the declaration");
  for (const fragment of fragments) {
    check(!dump.includes(fragment), `the store holds nothing of the draft: «${fragment.slice(0, 24)}…»`);
    check(!log.text.includes(fragment), `the logs hold nothing of the draft: «${fragment.slice(0, 24)}…»`);
  }
  console.log(`scenario on ${store}: passed (${log.text.split("\n").length} log lines checked)`);
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
