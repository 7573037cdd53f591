import type { Style } from "../format/createStyle.js";
import type { Io } from "../Io.js";
import { cleanLine } from "../text/cleanText.js";
import { jsonText } from "../text/jsonText.js";

/** One option of a command: how it parses, how help and completions show it. */
export interface OptionDef {
  readonly type: "string" | "boolean";
  /** May be given more than once (values are collected in order). */
  readonly multiple?: boolean;
  /** A one-letter alias (`-h`). */
  readonly short?: string;
  /** The value's placeholder in help (`<date>`); string options only. */
  readonly value?: string;
  /** One line of help. */
  readonly help: string;
  /** The closed list of values, for completions (checking is the command's). */
  readonly choices?: readonly string[];
}

export type Options = Readonly<Record<string, OptionDef>>;

export type Values = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What a subcommand gets: its parsed arguments and where to write. */
export interface CommandContext {
  readonly io: Io;
  readonly positionals: readonly string[];
  readonly values: Values;
  readonly json: boolean;
  readonly style: Style;
  /** The terminal's width when stdout is one, else undefined (nothing is cut). */
  readonly width: number | undefined;
  /** Every command (for `help` and `completion`). */
  readonly commands: readonly Command[];
}

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** `search <query> [--type <type>]...` (after the binary's name). */
  readonly usage: string;
  /** The command's own options (the common ones are added by `run`). */
  readonly options: Options;
  /** Whether `--json` prints the result as JSON. */
  readonly json: boolean;
  /** Choices for the first positional argument, for completions. */
  readonly argumentChoices?: readonly string[];
  /** Options renamed in this version: old name → new name, for "did you mean". */
  readonly renamed?: Readonly<Record<string, string>>;
  readonly examples: readonly string[];
  /**
   * Resolves with the exit code, by one rule for every command: 0 when it
   * found something, 1 when it found nothing, 2 (thrown errors) otherwise.
   */
  run(context: CommandContext): Promise<number> | number;
}

/** Exit codes: 0 found, 1 nothing found, 2 usage error or failure (like grep and rg). */
export const EXIT = { found: 0, none: 1, error: 2 } as const;

/** The exit code for a result of `count` records. */
export function exitFor(count: number): number {
  return count > 0 ? EXIT.found : EXIT.none;
}

/** Writes `value` as one JSON document (control characters and bidi controls escaped). */
export function printJson(context: CommandContext, value: unknown): void {
  context.io.stdout.write(`${jsonText(value)}\n`);
}

/** A line for stderr (no results, files written), cleaned of anything a terminal would act on. */
export function printNote(context: CommandContext, text: string): void {
  context.io.stderr.write(`${cleanLine(text)}\n`);
}
