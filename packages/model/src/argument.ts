/**
 * Argument checks shared by every exported function: a wrong argument type is
 * a `TypeError` naming the function's parameter, and a message quotes at most
 * 80 characters of what was given.
 */

/** Longest piece of an input an error message quotes. */
export const QUOTE_LIMIT = 80;

/** The input quoted for a message: JSON-escaped, cut to 80 characters with an ellipsis. */
export function quoted(value: string): string {
  const cut = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value;
  return JSON.stringify(cut);
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
