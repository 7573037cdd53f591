/**
 * The type guards of the built-in dataset's id unions (`isCountryCode`,
 * `isEventId`…, generated in `generated/guards.ts`, one per record type) check
 * a value against the built-in records, indexed by id on first use.
 */
import type { RecordType } from "@korea-relations/model";
import { builtin } from "./builtin.js";

let typeOfId: Map<string, RecordType> | undefined;

/** The type of the built-in record with this id, or undefined. */
function builtinType(id: string): RecordType | undefined {
  if (!typeOfId) {
    typeOfId = new Map(builtin().dataset.records.map((record) => [record.id, record.type]));
  }
  return typeOfId.get(id);
}

/** A guard: whether a value is the id of a built-in record of `type` (of any type without one). */
export function idGuard<Id extends string>(type?: RecordType): (value: unknown) => value is Id {
  return (value: unknown): value is Id => {
    if (typeof value !== "string") return false;
    const found = builtinType(value);
    return found !== undefined && (type === undefined || found === type);
  };
}
