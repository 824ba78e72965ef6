import { defineConfig } from "vitest/config";

// Browser tests: the real API (built by `dotnet build`) serving the real pages, driven in Debian's
// headless Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    globalSetup: ["test/e2e/apiServer.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
