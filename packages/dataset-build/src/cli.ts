/**
 * `tsx src/cli.ts validate|check|generate [--data <dir>] [--root <dir>]
 * [--time-limit <seconds>] [--debug]`: validates `data/`; `check` fails when
 * the generated files are stale, `generate` rewrites them (all or none).
 * Every problem or error is one line on stderr; exit code 1 for problems,
 * 2 for a usage error, 128 + n when stopped by signal n. The work runs in a
 * worker (`runBuild`), so a signal or the time limit stops it at once.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { nearestName } from "./nearestName.js";
import { escapeControls } from "./problem.js";
import { BuildStopped, runBuild, SIGNALS } from "./runBuild.js";
import { staleFiles, WriteError, writeFiles } from "./writeFiles.js";

const USAGE =
  "usage: cli.ts validate|check|generate [--data <dir>] [--root <dir>] [--time-limit <seconds>] [--debug]";
const COMMANDS = ["validate", "check", "generate"] as const;
const OPTIONS = {
  data: { type: "string" },
  root: { type: "string" },
  "time-limit": { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean" },
} as const;
/** Default time limit: the build takes a few seconds; this is a backstop, not a budget. */
const DEFAULT_TIME_LIMIT_S = 120;

/** A wrong command line: one line, exit code 2. */
class UsageError extends Error {}

const debug = process.argv.includes("--debug");

/** Prints one line for `error` (its stack too with `--debug`) and exits. */
function fail(error: unknown): never {
  let line: string;
  let code = 1;
  let stack: string | undefined;
  if (error instanceof UsageError) {
    line = `${error.message} (${USAGE})`;
    code = 2;
  } else if (error instanceof BuildStopped) {
    line = `${error.message}${error.detail && !debug ? " (run with --debug for the stack)" : ""}`;
    code = error.exitCode;
    stack = error.detail;
  } else if (error instanceof WriteError) {
    line = error.message;
    stack = error.stack;
  } else {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    line = `internal error: ${text.split("\n")[0]}${debug ? "" : " (run with --debug for the stack)"}`;
    stack = error instanceof Error ? error.stack : undefined;
  }
  process.stderr.write(`${escapeControls(line)}\n`);
  if (debug && stack) process.stderr.write(`${stack}\n`);
  process.exit(code);
}

function parse() {
  const { values, positionals, tokens } = parseArgs({
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = OPTIONS[token.name as keyof typeof OPTIONS];
    if (!option) {
      const near = nearestName(token.name, Object.keys(OPTIONS));
      throw new UsageError(
        `unknown option ${JSON.stringify(token.rawName)}${near ? `; did you mean --${near}?` : ""}`,
      );
    }
    if (option.type === "string" && token.value === undefined) {
      throw new UsageError(`${token.rawName} needs a value`);
    }
    if (option.type === "boolean" && token.value !== undefined) {
      throw new UsageError(`${token.rawName} takes no value`);
    }
  }
  const str = (name: "data" | "root" | "time-limit") =>
    typeof values[name] === "string" ? (values[name] as string) : undefined;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const command = positionals[0];
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`);
  }
  if (!(COMMANDS as readonly (string | undefined)[]).includes(command)) {
    if (command === undefined) throw new UsageError("missing command");
    const near = nearestName(command, COMMANDS);
    throw new UsageError(
      `unknown command ${JSON.stringify(command)}${near ? `; did you mean ${near}?` : ""}`,
    );
  }
  const limit = str("time-limit") ?? String(DEFAULT_TIME_LIMIT_S);
  const seconds = Number(limit);
  if (!/^\d+(\.\d+)?$/.test(limit) || !(seconds > 0)) {
    throw new UsageError(
      `--time-limit must be a positive number of seconds, got ${JSON.stringify(limit)}`,
    );
  }
  return {
    command: command as (typeof COMMANDS)[number],
    data: str("data"),
    root: str("root"),
    timeLimitMs: seconds * 1000,
  };
}

async function main(): Promise<number> {
  const args = parse();
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(args.root ?? join(here, "../../.."));
  const dataDir = resolve(args.data ?? join(root, "data"));
  const result = await runBuild(
    { dataDir, root, needsPackage: args.command !== "validate" },
    { timeLimitMs: args.timeLimitMs },
  );
  // From here on everything is synchronous up to the exit: a signal waits until the files are written.
  if (result.problems.length > 0 || !result.files) {
    for (const line of result.problems) process.stderr.write(`${line}\n`);
    const count = result.problems.length;
    process.stderr.write(
      `${count} problem${count === 1 ? "" : "s"} in data/; nothing was written.\n`,
    );
    return 1;
  }
  const records = result.recordCount;
  if (args.command === "validate") {
    process.stdout.write(`data/ is valid: ${records} records.\n`);
  } else if (args.command === "check") {
    const stale = staleFiles(root, result.files);
    if (stale.length > 0) {
      for (const path of stale) {
        process.stderr.write(`${path}: stale: run \`pnpm data\` and commit the result\n`);
      }
      return 1;
    }
    process.stdout.write(`data/ is valid: ${records} records; generated files are up to date.\n`);
  } else {
    const changed = writeFiles(root, result.files);
    process.stdout.write(
      `data/ is valid: ${records} records; ${changed.length} generated file(s) written.\n`,
    );
  }
  return 0;
}

// A signal between the worker's end and the exit is held, not obeyed: with no
// listener Node would die at once, possibly halfway through writing.
for (const signal of Object.keys(SIGNALS)) process.on(signal, () => {});
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
main().then((code) => process.exit(code), fail);
