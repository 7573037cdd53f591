import { readFileSync } from "node:fs";
import type { DatasetRecord } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copy, paths, recordArrays, TRICKY, validDatasets, values } from "../bench/arbitraries.js";
import { builtin } from "./builtin.js";
import { compileSchema } from "./compileSchema.js";
import { RECORD_SCHEMA } from "./generated/recordSchema.js";

type Schema = { readonly [keyword: string]: unknown };

/** Checks a value against a schema: the frozen copy and the problems as `path: message`. */
const compiled = new Map<Schema, ReturnType<typeof compileSchema>>();
function check(schema: Schema, value: unknown) {
  const problems: string[] = [];
  let compiledSchema = compiled.get(schema);
  if (!compiledSchema) {
    compiledSchema = compileSchema(schema);
    compiled.set(schema, compiledSchema);
  }
  const copy = compiledSchema(value, "", (path, message) => {
    problems.push(path ? `${path}: ${message}` : message);
  });
  return { copy, problems };
}
const problems = (schema: Schema, value: unknown) => check(schema, value).problems;

describe("compileSchema keywords", () => {
  it("strings: type, pattern (with its description), length and uri format", () => {
    const code = { type: "string", pattern: "^[A-Z]{2}$", description: "a code" };
    expect(problems(code, "KR")).toEqual([]);
    expect(problems(code, "kr")).toEqual(["must be a code"]);
    expect(problems({ type: "string", pattern: "^a" }, "b")).toEqual(["must match /^a/u"]);
    expect(problems(code, 1)).toEqual(["must be a string, got a number"]);
    expect(problems({ type: "string", minLength: 2, maxLength: 3 }, "a")).toEqual([
      "must have at least 2 characters",
    ]);
    expect(problems({ type: "string", maxLength: 3 }, "abcd")).toEqual([
      "must have at most 3 characters",
    ]);
    // Lengths count characters, as JSON Schema does: an emoji is one, not two code units.
    expect(problems({ type: "string", maxLength: 3 }, "😀😀😀")).toEqual([]);
    expect(problems({ type: "string", minLength: 2 }, "😀")).toEqual([
      "must have at least 2 characters",
    ]);
    expect(problems({ type: "string", format: "uri" }, "https://example.org/a")).toEqual([]);
    expect(problems({ type: "string", format: "uri" }, "not a url")).toEqual([
      "must be an address (URL)",
    ]);
    // String keywords without a type apply to strings only.
    expect(problems({ maxLength: 1 }, 12345)).toEqual([]);
  });

  it("numbers: finite, integer, bounds", () => {
    expect(problems({ type: "number" }, 1.5)).toEqual([]);
    expect(problems({ type: "number" }, Number.NaN)).toEqual(["must be a number, got a number"]);
    expect(problems({ type: "number" }, Number.POSITIVE_INFINITY)).toHaveLength(1);
    expect(problems({ type: "number" }, "1")).toEqual(["must be a number, got a string"]);
    expect(problems({ type: "integer" }, 1.5)).toEqual(["must be an integer"]);
    expect(problems({ type: "integer", minimum: 0, maximum: 9 }, 10)).toEqual([
      "must be between 0 and 9",
    ]);
    expect(problems({ type: "number", exclusiveMinimum: 0 }, 0)).toEqual(["must be more than 0"]);
  });

  it("booleans, const and enum (with the nearest allowed value)", () => {
    expect(problems({ type: "boolean" }, "true")).toEqual(["must be true or false, got a string"]);
    expect(problems({ const: "event" }, "evnt")).toEqual(['must be "event"']);
    expect(problems({ enum: ["visit", "phone"] }, "vist")).toEqual([
      '"vist" is not allowed: did you mean "visit"? (one of visit, phone)',
    ]);
    expect(problems({ enum: ["a"] }, 1)).toEqual(["a number is not allowed (one of a)"]);
    const many = Array.from({ length: 20 }, (_, i) => `v${i}`);
    expect(problems({ enum: many }, "zzzz")[0]).toContain(
      "v0, v1, v2, v3, v4, v5, v6, v7, v8, v9… (20 values)",
    );
  });

  it("arrays: items, prefixItems, no more items, length", () => {
    const pair = {
      type: "array",
      prefixItems: [{ type: "integer" }, { type: "integer" }],
      items: false,
      minItems: 2,
      maxItems: 2,
    };
    expect(problems(pair, [1, 2])).toEqual([]);
    expect(problems(pair, [1])).toEqual(["must have at least 2 items"]);
    expect(problems(pair, [1, 2, 3])).toEqual(["must have at most 2 items"]);
    expect(problems(pair, [1, "2"])).toEqual([
      "[1]: must be an integer, got a string".replace("an integer", "a number"),
    ]);
    expect(problems({ type: "array", minItems: 1 }, [])).toEqual(["must not be empty"]);
    expect(problems({ type: "array", items: { type: "string" } }, ["a", 1])).toEqual([
      "[1]: must be a string, got a number",
    ]);
    expect(problems({ type: "array" }, { length: 0 })).toEqual(["must be an array, got an object"]);
    // A hole is an undefined item.
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is checked
    expect(problems({ type: "array", items: { type: "string" } }, [, "a"])).toEqual([
      "[0]: must be a string, got undefined",
    ]);
  });

  it("objects: required, closed with the nearest field, nested paths", () => {
    const label = {
      type: "object",
      properties: { en: { type: "string" }, de: { type: "string" } },
      required: ["en", "de"],
      additionalProperties: false,
    };
    expect(problems(label, { en: "a", de: "b" })).toEqual([]);
    expect(problems(label, { en: "a" })).toEqual(["de: is required"]);
    expect(problems(label, { en: "a", de: "b", ed: "c" })).toEqual([
      'ed: unknown field: did you mean "en"?',
    ]);
    expect(problems(label, { en: "a", de: "b", zzzzz: 1 })).toEqual(["zzzzz: unknown field"]);
    expect(problems(label, null)).toEqual(["must be an object, got null"]);
    expect(problems(label, [])).toEqual(["must be an object, got an array"]);
    const nested = { type: "object", properties: { title: label } };
    expect(problems(nested, { title: { en: 1, de: "b" } })).toEqual([
      "title.en: must be a string, got a number",
    ]);
  });

  it("allOf, anyOf, oneOf, if/then/else and not", () => {
    const dated = {
      type: "object",
      properties: { basis: { enum: ["stated", "inferred"] }, reason: { type: "string" } },
      required: ["basis"],
      if: { properties: { basis: { const: "stated" } } },
      else: { required: ["reason"] },
    };
    expect(problems(dated, { basis: "stated" })).toEqual([]);
    expect(problems(dated, { basis: "inferred" })).toEqual(["reason: is required"]);
    const either = {
      anyOf: [{ type: "string" }, { type: "integer" }],
      description: "a name or a number",
    };
    expect(problems(either, "a")).toEqual([]);
    expect(problems(either, 1)).toEqual([]);
    expect(problems(either, true)).toEqual(["must be a name or a number"]);
    expect(problems({ oneOf: [{ type: "string" }] }, 1)).toEqual([
      "matches none of the allowed shapes",
    ]);
    expect(problems({ not: { type: "string" } }, "a")).toEqual(["is not allowed"]);
    expect(problems({ allOf: [{ type: "string" }, { maxLength: 1 }] }, "ab")).toEqual([
      "must have at most 1 characters",
    ]);
  });

  it("$ref, also recursive", () => {
    const tree = {
      $ref: "#/$defs/Node",
      $defs: {
        Node: {
          type: "object",
          properties: {
            name: { type: "string" },
            children: { type: "array", items: { $ref: "#/$defs/Node" } },
          },
          required: ["name"],
          additionalProperties: false,
        },
      },
    };
    expect(
      problems(tree, { name: "a", children: [{ name: "b", children: [{ name: "c" }] }] }),
    ).toEqual([]);
    expect(problems(tree, { name: "a", children: [{ children: [] }] })).toEqual([
      "children[0].name: is required",
    ]);
    expect(() => compileSchema({ $ref: "#/$defs/Missing" })).toThrow(
      "Schema: no definition Missing",
    );
  });

  it("refuses keywords and types it does not know, so the build and core never disagree silently", () => {
    expect(() => compileSchema({ type: "string", contentEncoding: "base64" })).toThrow(
      "Schema: unsupported keyword contentEncoding",
    );
    expect(() => compileSchema({ type: "null" })).toThrow("Schema: unsupported type null");
  });

  it("returns a deep-frozen copy holding only the declared fields", () => {
    const schema = {
      type: "object",
      properties: {
        list: { type: "array", items: { type: "object", properties: { a: { type: "string" } } } },
      },
    };
    const value = { list: [{ a: "x", extra: 1 }], other: 2 };
    const { copy, problems: found } = check(schema, value);
    expect(found).toEqual([]);
    expect(copy).toEqual({ list: [{ a: "x" }] });
    expect(copy).not.toBe(value);
    const list = (copy as { list: object[] }).list;
    expect(Object.isFrozen(copy) && Object.isFrozen(list) && Object.isFrozen(list[0])).toBe(true);
    value.list[0] = { a: "changed", extra: 0 };
    expect(list[0]).toEqual({ a: "x" });
  });

  it("copies a record by the shape of its type", () => {
    const [record] = fixture;
    const { copy, problems: found } = check(recordSchema, record);
    expect(found).toEqual([]);
    expect(copy).toEqual(record);
    expect(copy).not.toBe(record);
  });
});

