import type { RecordType, Relation } from "@korea-relations/core";
import { kindOf } from "@korea-relations/model";

/**
 * The field of a `type` record that holds its links under `relation`
 * (`countries` for an event's `parties`), from the record-kind registry;
 * undefined for a relation it does not hold (links pointing at it).
 */
export function relationField(type: RecordType, relation: Relation): string | undefined {
  const reference = kindOf(type).references.find((r) => r.relation === relation);
  return reference?.field.split(".")[0];
}
