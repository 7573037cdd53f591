/**
 * Compiles the record JSON Schema (the subset the dataset build emits) into
 * one function that checks a value and returns a deep-frozen copy holding
 * only the declared fields. Violations go to `report(path, message)`; the copy
 * is then incomplete and must not be used. Compiled once per schema, to
 * closures, so checking 100,000 records costs no schema walk per record.
 */
import { quoted, typeName } from "@korea-relations/model";
import { closest } from "./closest.js";

type Node = { readonly [keyword: string]: unknown };
/** Reports a problem at a path. */
export type Report = (path: string, message: string) => void;
/** Checks `value` at `path`; returns its frozen copy. */
export type Check = (value: unknown, path: string, report: Report) => unknown;

const KNOWN = new Set([
  "$schema",
  "$id",
  "$defs",
  "$ref",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "format",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "properties",
  "required",
  "additionalProperties",
  "allOf",
  "anyOf",
  "oneOf",
  "if",
  "then",
  "else",
  "not",
]);

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Number of characters (code points) of a string. */
const characters = (value: string) => {
  let count = 0;
  for (const _ of value) count++;
  return count;
};

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/** Values listed in a message: all of a short list, the first ten of a long one. */
const listed = (values: readonly unknown[]) =>
  values.length <= 12
    ? values.map(String).join(", ")
    : `${values.slice(0, 10).map(String).join(", ")}… (${values.length} values)`;

/** Whether a value passes a check, without reporting. */
const passes = (check: Check, value: unknown): boolean => {
  let ok = true;
  check(value, "", () => {
    ok = false;
  });
  return ok;
};

