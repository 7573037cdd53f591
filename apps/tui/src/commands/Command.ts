import type { ParseArgsConfig } from "node:util";
import type { Style } from "../format/createStyle.js";
import type { Io } from "../Io.js";

/** What a subcommand gets: its parsed arguments and where to write. */
export interface CommandContext {
  readonly io: Io;
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly json: boolean;
  readonly style: Style;
  /** The terminal's width when stdout is one, else undefined (nothing is cut). */
  readonly width: number | undefined;
}

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** `search <query> [--type <type>]...` */
  readonly usage: string;
  /** The options beyond --json, --help and --no-color, with one line each. */
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  readonly optionHelp: readonly (readonly [string, string])[];
  readonly examples: readonly string[];
  /** Resolves with the exit code. */
  run(context: CommandContext): Promise<number> | number;
}

/** Writes `value` as one JSON document. */
export function printJson(context: CommandContext, value: unknown): void {
  context.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
