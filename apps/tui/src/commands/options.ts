import { EVENT_KINDS, LABEL_LANGUAGES, type LabelLanguage } from "@korea-relations/core";
import { UsageError } from "../UsageError.js";
import type { CommandContext } from "./Command.js";

/** A string option's value, or undefined. */
export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === "string" ? value : undefined;
}

/** A repeatable string option's values (empty when not given). */
export function listOption(context: CommandContext, name: string): string[] {
  const value = context.values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

/** `value` checked against a closed list, or a usage error naming the list. */
export function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  what: string,
  command: string,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `unknown ${what} "${value}": expected one of ${allowed.join(", ")}`,
    command,
  );
}

/** `--lang en|de` for labels (default en). */
export function labelLanguage(context: CommandContext, command: string): LabelLanguage {
  const value = stringOption(context, "lang");
  return value === undefined ? "en" : oneOf(value, LABEL_LANGUAGES, "language", command);
}

/** `--kind` values checked against the event kinds. */
export function eventKinds(context: CommandContext, command: string) {
  return listOption(context, "kind").map((kind) => oneOf(kind, EVENT_KINDS, "event kind", command));
}

/** A positive whole number option, or `fallback`. */
export function countOption(
  context: CommandContext,
  name: string,
  fallback: number,
  command: string,
): number {
  const value = stringOption(context, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--${name} must be a whole number above 0, not "${value}"`, command);
  }
  return Number(value);
}

/** Every positional joined by spaces, or a usage error when there is none. */
export function requiredText(context: CommandContext, what: string, command: string): string {
  const text = context.positionals.join(" ").trim();
  if (text === "") throw new UsageError(`missing ${what}`, command);
  return text;
}
