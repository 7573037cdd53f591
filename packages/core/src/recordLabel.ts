/**
 * A record's label in a language, by the record-kind registry: a country's,
 * place's or topic's name, a person's name, an event's or agreement's title, a
 * quote's text, a source's title (its summary where it has none), and for an
 * office its holder's name and the office ("Kang Kyung-wha: Minister of Foreign Affairs of South Korea").
 */
import { type DatasetRecord, type IdMap, kindOf, type LabelLanguage } from "@korea-relations/model";

/** The label of a record; `lookup` finds other records by id (an office's holder). */
export function recordLabel<I extends IdMap>(
  record: DatasetRecord<I>,
  lang: LabelLanguage,
  lookup: (id: string) => DatasetRecord<I> | undefined,
): string {
  const name = (id: string): string | undefined => {
    const other = lookup(id);
    return other && other !== record ? recordLabel(other, lang, lookup) : undefined;
  };
  return kindOf(record.type).label(record as never, lang, name);
}
