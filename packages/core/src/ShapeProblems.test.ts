/**
 * The record check the build generates (`generated/checkRecord.ts`, run with
 * `ShapeProblems`) against `compileSchema`, which interprets the same record
 * JSON Schema at run time: the same problems (paths and messages, in order)
 * and the same copies, over every built-in record, a sweep of single-field
 * changes at every path of records of every type, and fuzzed records.
 */
import type { DatasetRecord } from "@korea-relations/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtin } from "./builtin.js";
import { compileSchema } from "./compileSchema.js";
import { checkRecord } from "./generated/checkRecord.js";
import { RECORD_SCHEMA } from "./generated/recordSchema.js";
import { ShapeProblems, shapePath } from "./ShapeProblems.js";

const { items, $defs } = RECORD_SCHEMA as { items: object; $defs: object };
const interpreted = compileSchema({ ...items, $defs });

function generated(value: unknown) {
  const problems = new ShapeProblems();
  const copy = checkRecord(value, problems);
  return {
    copy,
    problems: problems.found.map(({ path, message }) => {
      const field = shapePath(path);
      return field ? `${field}: ${message}` : message;
    }),
  };
}

function reference(value: unknown) {
  const problems: string[] = [];
  const copy = interpreted(value, "", (path, message) => {
    problems.push(path ? `${path}: ${message}` : message);
  });
  return { copy, problems };
}

/** Both checks agree on `value`: problems in the same order, equal copies when valid. */
function agree(value: unknown) {
  const mine = generated(value);
  const theirs = reference(value);
  expect(mine.problems).toEqual(theirs.problems);
  if (theirs.problems.length === 0) expect(mine.copy).toEqual(theirs.copy);
  return mine;
}

const isFrozenDeep = (value: unknown): boolean =>
  typeof value !== "object" ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(isFrozenDeep));

const records = builtin().dataset.records as readonly DatasetRecord[];
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

/** Every path of a JSON value: keys and indices from the root. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const out: (string | number)[][] = [prefix];
  for (const [key, child] of Object.entries(value)) {
    out.push(...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  }
  return out;
}

/** A copy of `value` with the value at `path` replaced (`undefined` deletes it). */
function changed(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  const root = plain(value);
  if (path.length === 0) return next;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1] as string | number;
  if (next === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = next;
  return root;
}

const BAD: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  "",
  " ",
  "x",
  "KR",
  "bad id",
  "2025-02-30",
  "\u0007",
  true,
  [],
  {},
  ["x"],
  { x: 1 },
];

describe("the generated record check", () => {
  it("accepts every built-in record, copying it deeply frozen, as compileSchema does", () => {
    for (const record of records) {
      const { copy, problems } = agree(plain(record));
      expect(problems).toEqual([]);
      expect(copy).toEqual(record);
      expect(isFrozenDeep(copy)).toBe(true);
    }
  });

  it("reports what compileSchema reports for a change at every path of a record of each type", () => {
    const samples = new Map<string, DatasetRecord[]>();
    for (const record of records) {
      const list = samples.get(record.type) ?? [];
      if (list.length < 2) list.push(record);
      samples.set(record.type, list);
    }
    let compared = 0;
    for (const list of samples.values()) {
      for (const record of list) {
        for (const path of paths(record)) {
          for (const next of BAD) {
            agree(changed(record, path, next));
            compared++;
          }
          const last = path[path.length - 1];
          if (typeof last === "string") {
            agree(changed(record, [...path.slice(0, -1), `${last}s`], 1));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it("agrees with compileSchema on fuzzed records and on arbitrary values", () => {
    const record = fc.constantFrom(...records).map(plain);
    fc.assert(
      fc.property(record, fc.nat(), fc.anything(), (base, at, next) => {
        const all = paths(base);
        agree(changed(base, all[at % all.length] as (string | number)[], next));
      }),
      { numRuns: 1500, seed: 12 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => void agree(value)),
      {
        numRuns: 500,
        seed: 13,
      },
    );
  });

  it("gives the same one-line problem for a wrong type in a nested field", () => {
    const record = plain(records.find((r) => r.type === "event"));
    const bad = changed(record, ["title", "en"], 7);
    expect(reference(bad).problems).toEqual(["title.en: must be a string, got a number"]);
    expect(generated(bad).problems).toEqual(reference(bad).problems);
  });
});
