/**
 * Compiles the record JSON Schema (the subset the dataset build emits) into
 * one function that checks a value and returns a deep-frozen copy holding
 * only the declared fields. Violations go to `report(path, message)`; the copy
 * is then incomplete and must not be used. Compiled once per schema, to
 * closures, so checking 100,000 records costs no schema walk per record; a
 * `type` discriminator (`allOf` of `if type = X then …`) becomes one lookup.
 */
import { quoted, typeName } from "@korea-relations/model";
import { closest } from "./closest.js";

type Node = { readonly [keyword: string]: unknown };
/** Reports a problem at a path. */
export type Report = (path: string, message: string) => void;
/** Problems found so far; without `report`, checks only count (messages are not built). */
interface Problems {
  count: number;
  readonly report?: Report;
}
type Check = (value: unknown, path: string, problems: Problems) => unknown;
/** Checks `value` at `path`, reporting to `report`; returns its frozen copy. */
export type CompiledSchema = (value: unknown, path: string, report: Report) => unknown;

const KNOWN = new Set(
  (
    "$schema $id $defs $ref title description type const enum pattern minLength maxLength " +
    "minimum maximum exclusiveMinimum exclusiveMaximum format items prefixItems minItems " +
    "maxItems properties required additionalProperties allOf anyOf oneOf if then else not"
  ).split(" "),
);

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Number of characters (code points) of a string, as JSON Schema counts them. */
const characters = (value: string) => {
  if (value.length < 2) return value.length;
  let count = 0;
  for (const _ of value) count++;
  return count;
};

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/** Records a problem; the message is built only when someone reads it. */
const fail = (problems: Problems, path: string, message: () => string): undefined => {
  problems.count++;
  problems.report?.(path, message());
  return undefined;
};

/** Values listed in a message: all of a short list, the first ten of a long one. */
const listed = (values: readonly unknown[]) =>
  values.length <= 12
    ? values.map(String).join(", ")
    : `${values.slice(0, 10).map(String).join(", ")}… (${values.length} values)`;

/** Whether a value passes a check, counting only. */
const passes = (check: Check, value: unknown): boolean => {
  const problems: Problems = { count: 0 };
  check(value, "", problems);
  return problems.count === 0;
};

/**
 * The discriminator of an `allOf` whose every part is `if: { properties: { K:
 * { const } } }, then: …`: the key K and the compiled `then` of each value.
 */
function discriminator(parts: readonly unknown[]): [string, Map<unknown, Node>] | undefined {
  let key: string | undefined;
  const branches = new Map<unknown, Node>();
  for (const part of parts) {
    if (!isNode(part) || !isNode(part.if) || !isNode(part.then) || Object.keys(part).length !== 2) {
      return undefined;
    }
    const properties = part.if.properties;
    if (!isNode(properties) || Object.keys(part.if).length !== 1) return undefined;
    const keys = Object.keys(properties);
    const condition = properties[keys[0] as string];
    if (keys.length !== 1 || !isNode(condition) || !("const" in condition)) return undefined;
    if (key !== undefined && key !== keys[0]) return undefined;
    key = keys[0] as string;
    branches.set(condition.const, part.then);
  }
  return key === undefined ? undefined : [key, branches];
}

