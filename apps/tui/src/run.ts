import { LABEL_LANGUAGES, type LabelLanguage } from "@korea-relations/core";
import type { Command, Options, Values } from "./commands/Command.js";
import { COMMANDS } from "./commands/commands.js";
import { COMMON_OPTIONS, ROOT_OPTIONS } from "./commands/commonOptions.js";
import { oneOf } from "./commands/options.js";
import { COLOR_MODES, type ColorMode, createStyle, wantsColor } from "./format/createStyle.js";
import { commandHelp, rootHelp } from "./help.js";
import type { Io } from "./Io.js";
import { loadDataFile } from "./loadDataFile.js";
import { commandIndex, parseArgv } from "./parseArgv.js";
import { reportError } from "./reportError.js";
import { nearest } from "./text/nearest.js";
import { quoteArg } from "./text/quoteArg.js";
import { UsageError } from "./UsageError.js";
import { VERSION } from "./version.js";

/** Every option of every command: which ones take a value, to find the command. */
const ALL_OPTIONS: Options = Object.assign({}, ROOT_OPTIONS, ...COMMANDS.map((c) => c.options));

/** `--color` (checked) or `--no-color`, else auto. */
function colorMode(values: Values, command?: string): ColorMode {
  if (values["no-color"] === true) return "never";
  const value = values.color;
  return typeof value === "string" ? oneOf(value, COLOR_MODES, "--color", command) : "auto";
}

/** Whether `--debug` comes before any `--`. */
function wantsDebug(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--debug");
}

/**
 * The CLI: parses `argv` (without node and the script), runs a subcommand or
 * opens the UI, and resolves with the exit code: 0 found something (or did
 * what was asked), 1 found nothing, 2 usage error or failure. Errors are one
 * line on stderr; `--debug` adds the stack trace of an unexpected one.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportError(error, io, wantsDebug(argv));
  }
}

/**
 * The Io of a command over the dataset of `--data FILE` (read and checked
 * now, so that a problem is reported before the command runs), or `io` as it is.
 */
function withData(io: Io, values: Values, command?: string): Io {
  const file = values.data;
  if (file === undefined) return io;
  if (typeof file !== "string" || file === "")
    throw new UsageError("--data needs a file name", command);
  const data = loadDataFile(file);
  return {
    ...io,
    relations: () => data.relations,
    sourceText: data.sourceText,
    readDataFile: data.readDataFile,
  };
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const index = commandIndex(argv, ALL_OPTIONS);
  const name = index >= 0 ? (argv[index] as string) : undefined;
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return runCommand(command, [...argv.slice(0, index), ...argv.slice(index + 1)], io);
  const terminal = io.stdout.isTTY === true && io.stdinIsTTY;
  if (name !== undefined) {
    // Not a command: a typo of one, or (in a terminal) words to search for in the UI.
    const near = nearest(
      name,
      COMMANDS.map((c) => c.name),
    );
    if (near || !terminal)
      throw new UsageError(
        `unknown command ${quoteArg(name)}${near ? `; did you mean "${near}"?` : ""}`,
      );
  }

  const { values, positionals } = parseArgv(argv, ROOT_OPTIONS);
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values.help) {
    io.stdout.write(rootHelp(COMMANDS, VERSION));
    return 0;
  }
  const lang: LabelLanguage =
    typeof values.lang === "string" ? oneOf(values.lang, LABEL_LANGUAGES, "--lang") : "en";
  const mode = colorMode(values);
  if (!terminal) {
    // No terminal to draw on: explain instead of starting the UI.
    io.stderr.write(rootHelp(COMMANDS, VERSION));
    return 2;
  }
  const query = [...(typeof values.query === "string" ? [values.query] : []), ...positionals]
    .join(" ")
    .trim();
  const file = values.data;
  if (file !== undefined && (typeof file !== "string" || file === ""))
    throw new UsageError("--data needs a file name");
  return io.startTui({
    lang,
    color: wantsColor({ isTTY: true, env: io.env, mode }),
    ...(query ? { query } : {}),
    // The UI reads the file after its first frame, and says what is wrong with it there.
    ...(typeof file === "string" ? { data: { name: file, read: () => loadDataFile(file) } } : {}),
  });
}

async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgv(
    args,
    { ...command.options, ...COMMON_OPTIONS },
    { command: command.name, ...(command.renamed ? { renamed: command.renamed } : {}) },
  );
  if (values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  const isTTY = io.stdout.isTTY === true;
  const mode = colorMode(values, command.name);
  return command.run({
    io: withData(io, values, command.name),
    positionals,
    values,
    json: values.json === true,
    style: createStyle(wantsColor({ isTTY, env: io.env, mode })),
    width: isTTY ? (io.stdout.columns ?? 80) : undefined,
    commands: COMMANDS,
  });
}
