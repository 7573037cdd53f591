/**
 * Search entries built from dataset records: what each record type is found
 * by (names, titles, text), the records it refers to by field, its date, its
 * amounts, and how many records it is linked with.
 */
import { recordNames } from "../recordNames.js";
import type { DatasetRecord } from "../types.js";
import type { SearchEntry, SearchSource } from "./SearchEntry.js";

type Refs = Record<string, readonly string[]>;

const one = (id: string | undefined): readonly string[] => (id === undefined ? [] : [id]);

function refsOf(record: DatasetRecord): Refs | undefined {
  switch (record.type) {
    case "event":
      return {
        participants: record.participants.map((p) => p.person),
        countries: record.countries,
        subjects: record.subjects,
        place: one(record.place?.id),
        organizations: record.organizations,
        topics: record.topics,
        partOf: one(record.partOf),
      };
    case "agreement":
      return {
        parties: record.parties,
        organizations: record.organizations ?? [],
        topics: record.topics,
        event: one(record.event),
      };
    case "quote":
      return { speaker: [record.speaker], event: one(record.event), topics: record.topics };
    case "office":
      return {
        person: [record.person],
        country: one(record.country),
        organization: one(record.organization),
      };
    case "person":
      return { nationality: record.nationality };
    case "place":
      return { country: one(record.country) };
    case "organization":
      return { country: one(record.country), members: record.members ?? [] };
    case "source":
      return { credits: record.credits?.map((c) => c.person) ?? [] };
    default:
      return undefined;
  }
}

/** Every entry has the same fields (some undefined), so reading them stays fast. */
function entry(
  record: DatasetRecord,
  links: number,
  refs: Refs | undefined,
  fields: {
    names?: readonly string[];
    titles?: readonly string[];
    texts?: readonly string[];
    date?: SearchEntry["date"];
    amounts?: readonly number[];
  },
): SearchEntry {
  return {
    type: record.type,
    id: record.id,
    names: fields.names,
    titles: fields.titles,
    texts: fields.texts,
    refs,
    date: fields.date,
    amounts: fields.amounts,
    links,
  };
}

function entryOf(record: DatasetRecord, links: number, refs: Refs | undefined): SearchEntry {
  switch (record.type) {
    case "event":
      return entry(record, links, refs, {
        titles: [record.title.en, record.title.de],
        texts: [record.summary.en, record.summary.de],
        date: record.date,
      });
    case "agreement":
      return entry(record, links, refs, {
        titles: [record.title.en, record.title.de],
        texts: [
          record.summary.en,
          record.summary.de,
          ...(record.items ?? []).flatMap((item) => [item.name, ...(item.aliases ?? [])]),
        ],
        date: record.date,
        amounts: [
          ...(record.value ?? []).map((v) => v.amount),
          ...(record.items ?? []).map((item) => item.quantity),
        ],
      });
    case "quote":
      return entry(record, links, refs, { texts: [record.text], date: record.date });
    case "office":
      return entry(record, links, refs, { titles: [record.title], date: record.observed });
    case "source":
      return entry(record, links, refs, {
        titles: record.title ? [record.title.value] : [],
        texts: [record.summary.en, record.summary.de, record.publisher?.value ?? ""],
        date: record.published,
      });
    case "person":
    case "organization":
      return entry(record, links, refs, {
        names: recordNames(record),
        texts: [record.description.en, record.description.de],
      });
    default:
      return entry(record, links, refs, { names: recordNames(record) });
  }
}

/**
 * How many records each record is linked with, either way: the references it
 * holds and the sources it cites, and the references to it and citations of
 * it (an event has its participants, a country its events; a country nothing
 * refers to has none). One pass over every record.
 */
export function linkCounts(records: readonly DatasetRecord[]): (index: number) => number {
  // Counts by id in one map, each reference costing one lookup.
  const slots = new Map<string, number>();
  let counts = new Int32Array(1024);
  const outgoing = new Int32Array(records.length);
  const count = (id: string) => {
    let slot = slots.get(id);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(id, slot);
      if (slot === counts.length) {
        const bigger = new Int32Array(counts.length * 2);
        bigger.set(counts);
        counts = bigger;
      }
    }
    counts[slot] = (counts[slot] as number) + 1;
  };
  const each = (ids: readonly string[] | undefined) => {
    if (ids) for (const id of ids) count(id);
    return ids?.length ?? 0;
  };
  const one = (id: string | undefined) => {
    if (id === undefined) return 0;
    count(id);
    return 1;
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as DatasetRecord;
    let out = 0;
    for (const evidence of record.evidence ?? []) out += one(evidence.source);
    switch (record.type) {
      case "event":
        for (const p of record.participants) out += one(p.person);
        out += each(record.countries) + each(record.subjects) + each(record.organizations);
        out += each(record.topics) + one(record.place?.id) + one(record.partOf);
        break;
      case "agreement":
        out += each(record.parties) + each(record.organizations) + each(record.topics);
        out += one(record.event);
        break;
      case "quote":
        out += one(record.speaker) + one(record.event) + each(record.topics);
        break;
      case "office":
        out += one(record.person) + one(record.country) + one(record.organization);
        break;
      case "person":
        out += each(record.nationality);
        break;
      case "place":
        out += one(record.country);
        break;
      case "organization":
        out += one(record.country) + each(record.members);
        break;
      case "source":
        for (const credit of record.credits ?? []) out += one(credit.person);
        break;
      default:
        break;
    }
    outgoing[i] = out;
  }
  return (index) => {
    const slot = slots.get((records[index] as DatasetRecord).id);
    return (outgoing[index] as number) + (slot === undefined ? 0 : (counts[slot] as number));
  };
}

/**
 * The records as entries built one at a time, when the engine indexes them.
 * `links` gives how many records the record at an index is linked with (a
 * caller that keeps link indexes can answer from them); by default
 * `linkCounts` counts them, on the first entry asked for.
 */
export function searchSource(
  records: readonly DatasetRecord[],
  links?: (index: number) => number,
): SearchSource {
  let count = links;
  return {
    length: records.length,
    type: (index) => (records[index] as DatasetRecord).type,
    entry: (index) => {
      count ??= linkCounts(records);
      const record = records[index] as DatasetRecord;
      return entryOf(record, count(index), refsOf(record));
    },
  };
}

/** One entry per record, in the order given (see `searchSource` and `linkCounts`). */
export function searchEntries(records: readonly DatasetRecord[]): SearchEntry[] {
  const source = searchSource(records);
  return Array.from({ length: records.length }, (_, index) => source.entry(index));
}