/** Compiles `schema`; an unknown keyword throws, so the build and core never disagree silently. */
export function compileSchema(schema: Node): CompiledSchema {
  const defs = isNode(schema.$defs) ? schema.$defs : {};
  const compiled = new Map<string, Check>();

  const ref = (pointer: string): Check => {
    const name = pointer.replace("#/$defs/", "");
    const existing = compiled.get(name);
    if (existing) return existing;
    let inner: Check = () => undefined;
    const lazy: Check = (value, path, problems) => inner(value, path, problems);
    compiled.set(name, lazy);
    const def = defs[name];
    if (!isNode(def)) throw new Error(`Schema: no definition ${name}`);
    inner = compile(def);
    return lazy;
  };

  const stringCheck = (node: Node, typed: boolean): Check => {
    const rule = typeof node.description === "string" ? `must be ${node.description}` : undefined;
    const pattern = typeof node.pattern === "string" ? new RegExp(node.pattern, "u") : undefined;
    const min = typeof node.minLength === "number" ? node.minLength : 0;
    const max = typeof node.maxLength === "number" ? node.maxLength : Number.POSITIVE_INFINITY;
    const uri = node.format === "uri";
    return (value, path, problems) => {
      if (typeof value !== "string") {
        return typed
          ? fail(problems, path, () => `must be a string, got ${typeName(value)}`)
          : value;
      }
      if (pattern && !pattern.test(value)) {
        return fail(problems, path, () => rule ?? `must match ${pattern}`);
      }
      // JSON Schema counts characters (code points), not UTF-16 code units; the
      // UTF-16 length bounds them, so count only near a limit.
      if (value.length < min || (min > 0 && value.length < 2 * min && characters(value) < min)) {
        return fail(problems, path, () => `must have at least ${min} characters`);
      }
      if (value.length > max && characters(value) > max) {
        return fail(problems, path, () => `must have at most ${max} characters`);
      }
      if (uri && !URL.canParse(value))
        return fail(problems, path, () => "must be an address (URL)");
      return value;
    };
  };

  const numberCheck = (node: Node, integer: boolean): Check => {
    const min = typeof node.minimum === "number" ? node.minimum : Number.NEGATIVE_INFINITY;
    const max = typeof node.maximum === "number" ? node.maximum : Number.POSITIVE_INFINITY;
    const above = typeof node.exclusiveMinimum === "number" ? node.exclusiveMinimum : undefined;
    return (value, path, problems) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return fail(problems, path, () => `must be a number, got ${typeName(value)}`);
      }
      if (integer && !Number.isInteger(value))
        return fail(problems, path, () => "must be an integer");
      if (value < min || value > max) {
        return fail(problems, path, () => `must be between ${min} and ${max}`);
      }
      if (above !== undefined && value <= above) {
        return fail(problems, path, () => `must be more than ${above}`);
      }
      return value;
    };
  };

  const arrayCheck = (node: Node): Check => {
    const items = isNode(node.items) ? compile(node.items) : undefined;
    const prefix = Array.isArray(node.prefixItems)
      ? node.prefixItems.map((item) => compile(item as Node))
      : [];
    const noMore = node.items === false;
    const min = typeof node.minItems === "number" ? node.minItems : 0;
    const max = Math.min(
      typeof node.maxItems === "number" ? node.maxItems : Number.POSITIVE_INFINITY,
      noMore ? prefix.length : Number.POSITIVE_INFINITY,
    );
    return (value, path, problems) => {
      if (!Array.isArray(value)) {
        return fail(problems, path, () => `must be an array, got ${typeName(value)}`);
      }
      if (value.length < min) {
        return fail(problems, path, () =>
          min === 1 ? "must not be empty" : `must have at least ${min} items`,
        );
      }
      if (value.length > max) return fail(problems, path, () => `must have at most ${max} items`);
      const copy = new Array(value.length);
      for (let index = 0; index < value.length; index++) {
        const check = prefix[index] ?? items;
        copy[index] = check ? check(value[index], `${path}[${index}]`, problems) : value[index];
      }
      return Object.freeze(copy);
    };
  };

  /**
   * Object keywords. `typed` (the node says `type: "object"`): a non-object
   * fails and the result is a frozen copy of the declared fields. Untyped (an
   * `if`, an `else`): a non-object passes and the value is returned as is.
   */
  const objectCheck = (node: Node, typed: boolean): Check => {
    const properties = isNode(node.properties) ? node.properties : {};
    const names = Object.keys(properties);
    const known = new Set(names);
    const checks = names.map((name) => [name, compile(properties[name] as Node)] as const);
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    const closed = node.additionalProperties === false;
    return (value, path, problems) => {
      if (!isNode(value)) {
        return typed
          ? fail(problems, path, () => `must be an object, got ${typeName(value)}`)
          : value;
      }
      for (const name of required) {
        if (value[name] === undefined) fail(problems, join(path, name), () => "is required");
      }
      if (closed) {
        for (const key in value) {
          if (known.has(key) || !Object.hasOwn(value, key)) continue;
          fail(problems, join(path, key), () => {
            const near = closest(key, names);
            return `unknown field${near ? `: did you mean ${quoted(near)}?` : ""}`;
          });
        }
      }
      const copy: Record<string, unknown> = {};
      for (const [name, check] of checks) {
        const field = value[name];
        if (field !== undefined) copy[name] = check(field, join(path, name), problems);
      }
      return typed ? Object.freeze(copy) : value;
    };
  };

  const compile = (node: Node): Check => {
    for (const keyword of Object.keys(node)) {
      if (!KNOWN.has(keyword)) throw new Error(`Schema: unsupported keyword ${keyword}`);
    }
    const checks: Check[] = [];
    if (typeof node.$ref === "string") checks.push(ref(node.$ref));
    const type = node.type;
    const stringKeywords = "pattern" in node || "minLength" in node || "maxLength" in node;
    if (type === "string" || (type === undefined && stringKeywords)) {
      checks.push(stringCheck(node, type === "string"));
    } else if (type === "number" || type === "integer") {
      checks.push(numberCheck(node, type === "integer"));
    } else if (type === "boolean") {
      checks.push((value, path, problems) =>
        typeof value === "boolean"
          ? value
          : fail(problems, path, () => `must be true or false, got ${typeName(value)}`),
      );
    } else if (type === "array") checks.push(arrayCheck(node));
    else if (type === "object") checks.push(objectCheck(node, true));
    else if (type === undefined && ("properties" in node || "required" in node)) {
      checks.push(objectCheck(node, false));
    } else if (type !== undefined) throw new Error(`Schema: unsupported type ${String(type)}`);

    if ("const" in node) {
      const expected = node.const;
      checks.push((value, path, problems) =>
        value === expected
          ? value
          : fail(problems, path, () => `must be ${quoted(String(expected))}`),
      );
    }
    if (Array.isArray(node.enum)) {
      const list = node.enum;
      const values = new Set(list);
      checks.push((value, path, problems) => {
        if (values.has(value)) return value;
        return fail(problems, path, () => {
          const near = typeof value === "string" ? closest(value, list.map(String)) : undefined;
          return `${typeof value === "string" ? quoted(value) : typeName(value)} is not allowed${near ? `: did you mean ${quoted(near)}?` : ""} (one of ${listed(list)})`;
        });
      });
    }
    if (Array.isArray(node.allOf)) {
      const switched = discriminator(node.allOf);
      if (switched) {
        const [key, branches] = switched;
        const thens = new Map([...branches].map(([value, then]) => [value, compile(then)]));
        checks.push((value, path, problems) => {
          const then = isNode(value) ? thens.get(value[key]) : undefined;
          return then ? then(value, path, problems) : value;
        });
      } else for (const part of node.allOf) checks.push(compile(part as Node));
    }
    for (const keyword of ["anyOf", "oneOf"]) {
      const options = node[keyword];
      if (!Array.isArray(options)) continue;
      const alternatives = options.map((option) => compile(option as Node));
      const rule = typeof node.description === "string" ? `must be ${node.description}` : undefined;
      checks.push((value, path, problems) => {
        const match = alternatives.find((alternative) => passes(alternative, value));
        return match
          ? match(value, path, problems)
          : fail(problems, path, () => rule ?? "matches none of the allowed shapes");
      });
    }
    if (isNode(node.if)) {
      const condition = compile(node.if);
      const then = isNode(node.then) ? compile(node.then) : undefined;
      const otherwise = isNode(node.else) ? compile(node.else) : undefined;
      checks.push((value, path, problems) => {
        const branch = passes(condition, value) ? then : otherwise;
        return branch ? branch(value, path, problems) : value;
      });
    }
    if (isNode(node.not)) {
      const negated = compile(node.not);
      checks.push((value, path, problems) =>
        passes(negated, value) ? fail(problems, path, () => "is not allowed") : value,
      );
    }
    if (checks.length === 1) return checks[0] as Check;
    // Checks that copy return a new object; the others return the value. The
    // copy is the last one made: a record's full shape (its `then`) comes after
    // the discriminator's.
    return (value, path, problems) => {
      const before = problems.count;
      let copy: unknown = value;
      for (const check of checks) {
        const result = check(value, path, problems);
        if (problems.count > before) return undefined;
        if (result !== value && result !== undefined) copy = result;
      }
      return copy;
    };
  };

  const root = compile(schema);
  return (value, path, report) => root(value, path, { count: 0, report });
}
