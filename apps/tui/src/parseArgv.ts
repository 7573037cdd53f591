import { parseArgs } from "node:util";
import type { Options, Values } from "./commands/Command.js";
import { nearest } from "./text/nearest.js";
import { quoteArg } from "./text/quoteArg.js";
import { UsageError } from "./UsageError.js";

/** Where the options are read: the command (for help pointers) and its renamed options. */
export interface ParseScope {
  readonly command?: string;
  readonly renamed?: Readonly<Record<string, string>>;
}

type Token = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/** The tokens of `args` (node's parseArgs, not strict: checking is ours). */
function tokenize(args: readonly string[], options: Options): Token[] {
  const config = Object.fromEntries(
    Object.entries(options).map(([name, def]) => [
      name,
      { type: def.type, ...(def.short ? { short: def.short } : {}) },
    ]),
  );
  return (
    parseArgs({
      args: [...args],
      options: config,
      strict: false,
      allowPositionals: true,
      tokens: true,
    }).tokens ?? []
  );
}

/** "did you mean" for an unknown option: a renamed option's new name, else the nearest name. */
function suggestion(name: string, options: Options, scope: ParseScope): string {
  const renamed = scope.renamed?.[name];
  const near =
    renamed ??
    nearest(
      name,
      Object.keys(options).filter((n) => n.length > 1),
    );
  return near === undefined ? "" : `; did you mean "--${near}"?`;
}

/**
 * Parses a command line against `options`: a string option takes the next
 * argument even when it starts with one dash (`--limit -3`), but not one
 * starting with two (`--lang --json` is a missing value). Every mistake is a
 * `UsageError` with a one-line message that quotes the argument safely and
 * names the nearest valid option.
 */
export function parseArgv(
  args: readonly string[],
  options: Options,
  scope: ParseScope = {},
): { values: Values; positionals: string[] } {
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokenize(args, options)) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const def = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    const raw = token.rawName;
    if (def === undefined) {
      throw new UsageError(
        `unknown option ${quoteArg(raw)}${raw.startsWith("--") ? suggestion(token.name, options, scope) : ""}`,
        scope.command,
      );
    }
    if (def.type === "boolean") {
      if (token.value !== undefined)
        throw new UsageError(`${raw} takes no value (got ${quoteArg(token.value)})`, scope.command);
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith("--"))) {
      throw new UsageError(
        `${raw} needs a value${def.value ? ` (${def.value})` : ""}`,
        scope.command,
      );
    }
    if (def.multiple) {
      const list = values[token.name];
      values[token.name] = Array.isArray(list) ? [...list, value] : [value];
    } else values[token.name] = value;
  }
  return { values, positionals };
}

/**
 * The index in `args` of the first positional argument (the command), given
 * every option that takes a value anywhere; -1 when there is none.
 */
export function commandIndex(args: readonly string[], options: Options): number {
  for (const token of tokenize(args, options)) {
    if (token.kind === "positional") return token.index;
  }
  return -1;
}
