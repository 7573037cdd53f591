import { defineConfig, type Options } from "tsup";

const shared: Options = {
  format: ["esm", "cjs"],
  // The shared model (a private workspace package) is bundled, types included,
  // so the published package depends on fuse.js only.
  dts: { resolve: [/^@korea-relations\/model/, /^\./] },
  noExternal: ["@korea-relations/model"],
  sourcemap: false,
  target: "node20",
  treeshake: true,
};

// `tsup` builds the main entry and `sources`; `tsup --env.ENTRY brief` then adds
// `brief` as a bundle of its own (no chunks shared with the main entry, so the
// main bundle's tree-shaking and size stay as they are).
export default defineConfig((flags) =>
  flags.env?.ENTRY === "brief"
    ? { ...shared, entry: { brief: "src/brief/index.ts" }, clean: false, splitting: false }
    : {
        ...shared,
        entry: { index: "src/index.ts", sources: "src/sources.ts" },
        clean: true,
        splitting: true,
      },
);
