import {
  EVENT_KINDS,
  LABEL_LANGUAGES,
  type LabelLanguage,
  parsePartialDate,
  RECORD_TYPES,
  type RecordType,
} from "@korea-relations/core";
import { nearest } from "../text/nearest.js";
import { quoteArg } from "../text/quoteArg.js";
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

/**
 * `value` checked against a closed list, or a usage error naming the option,
 * the nearest valid value and the list.
 */
export function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  what: string,
  command?: string,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const near = nearest(value, allowed);
  throw new UsageError(
    `unknown ${what} ${quoteArg(value)}${near ? `; did you mean "${near}"?` : ""} (expected one of ${allowed.join(", ")})`,
    command,
  );
}

/** Plural names of the record types (`people`, `countries`); the singular is the type itself. */
export const RECORD_PLURALS: Readonly<Record<RecordType, string>> = {
  source: "sources",
  country: "countries",
  place: "places",
  organization: "organizations",
  person: "people",
  office: "offices",
  event: "events",
  agreement: "agreements",
  quote: "quotes",
  topic: "topics",
};

/** Every name a record type may be given by: singular, plural, `persons`. */
export const RECORD_TYPE_NAMES: readonly string[] = [
  ...RECORD_TYPES,
  ...Object.values(RECORD_PLURALS),
  "persons",
];

/** A record type, singular or plural (`event`, `events`, `person`, `people`). */
export function recordType(value: string, command: string): RecordType {
  const lower = value.toLowerCase();
  const type =
    (RECORD_TYPES as readonly string[]).find((t) => t === lower) ??
    (Object.keys(RECORD_PLURALS) as RecordType[]).find((t) => RECORD_PLURALS[t] === lower) ??
    (lower === "persons" ? "person" : undefined);
  if (type !== undefined) return type as RecordType;
  const near = nearest(value, RECORD_TYPE_NAMES);
  throw new UsageError(
    `unknown record type ${quoteArg(value)}${near ? `; did you mean "${near}"?` : ""} (expected one of ${RECORD_TYPES.map((t) => `${t}/${RECORD_PLURALS[t]}`).join(", ")})`,
    command,
  );
}

/** `--lang en|de` for labels (default en). */
export function labelLanguage(context: CommandContext, command: string): LabelLanguage {
  const value = stringOption(context, "lang");
  return value === undefined ? "en" : oneOf(value, LABEL_LANGUAGES, "--lang", command);
}

/** `--kind` values checked against the event kinds. */
export function eventKinds(context: CommandContext, command: string) {
  return listOption(context, "kind").map((kind) => oneOf(kind, EVENT_KINDS, "--kind", command));
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
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(
      `--${name} must be a whole number above 0, not ${quoteArg(value)}`,
      command,
    );
  }
  return Number(value);
}

/** A partial ISO date option (`2020`, `2020-08`, `2020-08-10`) that exists, or undefined. */
export function dateOption(
  context: CommandContext,
  name: string,
  command: string,
): string | undefined {
  const value = stringOption(context, name);
  if (value === undefined || parsePartialDate(value) !== undefined) return value;
  throw new UsageError(
    `invalid --${name} ${quoteArg(value)}: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD`,
    command,
  );
}

/**
 * The positional arguments as one text (joined by spaces), exactly as given
 * otherwise, or a usage error when there is none.
 */
export function requiredText(context: CommandContext, what: string, command: string): string {
  const text = context.positionals.join(" ");
  if (text.trim() === "") throw new UsageError(`missing ${what}`, command);
  return text;
}

/** A usage error for arguments a command does not take. */
export function noArguments(context: CommandContext, command: string): void {
  const first = context.positionals[0];
  if (first !== undefined) throw new UsageError(`unexpected argument ${quoteArg(first)}`, command);
}
