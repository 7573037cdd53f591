import type {
  DatasetRecord,
  LabelLanguage,
  RelatedRecords,
  Relation,
  Relations,
} from "@korea-relations/core";
import type { DetailRow } from "./Detail.js";
import { labelText } from "./labelText.js";

/**
 * The records linked under `relation` as fact rows (`lead`: the field's
 * name), each opening its record; `extra` adds to each row.
 */
export function factLinks(
  relations: Relations,
  related: RelatedRecords,
  relation: Relation,
  lead: string,
  lang: LabelLanguage,
  extra: (record: DatasetRecord) => Partial<DetailRow> = () => ({}),
): DetailRow[] {
  return ((related.links[relation] ?? []) as readonly DatasetRecord[]).map((record) => ({
    lead,
    text: labelText(relations, record, lang),
    ref: record.id,
    relation,
    ...extra(record),
  }));
}
