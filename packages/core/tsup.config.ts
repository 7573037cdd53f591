import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", sources: "src/sources.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "node20",
  treeshake: true,
  splitting: true,
});