/** Compiles `schema`; an unknown keyword throws, so the build and core never disagree silently. */
export function compileSchema(schema: Node): Check {
  const defs = isNode(schema.$defs) ? schema.$defs : {};
  const compiled = new Map<string, Check>();

  const ref = (pointer: string): Check => {
    const name = pointer.replace("#/$defs/", "");
    const existing = compiled.get(name);
    if (existing) return existing;
    let inner: Check = () => undefined;
    const lazy: Check = (value, path, report) => inner(value, path, report);
    compiled.set(name, lazy);
    const def = defs[name];
    if (!isNode(def)) throw new Error(`Schema: no definition ${name}`);
    inner = compile(def);
    return lazy;
  };

  const compile = (node: Node): Check => {
    for (const keyword of Object.keys(node)) {
      if (!KNOWN.has(keyword)) throw new Error(`Schema: unsupported keyword ${keyword}`);
    }
    const checks: Check[] = [];
    const rule = typeof node.description === "string" ? `must be ${node.description}` : undefined;
    if (typeof node.$ref === "string") checks.push(ref(node.$ref));
    const type = node.type;
    const stringKeywords = "pattern" in node || "minLength" in node || "maxLength" in node;
    if (type === "string" || (type === undefined && stringKeywords)) {
      const pattern = typeof node.pattern === "string" ? new RegExp(node.pattern, "u") : undefined;
      const min = typeof node.minLength === "number" ? node.minLength : 0;
      const max = typeof node.maxLength === "number" ? node.maxLength : Number.POSITIVE_INFINITY;
      const uri = node.format === "uri";
      checks.push((value, path, report) => {
        if (typeof value !== "string") {
          return type === "string"
            ? report(path, `must be a string, got ${typeName(value)}`)
            : value;
        }
        if (pattern && !pattern.test(value)) return report(path, rule ?? `must match ${pattern}`);
        // JSON Schema counts characters (code points), not UTF-16 code units.
        if (value.length < min || (min > 0 && characters(value) < min)) {
          return report(path, `must have at least ${min} characters`);
        }
        if (value.length > max && characters(value) > max) {
          return report(path, `must have at most ${max} characters`);
        }
        if (uri && !URL.canParse(value)) return report(path, "must be an address (URL)");
        return value;
      });
    } else if (type === "number" || type === "integer") {
      const min = typeof node.minimum === "number" ? node.minimum : Number.NEGATIVE_INFINITY;
      const max = typeof node.maximum === "number" ? node.maximum : Number.POSITIVE_INFINITY;
      const above = typeof node.exclusiveMinimum === "number" ? node.exclusiveMinimum : undefined;
      checks.push((value, path, report) => {
        if (typeof value !== "number" || !Number.isFinite(value)) {
          return report(path, `must be a number, got ${typeName(value)}`);
        }
        if (type === "integer" && !Number.isInteger(value))
          return report(path, "must be an integer");
        if (value < min || value > max) return report(path, `must be between ${min} and ${max}`);
        if (above !== undefined && value <= above)
          return report(path, `must be more than ${above}`);
        return value;
      });
    } else if (type === "boolean") {
      checks.push((value, path, report) =>
        typeof value === "boolean"
          ? value
          : report(path, `must be true or false, got ${typeName(value)}`),
      );
    } else if (type === "array") checks.push(arrayCheck(node));
    else if (type === "object") checks.push(objectCheck(node, true));
    else if (type === undefined && ("properties" in node || "required" in node)) {
      checks.push(objectCheck(node, false));
    } else if (type !== undefined && type !== "string") {
      throw new Error(`Schema: unsupported type ${String(type)}`);
    }

    if ("const" in node) {
      const expected = node.const;
      checks.push((value, path, report) =>
        value === expected ? value : report(path, `must be ${quoted(String(expected))}`),
      );
    }
    if (Array.isArray(node.enum)) {
      const values = new Set(node.enum);
      const list = node.enum;
      checks.push((value, path, report) => {
        if (values.has(value)) return value;
        const near = typeof value === "string" ? closest(value, list.map(String)) : undefined;
        return report(
          path,
          `${typeof value === "string" ? quoted(value) : typeName(value)} is not allowed${near ? `: did you mean ${quoted(near)}?` : ""} (one of ${listed(list)})`,
        );
      });
    }
    if (Array.isArray(node.allOf))
      for (const part of node.allOf) checks.push(compile(part as Node));
    for (const keyword of ["anyOf", "oneOf"]) {
      const options = node[keyword];
      if (!Array.isArray(options)) continue;
      const alternatives = options.map((option) => compile(option as Node));
      checks.push((value, path, report) => {
        const match = alternatives.find((alternative) => passes(alternative, value));
        return match
          ? match(value, path, report)
          : report(path, rule ?? "matches none of the allowed shapes");
      });
    }
    if (isNode(node.if)) {
      const condition = compile(node.if);
      const then = isNode(node.then) ? compile(node.then) : undefined;
      const otherwise = isNode(node.else) ? compile(node.else) : undefined;
      checks.push((value, path, report) => {
        const branch = passes(condition, value) ? then : otherwise;
        return branch ? branch(value, path, report) : value;
      });
    }
    if (isNode(node.not)) {
      const negated = compile(node.not);
      checks.push((value, path, report) =>
        passes(negated, value) ? report(path, "is not allowed") : value,
      );
    }
    if (checks.length === 1) return checks[0] as Check;
    // Checks that copy return a new object; the others return the value. The
    // copy is the last one made: a record's full shape (its `then`) comes after
    // the discriminator's.
    return (value, path, report) => {
      let copy: unknown = value;
      let problems = 0;
      const counted: Report = (p, m) => {
        problems++;
        report(p, m);
      };
      for (const check of checks) {
        const result = check(value, path, counted);
        if (problems > 0) return undefined;
        if (result !== value && result !== undefined) copy = result;
      }
      return copy;
    };
  };

  const arrayCheck = (node: Node): Check => {
    const items = isNode(node.items) ? compile(node.items) : undefined;
    const prefix = Array.isArray(node.prefixItems)
      ? node.prefixItems.map((item) => compile(item as Node))
      : [];
    const noMore = node.items === false;
    const min = typeof node.minItems === "number" ? node.minItems : 0;
    const max = typeof node.maxItems === "number" ? node.maxItems : Number.POSITIVE_INFINITY;
    return (value, path, report) => {
      if (!Array.isArray(value)) return report(path, `must be an array, got ${typeName(value)}`);
      if (value.length < min) {
        return report(path, min === 1 ? "must not be empty" : `must have at least ${min} items`);
      }
      if (value.length > max || (noMore && value.length > prefix.length)) {
        return report(
          path,
          `must have at most ${Math.min(max, noMore ? prefix.length : max)} items`,
        );
      }
      const copy = new Array(value.length);
      for (let index = 0; index < value.length; index++) {
        const check = prefix[index] ?? items;
        copy[index] = check ? check(value[index], `${path}[${index}]`, report) : value[index];
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
    return (value, path, report) => {
      if (!isNode(value)) {
        return typed ? report(path, `must be an object, got ${typeName(value)}`) : value;
      }
      for (const name of required) {
        if (value[name] === undefined) report(join(path, name), "is required");
      }
      if (closed) {
        for (const key of Object.keys(value)) {
          if (known.has(key)) continue;
          const near = closest(key, names);
          report(join(path, key), `unknown field${near ? `: did you mean ${quoted(near)}?` : ""}`);
        }
      }
      const copy: Record<string, unknown> = {};
      for (const [name, check] of checks) {
        const field = value[name];
        if (field !== undefined) copy[name] = check(field, join(path, name), report);
      }
      return typed ? Object.freeze(copy) : value;
    };
  };

  return compile(schema);
}
