import { defineConfig } from "vitest/config";

/** Unit tests only (fixtures, no build): what mutation testing runs per mutant. */
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
