import { defineConfig } from "tsup";

// One self-contained ESM build: Ink, React and the core package are bundled so
// that the binary starts without resolving hundreds of modules, and React runs
// its production build.
export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  clean: true,
  splitting: true,
  minify: true,
  sourcemap: false,
  noExternal: [/.*/],
  define: { "process.env.NODE_ENV": '"production"' },
  banner: {
    // Bundled CommonJS (React) may require node built-ins.
    js: '#!/usr/bin/env node\nimport { createRequire as __krCreateRequire } from "node:module";\nconst require = __krCreateRequire(import.meta.url);',
  },
  esbuildPlugins: [
    {
      // Ink measures every line of every frame with string-width: give it the
      // same widths through a fast path for narrow text.
      name: "fast-string-width",
      setup(build) {
        build.onResolve({ filter: /^string-width$/ }, (args) =>
          args.importer.endsWith("fastStringWidth.ts")
            ? undefined
            : { path: new URL("./src/text/fastStringWidth.ts", import.meta.url).pathname },
        );
      },
    },
    {
      // Ink loads its React DevTools bridge only with DEV=true; leave it (and
      // its websocket dependency) out of the build.
      name: "no-ink-devtools",
      setup(build) {
        build.onResolve({ filter: /\/devtools\.js$/ }, (args) =>
          args.importer.includes(`${"/"}ink${"/"}`)
            ? { path: "ink-devtools", namespace: "stub" }
            : undefined,
        );
        build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export {};" }));
      },
    },
  ],
});
