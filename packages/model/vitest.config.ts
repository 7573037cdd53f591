import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "fixtures/**/*.test.ts"],
    typecheck: { tsconfig: "./tsconfig.json", include: ["src/**/*.test-d.ts"] },
  },
});