/** The runtime record schema, one record at a time. */
const { items, $defs } = RECORD_SCHEMA as { items: Schema; $defs: Schema };
const recordSchema: Schema = { ...items, $defs };
/** The published schema, one record at a time. */
const published = JSON.parse(readFileSync(new URL("../data/schema.json", import.meta.url), "utf8"));
const publishedRecord: Schema = { ...published.items, $defs: published.$defs };

function ajvCheck(schema: Schema) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // The same test of an address as the runtime check (Ajv ships no formats).
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  const validate = ajv.compile(schema);
  return (value: unknown) => ({
    valid: validate(value) === true,
    paths: (validate.errors ?? []).map((e) => e.instancePath),
  });
}

/** Fuzzed records: the fixture's and a sample of the built-in dataset's, broken by mutations. */
const names = [
  "KR",
  "XX",
  "kr",
  "src-a",
  "2020",
  "2020-13",
  "",
  "x".repeat(301),
  // 200 characters, 400 UTF-16 code units: the length of an evidence quote (at most 300).
  "😀".repeat(200),
  "https://example.org",
  "a\u0000b",
];
const value = values(names, fixture);
const sample = builtin().dataset.records.filter((_, i) => i % 40 === 0);
const fuzzed = fc.oneof(
  recordArrays(fixture, value, 3),
  recordArrays(sample, value, 3),
  validDatasets,
);

