import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { tsconfig: "./tsconfig.json", include: ["src/**/*.test-d.ts"] },
    testTimeout: 30_000,
  },
});
