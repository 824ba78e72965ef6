// Starts the real API (the dll `dotnet build` produced) on a free loopback port with a throwaway data
// folder, and hands its address to the tests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const apiProject = resolve(__dirname, "../../../src/OfficeAiGuard.Api");

export default async function setup(project: TestProject): Promise<() => void> {
  const dll = process.env.OAIG_API_DLL ?? join(apiProject, "bin/Debug/net10.0/OfficeAiGuard.Api.dll");
  if (!existsSync(dll)) throw new Error(`${dll} not found: run \`dotnet build\` first (scripts/test.sh does).`);
  const dataDir = mkdtempSync(join(tmpdir(), "oaig-e2e-"));
  const server: ChildProcess = spawn("dotnet", [dll, "--urls", "http://127.0.0.1:0"], {
    cwd: apiProject,
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: "Development", Storage__DataDirectory: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const baseUrl = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`API did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        ok(match[1]);
      }
    };
    server.stdout?.on("data", onData);
    server.stderr?.on("data", onData);
    server.on("exit", (code) => fail(new Error(`API exited with ${code}:\n${output}`)));
  });
  project.provide("baseUrl", baseUrl);
  return () => {
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
