/**
 * Checks the records given to `createRelations` and copies them: each against
 * the record JSON Schema the build emits from the one record schema (shape,
 * by the check the build generates from it), then together (unique ids,
 * references, dates, `partOf` cycles) with the checks the build runs.
 * Returns deep-frozen copies, or throws one `DatasetError` listing every
 * problem.
 */
import { type DatasetRecord, type IdMap, recordProblems, typeName } from "@korea-relations/model";
import { DatasetError, type DatasetProblem } from "./errors.js";
import { checkRecord } from "./generated/checkRecord.js";
import { ShapeProblems, shapePath } from "./ShapeProblems.js";

/**
 * Frozen copies of valid records; throws `TypeError` for a non-array,
 * `DatasetError` for problems. `byId`, when given, is filled with the copies
 * by id (so the caller need not build that map again).
 */
export function checkDataset<I extends IdMap>(
  records: unknown,
  byId: Map<string, DatasetRecord<I>> = new Map(),
): readonly DatasetRecord<I>[] {
  if (!Array.isArray(records)) {
    throw new TypeError(
      `createRelations(records) must be an array of records, got ${typeName(records)}`,
    );
  }
  const shape = new ShapeProblems();
  const problems: DatasetProblem[] = [];
  const copies: DatasetRecord<I>[] = [];
  const invalid = new Set<string>();
  // Where each id is first given: built only when a problem needs it.
  let firstIndex: Map<string, number> | undefined;
  const indexOf = (id: string) => {
    if (!firstIndex) {
      firstIndex = new Map();
      for (let index = records.length - 1; index >= 0; index--) {
        const raw = (records[index] as { id?: unknown } | null | undefined)?.id;
        if (typeof raw === "string") firstIndex.set(raw, index);
      }
    }
    return firstIndex.get(id) ?? -1;
  };
  // A plain loop: a hole is an undefined record, not skipped.
  for (let index = 0; index < records.length; index++) {
    const record: unknown = records[index];
    const raw =
      typeof record === "object" && record !== null ? (record as { id?: unknown }).id : undefined;
    const id = typeof raw === "string" ? raw : undefined;
    const before = shape.count;
    const copy = checkRecord(record, shape);
    for (let i = before; i < shape.count; i++) {
      const { path, message } = shape.found[i] as (typeof shape.found)[number];
      const field = shapePath(path);
      problems.push({
        index,
        ...(id === undefined ? {} : { id }),
        ...(field ? { field } : {}),
        message,
      });
    }
    const failed = shape.count !== before;
    if (id === undefined) continue;
    if (byId.has(id) || invalid.has(id)) {
      problems.push({
        index,
        id,
        field: "id",
        message: `duplicate id: also record ${indexOf(id)}`,
      });
      continue;
    }
    if (failed) invalid.add(id);
    else {
      byId.set(id, copy as DatasetRecord<I>);
      copies.push(copy as DatasetRecord<I>);
    }
  }
  for (const problem of recordProblems(
    copies as readonly DatasetRecord[],
    (id) => byId.get(id) as DatasetRecord | undefined,
    invalid,
  )) {
    problems.push({ index: indexOf(problem.id), ...problem });
  }
  // In the order of the records, shape problems of a record before its references'.
  if (problems.length > 0) throw new DatasetError(problems.sort((a, b) => a.index - b.index));
  return Object.freeze(copies);
}
