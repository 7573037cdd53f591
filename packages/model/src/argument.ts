/**
 * Argument checks shared by every exported function: a wrong argument type is
 * a `TypeError` naming the function's parameter, and a message quotes at most
 * 80 characters of what was given.
 */

/** Longest piece of an input an error message quotes. */
export const QUOTE_LIMIT = 80;

/**
 * Characters a terminal acts on or that reorder text: C0 and C1 controls,
 * line and paragraph separators, bidi embeddings, overrides and isolates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A text with every control character written as an escape (`\u001b`), safe to print. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The input quoted for a message: JSON-escaped, cut to 80 characters with an ellipsis. */
export function quoted(value: string): string {
  return printable(
    JSON.stringify(value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value),
  );
}

/** What a value is, for a message: `a number`, `null`, `an array`. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" || type === "undefined"
    ? type === "object"
      ? "an object"
      : "undefined"
    : `a ${type}`;
}

/** Throws a `TypeError` unless `value` is a string. */
export function expectString(value: unknown, name: string): asserts value is string {
  if (typeof value !== "string")
    throw new TypeError(`${name} must be a string, got ${typeName(value)}`);
}
