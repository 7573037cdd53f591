/**
 * The sources a set of records cites, oldest publication first, and a
 * source's short name for a caveat: its publisher (or title, or label) and
 * its date of publication.
 */
import type { DatasetRecord, IdMap, LabelLanguage } from "@korea-relations/model";
import { dateWords } from "../dateWords.js";
import { numberWords } from "../numberWords.js";
import type { Relations } from "../Relations.js";

import { BRIEF_WORDS } from "./briefWords.js";

/** Ids of the sources the records' evidence cites, by date of publication (undated last), then id. */
export function citedSources<I extends IdMap>(
  relations: Relations<I>,
  records: Iterable<DatasetRecord<I>>,
): I["source"][] {
  const ids = new Set<I["source"]>();
  for (const record of records) {
    for (const evidence of record.evidence ?? []) ids.add(evidence.source);
  }
  const keyed = [...ids].map(
    (id) => [relations.getSource(id).published?.value ?? "\uffff", id] as const,
  );
  return keyed
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([, id]) => id);
}

/** `taz (die tageszeitung), 26 Aug 2025`: publisher, else title, else label; then the date. */
export function sourceName<I extends IdMap>(
  relations: Relations<I>,
  id: I["source"],
  lang: LabelLanguage,
): string {
  const source = relations.getSource(id);
  const name = source.publisher?.value ?? source.title?.value ?? relations.recordLabel(id, lang);
  return source.published ? `${name}, ${dateWords(source.published, lang, "short")}` : name;
}

/**
 * "3 sources: taz (die tageszeitung), 2025-08-26; …", or "0 sources"; of
 * more than `limit`, the first `limit` and "…".
 */
export function sourcesPhrase<I extends IdMap>(
  relations: Relations<I>,
  ids: readonly I["source"][],
  lang: LabelLanguage,
  limit = Number.POSITIVE_INFINITY,
): string {
  const words = BRIEF_WORDS[lang];
  const count = words.counts.sources(numberWords(ids.length, lang), ids.length === 1);
  const names = ids.slice(0, limit).map((id) => sourceName(relations, id, lang));
  if (ids.length > limit) names.push("…");
  return ids.length === 0 ? count : `${count}: ${names.join("; ")}`;
}
