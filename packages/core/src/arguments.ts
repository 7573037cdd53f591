/**
 * Checks of the arguments every exported function takes. A wrong type is a
 * `TypeError`, an unknown option key a `TypeError` naming it and the nearest
 * valid key, a value outside a closed set a `RangeError` listing the set; a
 * message quotes at most 80 characters of the input.
 */
import { quoted, typeName } from "@korea-relations/model";
import { closest } from "./closest.js";

/** A "did you mean" tail for a message, or "". */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const near = closest(input, candidates);
  return near === undefined ? "" : `: did you mean ${quoted(near)}?`;
}

/**
 * The options object as given (an empty one for `undefined`), after checking
 * that it is a plain object whose every key is one of `keys`.
 */
export function optionsObject(
  value: unknown,
  name: string,
  keys: readonly string[],
): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object, got ${typeName(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      throw new TypeError(
        `Unknown key ${quoted(key)} in ${name}${didYouMean(key, keys) || `: expected one of ${keys.join(", ")}`}`,
      );
    }
  }
  return value as Record<string, unknown>;
}

/** The array as given, or undefined for `undefined`; a `TypeError` for anything else. */
export function optionalArray(value: unknown, name: string): readonly unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    throw new TypeError(`${name} must be an array, got ${typeName(value)}`);
  return value;
}

/** A string from a closed set; `TypeError` for a non-string, `RangeError` naming the set. */
export function member<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value !== "string")
    throw new TypeError(`${name} must be a string, got ${typeName(value)}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(
      `Unknown ${name} ${quoted(value)}${didYouMean(value, allowed) || ""}: expected one of ${allowed.join(", ")}`,
    );
  }
  return value as T;
}

/** Every member of an optional array from a closed set. */
export function members<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
): T[] | undefined {
  return optionalArray(value, name)?.map((item) => member(item, allowed, name));
}

/** A non-negative integer option (floats are floored), or the default. */
export function count(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TypeError(`${name} must be a number, got ${typeName(value)}`);
  }
  if (value < 0) throw new RangeError(`${name} must be 0 or more, got ${value}`);
  return Math.floor(value);
}
