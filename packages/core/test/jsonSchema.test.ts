/**
 * The published JSON Schema (`data/schema.json`) under Ajv's draft 2020-12
 * validator in strict mode: it compiles, accepts the dataset, and rejects
 * what the validator rejects where JSON Schema can say it — one fixture per
 * rule, each also rejected by the zod schema the build validates with and by
 * core's own check of user datasets. Fixtures are built from the dataset's own
 * records and the vocabularies, so they follow the schema as it changes.
 * Then Ajv and core's check are compared on fuzzed records.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatasetRecord, PLOVER_MODES, PLOVER_TYPES } from "@korea-relations/model";
import { DatasetRecord as RecordSchema } from "@korea-relations/model/schema";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileSchema } from "../src/compileSchema.js";
import { createRelations } from "../src/createRelations.js";
import { DatasetError } from "../src/errors.js";
import { RECORD_SCHEMA } from "../src/generated/recordSchema.js";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");
type Json = { [key: string]: unknown };
const SCHEMA = JSON.parse(readFileSync(join(core, "data/schema.json"), "utf8")) as Json;
const RECORDS = JSON.parse(readFileSync(join(core, "data/dataset.json"), "utf8")) as Json[];

const ajvFor = (schema: Json) => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
};
const validate = ajvFor(SCHEMA);

/**
 * The field an Ajv error is about, written as core writes it (`date.reason`,
 * `countries[1]`; empty for the record itself).
 */
function field(error: ErrorObject): string {
  const segments = error.instancePath.split("/").slice(2);
  const missing = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof missing === "string") segments.push(missing);
  return segments
    .map((segment, index) =>
      /^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join("");
}

/** Ajv's errors for one record, as `field keyword`, without its `if` notes (the branch that failed). */
function ajvErrors(record: unknown): string[] {
  if (validate([record])) return [];
  return (validate.errors ?? [])
    .filter((error: ErrorObject) => error.keyword !== "if")
    .map((error: ErrorObject) => `${field(error)} ${error.keyword}`);
}

const runtimeCheck = (() => {
  const { items, $defs } = RECORD_SCHEMA as { items: object; $defs: object };
  return compileSchema({ ...items, $defs });
})();
/** Core's shape check of one record (the first step of `createRelations`): the problems' fields. */
function runtimeProblems(record: unknown): string[] {
  const problems: string[] = [];
  runtimeCheck(record, "", (path) => problems.push(path));
  return problems;
}

/**
 * What `createRelations` says of the dataset with one record replaced (by id;
 * added when its id is new): the fields of the problems it reports.
 */
function datasetProblems(record: Json): string[] {
  const records = RECORDS.filter((other) => other.id !== record.id);
  try {
    createRelations([...records, record] as unknown as DatasetRecord[]);
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.problems.map((problem) => problem.field ?? "");
  }
}

const copy = <T>(value: T): T => structuredClone(value);
const first = (type: string, has: (record: Json) => boolean = () => true): Json => {
  const record = RECORDS.find((candidate) => candidate.type === type && has(candidate));
  if (!record) throw new Error(`no ${type} record to build a fixture from`);
  return copy(record);
};
const event = () => first("event", (record) => (record.date as Json).basis === "stated");

/** A PLOVER type with modes, and a mode that only other types have. */
function foreignMode(): { type: string; mode: string } {
  for (const type of PLOVER_TYPES) {
    const own: readonly string[] = PLOVER_MODES[type];
    if (own.length === 0) continue;
    const mode = Object.values(PLOVER_MODES)
      .flat()
      .find((candidate) => !own.includes(candidate));
    if (mode) return { type, mode };
  }
  throw new Error("no PLOVER mode of another type");
}

/** One fixture per rule: the record and the one error Ajv must give (field and keyword). */
const FIXTURES: [rule: string, record: () => Json, error: string][] = [
  [
    "month 13",
    () => ({ ...event(), date: { value: "2020-13", basis: "stated" } }),
    "date.value pattern",
  ],
  [
    "day 32",
    () => ({ ...event(), date: { value: "2020-01-32", basis: "stated" } }),
    "date.value pattern",
  ],
  ["country XX", () => ({ ...event(), countries: ["KR", "XX"] }), "countries[1] enum"],
  [
    "a basis other than stated without a reason",
    () => ({ ...event(), date: { value: "2020-08-10", basis: "inferred" } }),
    "date.reason required",
  ],
  [
    "a PLOVER mode of another type",
    () => ({ ...event(), plover: foreignMode() }),
    "plover.mode enum",
  ],
  ["an unknown type", () => ({ ...event(), type: "spaceship" }), "type enum"],
  [
    "a javascript: URL",
    () => ({ ...first("source"), url: { value: "javascript:alert(1)", basis: "stated" } }),
    "url.value pattern",
  ],
  [
    "an ftp: URL",
    () => ({ ...first("source"), url: { value: "ftp://example.org/a", basis: "stated" } }),
    "url.value pattern",
  ],
  [
    "a control character in a text",
    () => {
      const topic = first("topic");
      return { ...topic, label: { ...(topic.label as Json), en: "Disarm\u0007ament" } };
    },
    "label.en pattern",
  ],
  [
    "a bidi override in a text",
    () => {
      const topic = first("topic");
      return { ...topic, label: { ...(topic.label as Json), de: "Abr\u202eüstung" } };
    },
    "label.de pattern",
  ],
];

