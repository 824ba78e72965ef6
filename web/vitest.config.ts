import { defineConfig } from "vitest/config";

// Unit tests: pure TypeScript and DOM logic against fakes (no server, no browser).
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
  },
});
