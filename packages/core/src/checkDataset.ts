/**
 * Checks the records given to `createRelations` and copies them: each against
 * the record JSON Schema the build emits from the one record schema (shape),
 * then together (unique ids, references, dates, `partOf` cycles) with the
 * checks the build runs. Returns deep-frozen copies, or throws one
 * `DatasetError` listing every problem.
 */
import { type DatasetRecord, type IdMap, recordProblems, typeName } from "@korea-relations/model";
import { type CompiledSchema, compileSchema } from "./compileSchema.js";
import { DatasetError, type DatasetProblem } from "./errors.js";
import { RECORD_SCHEMA } from "./generated/recordSchema.js";

let checkRecord: CompiledSchema | undefined;

/** The compiled check of one record. */
function recordCheck(): CompiledSchema {
  if (!checkRecord) {
    const { items, $defs } = RECORD_SCHEMA as { items: object; $defs: object };
    checkRecord = compileSchema({ ...items, $defs });
  }
  return checkRecord;
}

/** Frozen copies of valid records; throws `TypeError` for a non-array, `DatasetError` for problems. */
export function checkDataset<I extends IdMap>(records: unknown): readonly DatasetRecord<I>[] {
  if (!Array.isArray(records)) {
    throw new TypeError(
      `createRelations(records) must be an array of records, got ${typeName(records)}`,
    );
  }
  const check = recordCheck();
  const problems: DatasetProblem[] = [];
  const copies: DatasetRecord<I>[] = [];
  const indexOf = new Map<string, number>();
  const invalid = new Set<string>();
  // Array.from: a hole is an undefined record, not skipped.
  Array.from(records).forEach((record, index) => {
    const raw =
      typeof record === "object" && record !== null ? (record as { id?: unknown }).id : undefined;
    const id = typeof raw === "string" ? raw : undefined;
    let failed = false;
    const copy = check(record, "", (field, message) => {
      failed = true;
      problems.push({
        index,
        ...(id === undefined ? {} : { id }),
        ...(field ? { field } : {}),
        message,
      });
    });
    if (id !== undefined) {
      const first = indexOf.get(id);
      if (first !== undefined) {
        problems.push({ index, id, field: "id", message: `duplicate id: also record ${first}` });
        return;
      }
      indexOf.set(id, index);
    }
    if (failed) {
      if (id !== undefined) invalid.add(id);
      return;
    }
    copies.push(copy as DatasetRecord<I>);
  });
  const byId = new Map(copies.map((copy) => [copy.id, copy as DatasetRecord]));
  for (const problem of recordProblems(
    copies as readonly DatasetRecord[],
    (id) => byId.get(id),
    invalid,
  )) {
    problems.push({ index: indexOf.get(problem.id) ?? -1, ...problem });
  }
  // In the order of the records, shape problems of a record before its references'.
  if (problems.length > 0) throw new DatasetError(problems.sort((a, b) => a.index - b.index));
  return Object.freeze(copies);
}