describe("the runtime check agrees with Ajv on the record schema", () => {
  it("accepts every record of the built-in dataset, as Ajv does", () => {
    const ajv = ajvCheck(recordSchema);
    for (const record of builtin().dataset.records) {
      expect(problems(recordSchema, record), record.id).toEqual([]);
      expect(ajv(record).valid, record.id).toBe(true);
    }
  });

  it("rejects exactly the records Ajv rejects, for every single change to a field of the fixture", () => {
    const ajv = ajvCheck(recordSchema);
    const replacements = [...TRICKY, 0, -1, 1.5, true, null, [], {}, ["KR"], { value: "2020" }];
    const disagreements: string[] = [];
    let tried = 0;
    for (const base of fixture as readonly DatasetRecord[]) {
      for (const path of paths(base)) {
        if (path.length === 0) continue;
        const variants: unknown[] = [
          ...replacements.map((replacement) => ({ replacement })),
          { remove: true },
          { extra: `${String(path.at(-1))}s` },
        ];
        for (const variant of variants as Record<string, unknown>[]) {
          const record = copy(base) as Record<string | number, unknown>;
          let parent = record;
          for (const step of path.slice(0, -1)) parent = parent[step] as typeof parent;
          const key = path.at(-1) as string | number;
          if ("replacement" in variant) parent[key] = variant.replacement;
          else if ("remove" in variant) delete parent[key];
          else if (typeof parent[key] === "object" && parent[key] !== null) {
            (parent[key] as Record<string, unknown>)[variant.extra as string] = 1;
          } else continue;
          tried++;
          const ours = problems(recordSchema, record).length > 0;
          if (ours !== !ajv(record).valid) {
            disagreements.push(
              `${base.id} ${path.join(".")} ${JSON.stringify(variant).slice(0, 60)}: ours ${ours ? "rejects" : "accepts"}`,
            );
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(10_000);
    expect(disagreements).toEqual([]);
  });

  it("rejects exactly the fuzzed records Ajv rejects, on the same schema", () => {
    const ajv = ajvCheck(recordSchema);
    fc.assert(
      fc.property(fuzzed, (records) => {
        for (const record of records) {
          const ours = problems(recordSchema, record);
          const theirs = ajv(record);
          expect({ record, rejected: ours.length > 0 }).toEqual({
            record,
            rejected: !theirs.valid,
          });
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("rejects what Ajv rejects on the published schema.json, but for country codes it does not know", () => {
    const ajv = ajvCheck(publishedRecord);
    const countryPaths =
      /(^|\/)(id|country|countries\/\d+|subjects\/\d+|parties\/\d+|nationality\/\d+|members\/\d+)$/;
    fc.assert(
      fc.property(fuzzed, (records) => {
        for (const record of records) {
          const ours = problems(recordSchema, record).length > 0;
          const theirs = ajv(record);
          if (ours === !theirs.valid) continue;
          // Only the published enum of ISO codes may reject more (`XX`).
          expect(ours).toBe(false);
          expect(theirs.paths.every((path) => countryPaths.test(path) || path === "")).toBe(true);
        }
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});
