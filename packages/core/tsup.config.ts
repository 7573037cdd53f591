import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", sources: "src/sources.ts" },
  format: ["esm", "cjs"],
  // The shared model (a private workspace package) is bundled, types included,
  // so the published package has no runtime dependency.
  dts: { resolve: [/^@korea-relations\/model/, /^\./] },
  noExternal: ["@korea-relations/model"],
  clean: true,
  sourcemap: false,
  target: "node20",
  treeshake: true,
  splitting: true,
});
