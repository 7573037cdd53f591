import type { IdMap, Relations } from "./createRelations.js";
import { compareDates } from "./dates.js";
import type { Agreement, DatasetRecord, Event, Office, Person, Quote } from "./types.js";

/** The records linked to one record, each list in a stable order. */
export interface RelatedRecords {
  /** The record the lists are about. */
  readonly record: DatasetRecord;
  /** Date order. */
  readonly events: readonly Event[];
  /** Date order. */
  readonly agreements: readonly Agreement[];
  /** Date order. */
  readonly quotes: readonly Quote[];
  /** A person's offices oldest first; a country's or organization's newest first. */
  readonly offices: readonly Office[];
  /** By name, then id. */
  readonly people: readonly Person[];
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest observation first, then id. */
const newestFirst = (a: Office, b: Office) =>
  compareDates(b.observed, a.observed) || order(a.id, b.id);

const byName = (a: Person, b: Person) => order(a.name, b.name) || order(a.id, b.id);

/**
 * Every record linked to a record, by its type:
 *
 * - person: their offices (oldest first), the events they take part in, their
 *   quotes, the agreements reached at their events, and no people;
 * - country: its events as a party, the agreements it is party to, the quotes
 *   said at its events, its offices (any role, newest first) and its nationals;
 * - organization: the events it takes part in, the agreements it is party to,
 *   its quotes, its offices (newest first) and their holders;
 * - topic: the events, agreements and quotes about it;
 * - place: the events held there, and the agreements reached and quotes said at them;
 * - event: the event it is part of and the events part of it, its agreements
 *   and quotes, the offices its participants held then, and its participants;
 * - agreement and quote: the event they belong to (and a quote's speaker);
 * - office: the events its holder took part in while holding it, and its holder;
 * - source: every record of those types that it evidences.
 *
 * `ref` is an id, or for named records any name or alias; an unknown one
 * throws `UnknownEntityError` with suggestions.
 *
 * ```ts
 * const { offices, events, quotes } = relatedRecords(builtin(), "kang-kyung-wha");
 * ```
 */
export function relatedRecords<I extends IdMap>(
  relations: Relations<I>,
  ref: string,
): RelatedRecords {
  if (typeof ref !== "string") throw new TypeError("ref must be a string name or id");
  const record = relations.resolve(ref) ?? relations.get(ref);
  const { dataset } = relations;
  const eventIds = (events: readonly Event[]) => new Set(events.map((e) => e.id));
  const atEvents = <T extends { readonly event?: string }>(list: readonly T[], ids: Set<string>) =>
    list.filter((item) => item.event !== undefined && ids.has(item.event));
  const people = (ids: Iterable<string>) =>
    [...new Set(ids)]
      .map((id) => relations.resolve(id))
      .filter((p): p is Person => p?.type === "person")
      .sort(byName);
  const empty = { events: [], agreements: [], quotes: [], offices: [], people: [] };

  switch (record.type) {
    case "person": {
      const events = relations.findEvents({ people: [record.id] });
      return {
        record,
        events,
        agreements: atEvents(dataset.agreements, eventIds(events)),
        quotes: relations.findQuotes({ speaker: record.id }),
        offices: relations.officesOf(record.id),
        people: [],
      };
    }
    case "country": {
      const events = relations.timeline(record.id);
      return {
        record,
        events,
        agreements: relations.findAgreements({ parties: [record.id] }),
        quotes: atEvents(dataset.quotes, eventIds(events)),
        offices: dataset.offices.filter((o) => o.country === record.id).sort(newestFirst),
        people: dataset.people.filter((p) => p.nationality.includes(record.id)).sort(byName),
      };
    }
    case "organization": {
      const offices = dataset.offices.filter((o) => o.organization === record.id).sort(newestFirst);
      return {
        record,
        events: relations.findEvents({ organizations: [record.id] }),
        agreements: dataset.agreements.filter((a) => a.organizations?.includes(record.id)),
        quotes: relations.findQuotes({ speaker: record.id }),
        offices,
        people: people(offices.map((o) => o.person)),
      };
    }
    case "topic":
      return {
        ...empty,
        record,
        events: relations.findEvents({ topics: [record.id] }),
        agreements: dataset.agreements.filter((a) => a.topics.includes(record.id)),
        quotes: relations.findQuotes({ topics: [record.id] }),
      };
    case "place": {
      const events = dataset.events.filter((e) => e.place?.id === record.id);
      const ids = eventIds(events);
      return {
        ...empty,
        record,
        events,
        agreements: atEvents(dataset.agreements, ids),
        quotes: atEvents(dataset.quotes, ids),
      };
    }
    case "event": {
      const offices = record.participants
        .map((p) => (p.office === undefined ? undefined : relations.resolve(p.office)))
        .filter((o): o is Office => o?.type === "office");
      return {
        record,
        events: dataset.events.filter((e) => e.id === record.partOf || e.partOf === record.id),
        agreements: atEvents(dataset.agreements, new Set([record.id])),
        quotes: atEvents(dataset.quotes, new Set([record.id])),
        offices,
        people: people(record.participants.map((p) => p.person)),
      };
    }
    case "agreement":
    case "quote":
      return {
        ...empty,
        record,
        events: dataset.events.filter((e) => e.id === record.event),
        people: record.type === "quote" ? people([record.speaker]) : [],
      };
    case "office":
      return {
        ...empty,
        record,
        events: dataset.events.filter((e) =>
          e.participants.some((p) => p.office === record.id && p.person === record.person),
        ),
        people: people([record.person]),
      };
    case "source": {
      const cited = new Set(relations.citations(record.id as I["source"]).map((c) => c.record));
      const has = (r: { readonly id: string }) => cited.has(r.id);
      return {
        record,
        events: dataset.events.filter(has),
        agreements: dataset.agreements.filter(has),
        quotes: dataset.quotes.filter(has),
        offices: dataset.offices.filter(has).sort(newestFirst),
        people: dataset.people.filter(has).sort(byName),
      };
    }
  }
}