describe("the published JSON Schema under Ajv 2020 (strict)", () => {
  it("compiles in strict mode and accepts every record of the dataset", () => {
    expect(validate(RECORDS), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("has a URN $id with the dataset's version, and shares its definitions by reference", () => {
    expect(SCHEMA.$id).toMatch(/^urn:korea-relations:dataset:\d+\.\d+\.\d+\+[0-9a-f]{12}:schema$/);
    expect(Object.keys(SCHEMA.$defs as Json)).toEqual(
      expect.arrayContaining(["Event", "DateValue", "PartialDate", "CountryCode", "Evidence"]),
    );
    expect(JSON.stringify(SCHEMA)).not.toMatch(/"oneOf"/);
  });

  it.each(FIXTURES)(
    "rejects %s, in one error at the field, as the validator does",
    (_rule, build, error) => {
      const record = build();
      expect(ajvErrors(record)).toEqual([error]);
      // The build's validator (its zod schema, then references) and core's check of user datasets.
      const [at] = error.split(" ");
      expect(datasetProblems(record), "createRelations").toEqual([at]);
      if (at !== "countries[1]") {
        expect(RecordSchema.safeParse(record).success, "the build's zod schema").toBe(false);
      }
    },
  );

  it("gives one error at the record for an extra property (and Ajv's note of the failed branch)", () => {
    const record = { ...event(), colour: "blue" };
    expect(ajvErrors(record)).toEqual(["colour additionalProperties"]);
    validate([record]);
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toEqual([
      ["/0", "additionalProperties"],
      ["/0", "if"],
    ]);
    expect(validate.errors?.[0]?.params).toEqual({ additionalProperty: "colour" });
    expect(RecordSchema.safeParse(record).success).toBe(false);
    expect(datasetProblems(record)).toEqual(["colour"]);
  });

  it("accepts each fixture's base record (the fixtures fail for their rule alone)", () => {
    for (const record of [event(), first("source"), first("topic")]) {
      expect(ajvErrors(record)).toEqual([]);
      expect(RecordSchema.safeParse(record).success).toBe(true);
      expect(datasetProblems(record)).toEqual([]);
    }
  });
});

describe("Ajv and core's check of user datasets", () => {
  /** The published schema with country codes checked as core checks them (by pattern). */
  const runtimeDefs = (RECORD_SCHEMA as { $defs: Json }).$defs;
  const byPattern = ajvFor({
    ...SCHEMA,
    $defs: { ...(SCHEMA.$defs as Json), CountryCode: runtimeDefs.CountryCode },
  });

  it("is the published schema but for the country codes", () => {
    const published = JSON.parse(JSON.stringify(SCHEMA)) as Json;
    for (const key of ["$id", "title", "description"]) delete published[key];
    (published.$defs as Json).CountryCode = runtimeDefs.CountryCode;
    expect(JSON.parse(JSON.stringify(RECORD_SCHEMA))).toEqual(published);
  });

  it("agree on a few hundred fuzzed records", () => {
    const bases = [...new Set(RECORDS.map((record) => record.type as string))].flatMap((type) =>
      RECORDS.filter((record) => record.type === type).slice(0, 3),
    );
    const strings = [
      ...["", " ", "x", "ok text", "two\nlines", "a\u0007b", "a\u202eb", "a\u2028b"],
      ...["2020", "2020-02", "2020-02-30", "2020-13", "2020-1-01", "20201", "2020-01-32"],
      ...["KR", "XX", "kr", "KOR", "stated", "inferred", "external", "en", "de", "ko", "xx"],
      ...["kebab-id", "Not Kebab", "-x", "01", "20", "21", "4", "CONSULT", "visit", "AGREE"],
      ...["https://example.org/a", "http://x.org", "javascript:alert(1)", "https://a b"],
      ...[
        "https://[",
        "ftp://x.org",
        "news-report",
        "summit",
        "EUR",
        "eur",
        "s.txt",
        "a".repeat(301),
      ],
    ];
    const values = fc.oneof(
      fc.constantFrom(...strings),
      fc.constantFrom(0, -1, 1, 1.5, 2 ** 53, true, false, null),
      fc.constantFrom({}, [], ["KR"], [{}], { value: "2020", basis: "stated" }),
      fc.constantFrom(...PLOVER_TYPES.map((type) => ({ type })), foreignMode()),
    );
    /** Every path in a value, objects and arrays included. */
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
      if (typeof value !== "object" || value === null) return [prefix];
      const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
      return [prefix, ...keys.flatMap((key) => paths((value as Json)[key], [...prefix, key]))];
    };
    const mutate = (record: Json, choice: number, operation: number, value: unknown): Json => {
      const all = paths(record).filter((path) => path.length > 0);
      const path = all[choice % all.length] ?? ["type"];
      const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Json)[key], record);
      const key = path.at(-1) as string | number;
      const target = parent as Json & unknown[];
      if (operation === 0 && !Array.isArray(parent)) delete target[key];
      else if (operation === 1 && !Array.isArray(parent)) target[`extra${choice % 3}`] = value;
      else if (operation === 2 && Array.isArray(parent)) parent.push(value);
      else target[key] = value;
      return record;
    };
    const mutation = fc.tuple(fc.nat(), fc.nat(4), values);
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        fc.array(mutation, { minLength: 0, maxLength: 2 }),
        (base, mutations) => {
          const record = copy(bases[base] as Json);
          for (const [choice, operation, value] of mutations) {
            mutate(record, choice, operation, copy(value));
          }
          const ajv = byPattern([record]);
          const runtime = runtimeProblems(record).length === 0;
          if (ajv) valid++;
          else invalid++;
          expect(
            runtime,
            `${JSON.stringify(record)}\nAjv: ${JSON.stringify(byPattern.errors)}`,
          ).toBe(ajv);
        },
      ),
      { numRuns: 400, seed: 20250823 },
    );
    expect(valid).toBeGreaterThan(40);
    expect(invalid).toBeGreaterThan(100);
  });
});
