import type { Command, Options } from "./commands/Command.js";
import { COMMON_OPTIONS, ROOT_OPTIONS } from "./commands/commonOptions.js";

export const BIN = "korea-relations";

/** The exit-code rule every command follows, as help and the README state it. */
export const EXIT_CODES = `Exit codes (like grep and rg):
  0  found something, or did what was asked
  1  found nothing: no results, or an unknown name (with "did you mean" suggestions)
  2  a usage error (unknown command or option, impossible date, unknown value)
     or a failure (a file that cannot be written)`;

/** `--type <type>`, `-h, --help`. */
export function optionFlag(name: string, def: Options[string]): string {
  const long = `--${name}${def.type === "string" && def.value ? ` ${def.value}` : ""}`;
  return def.short ? `-${def.short}, ${long}` : long;
}

function optionLines(options: Options): string[] {
  const shown = Object.entries(options);
  const flags = shown.map(([name, def]) => optionFlag(name, def));
  const width = Math.max(...flags.map((flag) => flag.length));
  return shown.map(([, def], i) => `  ${(flags[i] ?? "").padEnd(width)}  ${def.help}`);
}

/** Help for the binary: the TUI, every subcommand, the common options, exit codes. */
export function rootHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `${BIN} ${version}: explore South Korea's foreign and security relations

Usage:
  ${BIN}                 open the interactive terminal UI (in a terminal)
  ${BIN} <words>         open it with <words> in the search box (also -q <words>)
  ${BIN} <command> ...   run one query and print the result

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options (any command takes them):
${optionLines(ROOT_OPTIONS).join("\n")}

${EXIT_CODES}

Run '${BIN} help <command>' (or '${BIN} <command> --help') for a command's options and examples.
`;
}

/** Help for one subcommand: usage, its options and the common ones, examples, exit codes. */
export function commandHelp(command: Command): string {
  return `${command.summary}

Usage:
  ${BIN} ${command.usage}${command.json ? " [--json]" : ""}

Options:
${optionLines({ ...command.options, ...COMMON_OPTIONS }).join("\n")}

Examples:
${command.examples.map((e) => `  ${BIN} ${e}`).join("\n")}

Exit codes: 0 found something, 1 found nothing, 2 usage error or failure.
`;
}
