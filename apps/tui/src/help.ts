import type { Command } from "./commands/Command.js";
import { COMMANDS } from "./commands/commands.js";

export const BIN = "korea-relations";

const COMMON: readonly (readonly [string, string])[] = [
  ["--json", "machine-readable JSON (one document) instead of a table"],
  ["--no-color", "no colours (also: NO_COLOR=1); none are used in a pipe"],
  ["-h, --help", "this help"],
];

function optionLines(options: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...options.map(([flag]) => flag.length));
  return options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
}

/** Help for the binary: the TUI, every subcommand, exit codes. */
export function rootHelp(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `${BIN} ${version}: explore South Korea's foreign and security relations

Usage:
  ${BIN}                 open the interactive terminal UI (in a terminal)
  ${BIN} <command> ...   run one query and print the result

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
${optionLines([
  ["--lang en|de", "language of labels (the UI and most commands)"],
  ...COMMON,
  ["-V, --version", "the version"],
]).join("\n")}

Exit codes: 0 success, 1 not found (with "did you mean" suggestions), 2 usage error.
Run '${BIN} <command> --help' for a command's options and examples.
`;
}

/** Help for one subcommand. */
export function commandHelp(command: Command): string {
  return `${command.summary}

Usage:
  ${BIN} ${command.usage} [--json]

Options:
${optionLines([...command.optionHelp, ...COMMON]).join("\n")}

Examples:
${command.examples.map((e) => `  ${BIN} ${e}`).join("\n")}
`;
}
