import { type ParseArgsConfig, parseArgs } from "node:util";
import { LABEL_LANGUAGES, UnknownEntityError } from "@korea-relations/core";
import type { Command } from "./commands/Command.js";
import { COMMANDS } from "./commands/commands.js";
import { createStyle, wantsColor } from "./format/createStyle.js";
import { BIN, commandHelp, rootHelp } from "./help.js";
import type { Io } from "./Io.js";
import { cleanLine } from "./text/cleanText.js";
import { UsageError } from "./UsageError.js";
import { VERSION } from "./version.js";

const COMMON_OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  "no-color": { type: "boolean" },
} as const;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** parseArgs, with its errors turned into usage errors. */
function parse(
  args: string[],
  options: ParseArgsConfig["options"],
  command?: string,
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(cleanLine(message.replace(/\. To specify a positional.*$/s, "")), command);
  }
}

function usageFor(error: UsageError): string {
  return error.command
    ? `Run '${BIN} ${error.command} --help' for its usage.`
    : `Run '${BIN} --help' for usage.`;
}

/**
 * The CLI: parses `argv` (without node and the script), runs a subcommand or
 * opens the UI, and resolves with the exit code: 0 success, 1 not found, 2
 * usage error.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${BIN}: ${error.message}\n${usageFor(error)}\n`);
      return 2;
    }
    if (error instanceof UnknownEntityError) {
      io.stderr.write(`${BIN}: ${cleanLine(error.message)}\n`);
      return 1;
    }
    if (error instanceof RangeError || error instanceof TypeError) {
      // Core's errors for impossible dates, unknown roles, wrong argument types.
      io.stderr.write(`${BIN}: ${cleanLine(error.message)}\n`);
      return 2;
    }
    io.stderr.write(
      `${BIN}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  // The command is the first argument that is neither an option nor the value of --lang.
  let first = -1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--lang") i++;
    else if (!arg.startsWith("-")) {
      first = i;
      break;
    }
  }
  const name = first === -1 ? undefined : argv[first];
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return runCommand(command, [...argv.slice(0, first), ...argv.slice(first + 1)], io);

  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    version: { type: "boolean", short: "V" },
    lang: { type: "string" },
  });
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values.help) {
    io.stdout.write(rootHelp(VERSION));
    return 0;
  }
  if (positionals.length > 0) {
    const unknown = cleanLine(positionals[0] as string).slice(0, 80);
    const near = COMMANDS.filter((c) => c.name.startsWith(unknown.slice(0, 2).toLowerCase()));
    throw new UsageError(
      `unknown command "${unknown}"${near.length > 0 ? `: did you mean ${near.map((c) => `"${c.name}"`).join(", ")}?` : ""}`,
    );
  }
  const lang = typeof values.lang === "string" ? values.lang : "en";
  if (!(LABEL_LANGUAGES as readonly string[]).includes(lang)) {
    throw new UsageError(
      `unknown language "${cleanLine(lang)}": expected one of ${LABEL_LANGUAGES.join(", ")}`,
    );
  }
  if (!io.stdout.isTTY || !io.stdinIsTTY) {
    // No terminal to draw on: explain instead of starting the UI.
    io.stderr.write(rootHelp(VERSION));
    return 2;
  }
  return io.startTui({
    lang: lang as "en" | "de",
    color: wantsColor({ isTTY: true, env: io.env, noColor: values["no-color"] === true }),
  });
}

async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    args,
    { ...COMMON_OPTIONS, ...command.options },
    command.name,
  );
  if (values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  const isTTY = io.stdout.isTTY === true;
  return command.run({
    io,
    positionals,
    values,
    json: values.json === true,
    style: createStyle(wantsColor({ isTTY, env: io.env, noColor: values["no-color"] === true })),
    width: isTTY ? (io.stdout.columns ?? 80) : undefined,
  });
}
