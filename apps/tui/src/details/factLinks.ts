import type {
  DatasetRecord,
  LabelLanguage,
  RelatedRecords,
  Relation,
  Relations,
} from "@korea-relations/core";
import type { DetailRow } from "./Detail.js";
import { labelText } from "./labelText.js";
import { relationField } from "./relationField.js";

/**
 * The records linked under `relation` as fact rows (`lead`: the field's
 * name), each opening its record; their evidence is that of the field of
 * the record that holds the link (a person's nationality, not the
 * country's own); `extra` adds to each row.
 */
export function factLinks(
  relations: Relations,
  related: RelatedRecords,
  relation: Relation,
  lead: string,
  lang: LabelLanguage,
  extra: (record: DatasetRecord) => Partial<DetailRow> = () => ({}),
): DetailRow[] {
  const field = relationField(related.record.type, relation);
  return ((related.links[relation] ?? []) as readonly DatasetRecord[]).map((record) => ({
    lead,
    text: labelText(relations, record, lang),
    ref: record.id,
    relation,
    ...(field ? { evidence: related.record.id, field } : {}),
    ...extra(record),
  }));
}
