import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { builtin } from "@korea-relations/core";
import { SOURCE_TEXTS } from "@korea-relations/core/sources";
import { CliError } from "./CliError.js";
import type { Io } from "./Io.js";
import { lazyRelations } from "./lazyRelations.js";
import { localSourceText } from "./localSourceTexts.js";
import { reportError } from "./reportError.js";
import { run } from "./run.js";

const require = createRequire(import.meta.url);

/** A file of the core package's `data/` folder (dataset.json, <type>.csv, <type>.ndjson). */
function readDataFile(name: string): string {
  if (!/^[a-z]+\.(json|csv|ndjson)$/.test(name)) throw new TypeError(`not a data file: ${name}`);
  const root = dirname(require.resolve("@korea-relations/core/package.json"));
  return readFileSync(join(root, "data", name), "utf8");
}

/**
 * Runs `load` with `fetch` hidden: Yoga (Ink's layout engine) fetches its
 * WebAssembly from a data URL when `fetch` exists, which loads Node's whole
 * HTTP client first (some 20 ms before the first frame); without `fetch` it
 * decodes the same bytes directly.
 */
async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, "fetch");
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, "fetch", {
    value: undefined,
    configurable: true,
    writable: true,
  });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, "fetch", descriptor);
  }
}

const io: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  env: process.env,
  relations: () => builtin(),
  sourceText: (id) =>
    (SOURCE_TEXTS as Record<string, string | undefined>)[id] ?? localSourceText(id),
  readDataFile,
  async startTui(options) {
    // Stdin and stdout are a terminal here, so draw interactively even where a
    // CI variable is set (Ink would otherwise print only the last frame).
    for (const name of Object.keys(process.env)) {
      if (name === "CI" || name === "CONTINUOUS_INTEGRATION" || name.startsWith("CI_")) {
        delete process.env[name];
      }
    }
    const { runTui } = await importWithoutFetch(() => import("./ui/runTui.js"));
    return runTui({
      lang: options.lang,
      color: options.color,
      ...(options.query ? { query: options.query } : {}),
      ...(options.data
        ? { load: options.data }
        : {
            relations: lazyRelations(() => builtin()),
            sourceText: io.sourceText,
          }),
    });
  },
};

// A closed pipe (`korea-relations sources | head`) ends the output quietly;
// any other write error is one line, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    if (stream === process.stdout)
      reportError(
        new CliError(`cannot write the output: ${error.code ?? error.message}`),
        io,
        false,
      );
    process.exit(2);
  });
}

const code = await run(process.argv.slice(2), io);
process.exitCode = code;
