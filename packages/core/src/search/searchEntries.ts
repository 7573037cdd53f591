/**
 * Search entries built from dataset records by the record-kind registry: what
 * a record is found by (names and titles, its text), the records it refers
 * to by relation (a word matching a participant's name finds the event), its
 * date, its amounts, and how many records it is linked with.
 */
import {
  type DatasetRecord,
  forEachReference,
  kindOf,
  type RecordKind,
  type RecordType,
  recordDate,
  referencesOf,
} from "@korea-relations/model";
import type { SearchEntry, SearchSource } from "./SearchEntry.js";

/** The ids a record refers to, grouped by relation. */
function refsOf(record: DatasetRecord): Record<string, readonly string[]> | undefined {
  const kind = kindOf(record.type) as RecordKind<RecordType>;
  if (kind.references.length === 0) return undefined;
  const refs: Record<string, string[]> = {};
  for (const reference of kind.references) refs[reference.relation] ??= [];
  // Evidence sources are no relation of the kind's: `refs.sources` stays undefined.
  forEachReference(record, (reference, id) => {
    refs[reference.relation]?.push(id);
  });
  return refs;
}

const HYPHENATED = /(\p{L})[-\u2010\u2011](?=\p{L})/gu;

/** Names with their hyphenated words also written as one ("Kyung-wha" → "Kyungwha"), as people type them. */
function withJoinedWords(names: readonly string[]): readonly string[] {
  const joined = names
    .filter((name) => HYPHENATED.test(name))
    .map((name) => name.replace(HYPHENATED, "$1"));
  HYPHENATED.lastIndex = 0;
  return joined.length === 0 ? names : [...names, ...joined];
}

/** One record's entry; every entry has the same fields (some undefined), so reading them stays fast. */
export function searchEntry(record: DatasetRecord, links: number): SearchEntry {
  const kind = kindOf(record.type) as RecordKind<RecordType>;
  const names = withJoinedWords(kind.names(record as never));
  const titles = kind.titles(record as never);
  const date = recordDate(record);
  const amounts = kind.amounts?.(record as never);
  return {
    type: record.type,
    id: record.id,
    names: names.length > 0 ? names : undefined,
    titles: titles.length > 0 ? titles : undefined,
    texts: kind.text(record as never),
    refs: refsOf(record),
    date:
      date &&
      (date.end === undefined ? { value: date.value } : { value: date.value, end: date.end }),
    amounts: amounts && amounts.length > 0 ? amounts : undefined,
    links,
  };
}

/**
 * The records as entries built one at a time, when the engine indexes them.
 * `links` gives how many records the record at a position is linked with.
 */
export function searchSource(
  records: readonly DatasetRecord[],
  links: (index: number) => number,
): SearchSource {
  return {
    length: records.length,
    type: (index) => (records[index] as DatasetRecord).type,
    entry: (index) => searchEntry(records[index] as DatasetRecord, links(index)),
    links,
  };
}

/**
 * How many records each record is linked with, either way (the references it
 * holds to records of the dataset, and those held to it), by position. One
 * pass over every reference, on first use.
 */
export function linkCounts(records: readonly DatasetRecord[]): (index: number) => number {
  let counts: Int32Array | undefined;
  return (index) => {
    if (!counts) {
      const positions = new Map<string, number>();
      records.forEach((record, position) => {
        positions.set(record.id, position);
      });
      counts = new Int32Array(records.length);
      records.forEach((record, position) => {
        for (const [, , id] of referencesOf(record)) {
          const target = positions.get(id);
          if (target === undefined) continue;
          (counts as Int32Array)[position] = ((counts as Int32Array)[position] as number) + 1;
          (counts as Int32Array)[target] = ((counts as Int32Array)[target] as number) + 1;
        }
      });
    }
    return counts[index] ?? 0;
  };
}

/** One entry per record, in the order given. */
export function searchEntries(records: readonly DatasetRecord[]): SearchEntry[] {
  const source = searchSource(records, linkCounts(records));
  return Array.from({ length: records.length }, (_, index) => source.entry(index));
}
