/**
 * Search entries built from dataset records: what each record type is found
 * by (names, titles, text), the records it refers to by field, its date, its
 * amounts, and how many records it is linked with.
 */
import { recordNames } from "../recordNames.js";
import type { DatasetRecord } from "../types.js";
import type { SearchEntry } from "./SearchEntry.js";

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

function entryOf(record: DatasetRecord, links: number): SearchEntry {
  const base = { type: record.type, id: record.id, links, refs: refsOf(record) };
  switch (record.type) {
    case "event":
      return {
        ...base,
        titles: [record.title.en, record.title.de],
        texts: [record.summary.en, record.summary.de],
        date: record.date,
      };
    case "agreement":
      return {
        ...base,
        titles: [record.title.en, record.title.de],
        texts: [
          record.summary.en,
          record.summary.de,
          ...(record.items ?? []).flatMap((item) => [item.name, ...(item.aliases ?? [])]),
        ],
        ...(record.date ? { date: record.date } : {}),
        amounts: [
          ...(record.value ?? []).map((v) => v.amount),
          ...(record.items ?? []).map((item) => item.quantity),
        ],
      };
    case "quote":
      return { ...base, texts: [record.text], date: record.date };
    case "office":
      return { ...base, titles: [record.title], date: record.observed };
    case "source":
      return {
        ...base,
        titles: record.title ? [record.title.value] : [],
        texts: [record.summary.en, record.summary.de, record.publisher?.value ?? ""],
        ...(record.published ? { date: record.published } : {}),
      };
    case "person":
    case "organization":
      return {
        ...base,
        names: recordNames(record),
        texts: [record.description.en, record.description.de],
      };
    default:
      return { ...base, names: recordNames(record) };
  }
}

/**
 * One entry per record, in the order given. A record's `links` counts the
 * records it is linked with either way: those it refers to or cites, and
 * those that refer to it or cite it (an event has its participants, a country
 * its events; a country nothing refers to has none).
 */
export function searchEntries(records: readonly DatasetRecord[]): SearchEntry[] {
  const known = new Set<string>();
  for (const record of records) known.add(record.id);
  const refs = records.map(refsOf);
  const links = new Map<string, number>();
  const count = (id: string, by: number) => links.set(id, (links.get(id) ?? 0) + by);
  for (let i = 0; i < records.length; i++) {
    const linked = new Set<string>();
    for (const ids of Object.values(refs[i] ?? {})) for (const id of ids) linked.add(id);
    for (const evidence of (records[i] as DatasetRecord).evidence ?? [])
      linked.add(evidence.source);
    let out = 0;
    for (const id of linked) {
      if (!known.has(id)) continue;
      count(id, 1);
      out++;
    }
    count((records[i] as DatasetRecord).id, out);
  }
  return records.map((record) => entryOf(record, links.get(record.id) ?? 0));
}
