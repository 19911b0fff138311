import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/temp-root.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
