import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    typecheck: { tsconfig: "./tsconfig.json" },
    testTimeout: 30_000,
  },
});
