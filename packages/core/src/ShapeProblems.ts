/**
 * The problems a record's shape check finds, and the steps of the check that
 * the build generates from the record JSON Schema (`generated/checkRecord.ts`):
 * each step returns the value (or its deep-frozen copy) or reports a problem.
 * Paths are kept as keys and built into strings only for problems; messages
 * are those of `compileSchema`, which checks the same schema at run time.
 */
import { quoted, typeName } from "@korea-relations/model";
import { closest } from "./closest.js";

/** One step of a generated check: the value's frozen copy, or undefined after a problem. */
export type ShapeCheck = (value: unknown, problems: ShapeProblems) => unknown;

/** A problem: the keys leading to the value at fault, and what is wrong. */
export interface ShapeProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/** The value's own fields, once it is known to be an object. */
export type Fields = { readonly [key: string]: unknown };

const EMPTY: readonly unknown[] = Object.freeze([]);

/** Values listed in a message: all of a short list, the first ten of a long one. */
const listed = (values: readonly unknown[]) =>
  values.length <= 12
    ? values.map(String).join(", ")
    : `${values.slice(0, 10).map(String).join(", ")}… (${values.length} values)`;

/** Number of characters (code points) of a string, as JSON Schema counts them. */
const characters = (value: string) => {
  let count = 0;
  for (const _ of value) count++;
  return count;
};

export class ShapeProblems {
  readonly found: ShapeProblem[] = [];

  /** How many problems were found so far. */
  get count(): number {
    return this.found.length;
  }

  /** A problem of the value being checked; returns undefined. */
  fail(message: string): undefined {
    this.found.push({ path: [], message });
    return undefined;
  }

  /** A problem of the field `key` of the value being checked. */
  failAt(key: string | number, message: string): undefined {
    this.found.push({ path: [key], message });
    return undefined;
  }

  /** "must be a string, got a number". */
  notA(what: string, value: unknown): undefined {
    return this.fail(`must be ${what}, got ${typeName(value)}`);
  }

  /** Checks the field `key` (skipped when undefined); its problems' paths start with `key`. */
  field(key: string, value: unknown, check: ShapeCheck): unknown {
    if (value === undefined) return undefined;
    const before = this.found.length;
    const result = check(value, this);
    if (this.found.length !== before) this.#prefix(before, key);
    return result;
  }

  /** Checks item `index` of a list (undefined included); its problems' paths start with it. */
  item(index: number, value: unknown, check: ShapeCheck): unknown {
    const before = this.found.length;
    const result = check(value, this);
    if (this.found.length !== before) this.#prefix(before, index);
    return result;
  }

  #prefix(from: number, key: string | number): void {
    for (let i = from; i < this.found.length; i++) this.found[i]?.path.unshift(key);
  }

  /** Whether `value` is an object (not an array); reports one when `typed`. */
  object(value: unknown, typed: boolean): value is Fields {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return true;
    if (typed) this.notA("an object", value);
    return false;
  }

  /** Reports each field of `value` not among `known` (`names` for "did you mean"). */
  closed(value: Fields, known: ReadonlySet<string>, names: readonly string[]): void {
    for (const key in value) {
      if (known.has(key) || !Object.hasOwn(value, key)) continue;
      const near = closest(key, names);
      this.failAt(key, `unknown field${near ? `: did you mean ${quoted(near)}?` : ""}`);
    }
  }

  /** A list checked item by item (`prefix` for the first items, then `items`), as a frozen copy. */
  list(
    value: unknown,
    items: ShapeCheck | undefined,
    min = 0,
    max = Number.POSITIVE_INFINITY,
    prefix: readonly ShapeCheck[] = EMPTY as readonly ShapeCheck[],
  ): readonly unknown[] | undefined {
    if (!Array.isArray(value)) return this.notA("an array", value);
    if (value.length < min) {
      return this.fail(min === 1 ? "must not be empty" : `must have at least ${min} items`);
    }
    if (value.length > max) return this.fail(`must have at most ${max} items`);
    if (value.length === 0) return EMPTY;
    const copy = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      const check = prefix[index] ?? items;
      copy[index] = check ? this.item(index, value[index], check) : value[index];
    }
    return Object.freeze(copy);
  }

  /** A string, matching `pattern` (`rule` says how, in a message) and within lengths. */
  string(
    value: unknown,
    typed: boolean,
    pattern?: RegExp,
    rule?: string,
    min = 0,
    max = Number.POSITIVE_INFINITY,
    uri = false,
  ): unknown {
    if (typeof value !== "string") return typed ? this.notA("a string", value) : value;
    if (pattern && !pattern.test(value)) return this.fail(rule ?? `must match ${pattern}`);
    if (value.length < min || (min > 0 && characters(value) < min)) {
      return this.fail(`must have at least ${min} characters`);
    }
    if (value.length > max && characters(value) > max) {
      return this.fail(`must have at most ${max} characters`);
    }
    if (uri && !URL.canParse(value)) return this.fail("must be an address (URL)");
    return value;
  }

  /** A finite number (an integer), within bounds. */
  number(
    value: unknown,
    integer: boolean,
    min = Number.NEGATIVE_INFINITY,
    max = Number.POSITIVE_INFINITY,
    above?: number,
  ): unknown {
    if (typeof value !== "number" || !Number.isFinite(value)) return this.notA("a number", value);
    if (integer && !Number.isInteger(value)) return this.fail("must be an integer");
    if (value < min || value > max) return this.fail(`must be between ${min} and ${max}`);
    if (above !== undefined && value <= above) return this.fail(`must be more than ${above}`);
    return value;
  }

  /** `true` or `false`. */
  boolean(value: unknown): unknown {
    return typeof value === "boolean" ? value : this.notA("true or false", value);
  }

  /** Exactly `expected` (`string`: and a string first). */
  constant(value: unknown, expected: unknown, string = false): unknown {
    if (value === expected) return value;
    if (string && typeof value !== "string") return this.notA("a string", value);
    return this.fail(`must be ${quoted(String(expected))}`);
  }

  /** One of `list` (as the set `allowed`), with the nearest one suggested (`string`: a string first). */
  oneOf(
    value: unknown,
    allowed: ReadonlySet<unknown>,
    list: readonly unknown[],
    string = false,
  ): unknown {
    if (allowed.has(value)) return value;
    if (string && typeof value !== "string") return this.notA("a string", value);
    const near = typeof value === "string" ? closest(value, list.map(String)) : undefined;
    return this.fail(
      `${typeof value === "string" ? quoted(value) : typeName(value)} is not allowed${near ? `: did you mean ${quoted(near)}?` : ""} (one of ${listed(list)})`,
    );
  }

  /** The first of `alternatives` the value passes, else the problem `rule`. */
  anyOf(value: unknown, alternatives: readonly ShapeCheck[], rule?: string): unknown {
    for (const alternative of alternatives) {
      if (passes(alternative, value)) return alternative(value, this);
    }
    return this.fail(rule ?? "matches none of the allowed shapes");
  }
}

/** Whether a value passes a check without problems. */
function passes(check: ShapeCheck, value: unknown): boolean {
  const problems = new ShapeProblems();
  check(value, problems);
  return problems.count === 0;
}

/** A problem's path as a field name: `participants[0].person`. */
export function shapePath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  }
  return out;
}
