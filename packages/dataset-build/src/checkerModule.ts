/**
 * The record check `createRelations` runs over any dataset, generated from the
 * runtime record JSON Schema (the same schema `compileSchema` interprets): one
 * function per schema node, each building the deep-frozen copy of a valid
 * value as an object literal, with paths and messages made only for problems
 * (by core's `ShapeProblems`). A keyword the generator does not know fails
 * the build, so the check and the schema never disagree silently.
 */
import * as vocabulary from "@korea-relations/model/vocabulary";

type Node = { readonly [keyword: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const KNOWN = new Set(
  (
    "$schema $id $defs $ref title description type const enum pattern minLength maxLength " +
    "minimum maximum exclusiveMinimum exclusiveMaximum format items prefixItems minItems " +
    "maxItems properties required additionalProperties allOf anyOf oneOf if then else"
  ).split(" "),
);

const literal = (value: unknown) => JSON.stringify(value);
const number = (value: unknown) => (typeof value === "number" ? String(value) : "undefined");

/** A step of a node's check: an expression of `v` and `p`, and whether it may copy `v`. */
interface Step {
  readonly code: string;
  readonly copies: boolean;
}

/** The discriminator of an `allOf` whose every part is `if: { properties: { K: { const } } }, then`. */
function discriminator(parts: readonly unknown[]): [string, [unknown, Node][]] | undefined {
  let key: string | undefined;
  const branches: [unknown, Node][] = [];
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
    branches.push([condition.const, part.then]);
  }
  return key === undefined ? undefined : [key, branches];
}

/** The module `generated/checkRecord.ts`, for the schema of a list of records. */
export function checkerModule(schema: Node, header: string): string {
  const defs = isNode(schema.$defs) ? schema.$defs : {};
  const lists = new Map<string, string>();
  for (const [name, value] of Object.entries(vocabulary)) {
    if (Array.isArray(value)) lists.set(JSON.stringify(value), name);
  }
  for (const [type, modes] of Object.entries(vocabulary.PLOVER_MODES)) {
    if (modes.length > 0) lists.set(JSON.stringify(modes), `PLOVER_MODES.${type}`);
  }
  const imports = new Set<string>();
  const constants: string[] = [];
  const functions: string[] = [];
  const defNames = new Map<string, string>();
  let counter = 0;

  const known = new Map<string, string>();
  const constant = (code: string): string => {
    let name = known.get(code);
    if (name === undefined) {
      name = `k${counter++}`;
      known.set(code, name);
      // Pure: a bundle that never checks records (a page showing the built-in data) drops the sets.
      constants.push(
        `const ${name} = ${code.startsWith("new ") ? "/* @__PURE__ */ " : ""}${code};`,
      );
    }
    return name;
  };
  const list = (values: readonly unknown[]): string => {
    const name = lists.get(JSON.stringify(values));
    if (name === undefined) return constant(literal(values));
    imports.add(name.split(".")[0] as string);
    return name;
  };
  const bodies = new Map<string, string>();
  /** A function with this body (the same one for the same body, unless it needs its own name). */
  const fn = (body: string, name?: string): string => {
    const same = name === undefined ? bodies.get(body) : undefined;
    if (same !== undefined) return same;
    const id = name ?? `c${counter++}`;
    if (name === undefined) bodies.set(body, id);
    functions.push(`function ${id}(v: any, p: ShapeProblems): any {\n${body}\n}`);
    return id;
  };

  const ref = (pointer: string): string => {
    const name = pointer.replace("#/$defs/", "");
    const known = defNames.get(name);
    if (known) return known;
    const def = defs[name];
    if (!isNode(def)) throw new Error(`Schema: no definition ${name}`);
    const id = `d${name.replace(/\W/g, "_")}`;
    defNames.set(name, id);
    const body = compile(def, id);
    // A definition that is only another definition is written as a call to it.
    if (body !== id) fn(`  return ${body}(v, p);`, id);
    return id;
  };

  /** The object step of a typed (copying) or untyped node. */
  const objectStep = (node: Node, typed: boolean, name?: string): Step => {
    const properties = isNode(node.properties) ? node.properties : {};
    const names = Object.keys(properties);
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    const closed = node.additionalProperties === false;
    if (node.additionalProperties !== undefined && !closed) {
      throw new Error("Schema: additionalProperties other than false");
    }
    const lines: string[] = [`  if (!p.object(v, ${typed})) return${typed ? "" : " v"};`];
    for (const name of required) {
      lines.push(
        `  if (v[${literal(name)}] === undefined) p.failAt(${literal(name)}, "is required");`,
      );
    }
    if (closed) {
      const names_ = list(names);
      lines.push(`  p.closed(v, ${constant(`new Set(${names_})`)}, ${names_});`);
    }
    const checks = names.map((name) => compile(properties[name] as Node));
    names.forEach((name, i) => {
      lines.push(`  const f${i} = p.field(${literal(name)}, v[${literal(name)}], ${checks[i]});`);
    });
    if (!typed) return { code: `${fn([...lines, "  return v;"].join("\n"))}(v, p)`, copies: false };
    const always = names.filter((name) => required.includes(name));
    const body = always.map((name) => `${literal(name)}: f${names.indexOf(name)}`).join(", ");
    lines.push(`  const c: Record<string, unknown> = { ${body} };`);
    names.forEach((name, i) => {
      if (!required.includes(name))
        lines.push(`  if (f${i} !== undefined) c[${literal(name)}] = f${i};`);
    });
    lines.push("  return Object.freeze(c);");
    return { code: `${fn(lines.join("\n"), name)}(v, p)`, copies: true };
  };

  /** The name of the function checking `node` (`name` if it needs a new one). */
  const compile = (node: Node, name?: string): string => {
    for (const keyword of Object.keys(node)) {
      if (!KNOWN.has(keyword)) throw new Error(`Schema: unsupported keyword ${keyword}`);
    }
    if (Object.keys(node).every((k) => k === "$ref" || k === "description")) {
      if (typeof node.$ref === "string") return ref(node.$ref);
    }
    const steps: Step[] = [];
    if (typeof node.$ref === "string")
      steps.push({ code: `${ref(node.$ref)}(v, p)`, copies: true });
    const type = node.type;
    const description = typeof node.description === "string" ? node.description : undefined;
    const stringKeywords = "pattern" in node || "minLength" in node || "maxLength" in node;
    if (type === "string" || (type === undefined && stringKeywords)) {
      const pattern =
        typeof node.pattern === "string"
          ? constant(`new RegExp(${literal(node.pattern)}, "u")`)
          : "undefined";
      const rule =
        typeof node.pattern !== "string"
          ? "undefined"
          : literal(
              description !== undefined
                ? `must be ${description}`
                : `must match ${new RegExp(node.pattern, "u")}`,
            );
      const args = [
        String(type === "string"),
        pattern,
        rule,
        number(node.minLength),
        number(node.maxLength),
        String(node.format === "uri"),
      ];
      while (args.at(-1) === "undefined" || args.at(-1) === "false") args.pop();
      // A string that must be one of a list or one value: one step.
      const plain = args.length === 1 && type === "string";
      if (plain && Array.isArray(node.enum)) {
        const values = list(node.enum);
        steps.push({
          code: `p.oneOf(v, ${constant(`new Set(${values})`)}, ${values}, true)`,
          copies: false,
        });
      } else if (plain && "const" in node) {
        steps.push({ code: `p.constant(v, ${literal(node.const)}, true)`, copies: false });
      } else steps.push({ code: `p.string(v, ${args.join(", ")})`, copies: false });
      if (node.format !== undefined && node.format !== "uri") {
        throw new Error(`Schema: unsupported format ${String(node.format)}`);
      }
    } else if (type === "number" || type === "integer") {
      if (node.exclusiveMaximum !== undefined) throw new Error("Schema: exclusiveMaximum");
      steps.push({
        code: `p.number(v, ${type === "integer"}, ${number(node.minimum)}, ${number(node.maximum)}, ${number(node.exclusiveMinimum)})`,
        copies: false,
      });
    } else if (type === "boolean") {
      steps.push({ code: "p.boolean(v)", copies: false });
    } else if (type === "array") {
      const items = isNode(node.items) ? compile(node.items) : "undefined";
      const prefix = Array.isArray(node.prefixItems)
        ? node.prefixItems.map((item) => compile(item as Node))
        : [];
      const max = Math.min(
        typeof node.maxItems === "number" ? node.maxItems : Number.POSITIVE_INFINITY,
        node.items === false ? prefix.length : Number.POSITIVE_INFINITY,
      );
      const args = [
        items,
        number(node.minItems ?? 0),
        Number.isFinite(max) ? String(max) : "undefined",
      ];
      if (prefix.length > 0) args.push(constant(`[${prefix.join(", ")}]`));
      steps.push({ code: `p.list(v, ${args.join(", ")})`, copies: true });
    } else if (type === "object") {
      const alone = ["$ref", "const", "enum", "allOf", "anyOf", "oneOf", "if"].every(
        (keyword) => !(keyword in node),
      );
      steps.push(objectStep(node, true, alone ? name : undefined));
    } else if (type === undefined && ("properties" in node || "required" in node)) {
      steps.push(objectStep(node, false));
    } else if (type !== undefined) throw new Error(`Schema: unsupported type ${String(type)}`);

    const fused =
      type === "string" && steps.length === 1 && /^p\.(oneOf|constant)/.test(steps[0]?.code ?? "");
    if ("const" in node && !fused) {
      steps.push({ code: `p.constant(v, ${literal(node.const)})`, copies: false });
    }
    if (Array.isArray(node.enum) && !fused) {
      const values = list(node.enum);
      steps.push({
        code: `p.oneOf(v, ${constant(`new Set(${values})`)}, ${values})`,
        copies: false,
      });
    }
    if (Array.isArray(node.allOf)) {
      const switched = discriminator(node.allOf);
      if (switched) {
        const [key, branches] = switched;
        const table = constant(
          `new Map<unknown, (v: any, p: ShapeProblems) => any>([${branches.map(([value, then]) => `[${literal(value)}, ${compile(then)}]`).join(", ")}])`,
        );
        steps.push({
          code: `p.object(v, false) ? (${table}.get(v[${literal(key)}])?.(v, p) ?? v) : v`,
          copies: true,
        });
      } else {
        for (const part of node.allOf)
          steps.push({ code: `${compile(part as Node)}(v, p)`, copies: true });
      }
    }
    for (const keyword of ["anyOf", "oneOf"]) {
      const options = node[keyword];
      if (!Array.isArray(options)) continue;
      const alternatives = constant(
        `[${options.map((option) => compile(option as Node)).join(", ")}]`,
      );
      const rule = description === undefined ? "undefined" : literal(`must be ${description}`);
      steps.push({ code: `p.anyOf(v, ${alternatives}, ${rule})`, copies: true });
    }
    if (isNode(node.if)) {
      const condition = node.if;
      const properties = condition.properties;
      const keys = isNode(properties) ? Object.keys(properties) : [];
      const only =
        keys.length === 1 && isNode(properties) ? properties[keys[0] as string] : undefined;
      // `required: [key]` beside it: an absent key fails the condition.
      const required = condition.required;
      const needsKey = Array.isArray(required) && required.length === 1 && required[0] === keys[0];
      if (
        Object.keys(condition).length !== (needsKey ? 2 : 1) ||
        !isNode(only) ||
        Object.keys(only).join() !== "const"
      ) {
        throw new Error(
          "Schema: an if other than { properties: { key: { const } } } (with required: [key] or without)",
        );
      }
      const key = literal(keys[0]);
      const then = isNode(node.then) ? compile(node.then) : undefined;
      const otherwise = isNode(node.else) ? compile(node.else) : undefined;
      const absent = needsKey ? "" : ` || v[${key}] === undefined`;
      const holds = `!p.object(v, false)${absent} || v[${key}] === ${literal(only.const)}`;
      steps.push({
        code: `${holds} ? ${then ? `${then}(v, p)` : "v"} : ${otherwise ? `${otherwise}(v, p)` : "v"}`,
        copies: then !== undefined || otherwise !== undefined,
      });
    }
    if (steps.length === 0) return fn("  return v;", name);
    if (steps.length === 1) {
      const code = (steps[0] as Step).code;
      const call = /^(\w+)\(v, p\)$/.exec(code)?.[1];
      if (call !== undefined && (name === undefined || call === name)) return call;
      return fn(`  return ${code};`, name);
    }
    const lines = ["  const n = p.count;", "  let r: unknown = v;", "  let x: unknown;"];
    for (const step of steps) {
      lines.push(`  x = ${step.code};`, "  if (p.count !== n) return undefined;");
      if (step.copies) lines.push("  if (x !== v && x !== undefined) r = x;");
    }
    lines.push("  return r;");
    return fn(lines.join("\n"), name);
  };

  const root = compile(isNode(schema.items) ? schema.items : {});
  return `${header}
import { ${[...imports].sort().join(", ")} } from "@korea-relations/model";
import type { ShapeProblems } from "../ShapeProblems.js";

${constants.join("\n")}

${functions.join("\n\n")}

/**
 * Checks one record against the record JSON Schema, reporting to \`problems\`;
 * returns its deep-frozen copy holding only the declared fields (incomplete
 * after a problem: then it must not be used).
 */
export const checkRecord = (value: unknown, problems: ShapeProblems): unknown => ${root}(value, problems);
`;
}
