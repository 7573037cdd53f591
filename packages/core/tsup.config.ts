import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", sources: "src/sources.ts", brief: "src/brief/index.ts" },
  format: ["esm", "cjs"],
  // The shared model (a private workspace package) is bundled, types included,
  // so the published package depends on fuse.js only.
  dts: { resolve: [/^@korea-relations\/model/, /^\./] },
  noExternal: ["@korea-relations/model"],
  clean: true,
  sourcemap: false,
  target: "node20",
  treeshake: true,
  splitting: true,
});
