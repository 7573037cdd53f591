import type {
  DatasetRecord,
  LabelLanguage,
  RecordType,
  RelatedRecords,
  Relation,
  Relations,
} from "@korea-relations/core";
import type { DetailRow, DetailSection } from "./Detail.js";
import { relationField } from "./relationField.js";
import { relationTitle } from "./relationTitle.js";
import { recordRow } from "./rows.js";

/** Plural words of record types, for sections that list several types. */
const TYPE_WORDS: { readonly [T in RecordType]: string } = {
  source: "sources",
  country: "countries",
  place: "places",
  organization: "organizations",
  person: "people",
  office: "offices",
  event: "events",
  agreement: "agreements",
  quote: "quotes",
  topic: "topics",
};

export interface RelationSectionOptions {
  /** Relations in the order their sections come; any other follows, so none is left out. */
  readonly order?: readonly Relation[];
  /** Relations already shown (as facts): no section of their own. */
  readonly shown?: ReadonlySet<Relation>;
  /** Only these relations (a part of the sections, the rest elsewhere). */
  readonly only?: readonly Relation[];
  /** Rows of a relation worded by the detail (participants with their office…). */
  readonly rowOf?: (record: DatasetRecord, relation: Relation) => DetailRow | undefined;
}

/**
 * A section for every relation core's `relatedRecords` reports for a record
 * (but those shown as facts), titled in words, each linked record a row that
 * opens it. A relation leading to several types (a source's `evidences`)
 * gets a section per type.
 */
export function relationSections(
  relations: Relations,
  related: RelatedRecords,
  lang: LabelLanguage,
  options: RelationSectionOptions = {},
): DetailSection[] {
  const type = related.record.type;
  const present = Object.keys(related.links) as Relation[];
  const order = [
    ...(options.order ?? []).filter((r) => present.includes(r)),
    ...present.filter((r) => !options.order?.includes(r)),
  ];
  const sections: DetailSection[] = [];
  for (const relation of order) {
    if (options.shown?.has(relation)) continue;
    if (options.only && !options.only.includes(relation)) continue;
    const records = (related.links[relation] ?? []) as readonly DatasetRecord[];
    if (records.length === 0) continue;
    // A link the record holds is backed by the record's evidence for that field.
    const field = relationField(type, relation);
    const own = field ? { evidence: related.record.id, field } : {};
    const row = (record: DatasetRecord) =>
      options.rowOf?.(record, relation) ?? {
        ...recordRow(relations, record, lang, relation, type),
        ...own,
      };
    const types = [...new Set(records.map((r) => r.type))];
    if (types.length <= 1) {
      sections.push({ title: relationTitle(type, relation), rows: records.map(row) });
      continue;
    }
    for (const t of types) {
      sections.push({
        title: `${relationTitle(type, relation)}: ${TYPE_WORDS[t]}`,
        rows: records.filter((r) => r.type === t).map(row),
      });
    }
  }
  return sections;
}
