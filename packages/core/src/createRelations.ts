import { compareDates, type DayRange, dateInterval, toDayRange } from "./dates.js";
import { UnknownEntityError } from "./errors.js";
import { nameKeys } from "./normalizeName.js";
import { recordNames } from "./recordNames.js";
import { type SearchEntry, type SearchHit, SearchIndex, type SearchOptions } from "./search.js";
import type {
  Agreement,
  AgreementKind,
  Country,
  DatasetRecord,
  Event,
  EventKind,
  EventStatus,
  Evidence,
  LabelLanguage,
  Language,
  Office,
  Organization,
  Person,
  Place,
  Quote,
  RecordOf,
  RecordType,
  Role,
  Source,
  Topic,
} from "./types.js";
import {
  AGREEMENT_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LABEL_LANGUAGES,
  LANGUAGES,
  RECORD_TYPES,
  ROLES,
} from "./vocabulary.js";

/** The id type of each record type. */
export interface IdMap {
  source: string;
  country: string;
  place: string;
  organization: string;
  person: string;
  office: string;
  event: string;
  agreement: string;
  quote: string;
  topic: string;
}

/** The id unions of a list of records (`string` for a list typed only as `DatasetRecord[]`). */
export type IdsOf<R extends readonly DatasetRecord[]> = {
  [T in RecordType]: Extract<R[number], { readonly type: T }>["id"];
};

/** A name or id: the literal ids complete in editors, any string is accepted. */
export type Ref<Id extends string> = Id | (string & {});

/** Every record, grouped by type. */
export interface Dataset {
  readonly records: readonly DatasetRecord[];
  readonly sources: readonly Source[];
  readonly countries: readonly Country[];
  readonly places: readonly Place[];
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];
  readonly offices: readonly Office[];
  readonly events: readonly Event[];
  readonly agreements: readonly Agreement[];
  readonly quotes: readonly Quote[];
  readonly topics: readonly Topic[];
}

export interface EventFilter<I extends IdMap = IdMap> {
  /** Every one of these countries is a party. */
  readonly countries?: readonly Ref<I["country"]>[];
  /** Every one of these people takes part. */
  readonly people?: readonly Ref<I["person"]>[];
  /** Every one of these organizations takes part. */
  readonly organizations?: readonly Ref<I["organization"]>[];
  /** Every one of these countries is a subject (talked about, not a party). */
  readonly subjects?: readonly Ref<I["country"]>[];
  /** Any of these topics. */
  readonly topics?: readonly Ref<I["topic"]>[];
  /** Any of these kinds. */
  readonly kinds?: readonly EventKind[];
  /** Partial ISO date: events whose date overlaps `[from, to]`. */
  readonly from?: string;
  /** Partial ISO date; a partial `to` covers its whole year or month. */
  readonly to?: string;
  /** Only events evidenced by this source. */
  readonly source?: I["source"];
  readonly status?: EventStatus;
}

export interface Partner {
  /** ISO alpha-2 code of the partner. */
  readonly country: string;
  /** Number of events in which both are parties. */
  readonly events: number;
  /** Date (`value`) of the first and last shared event. */
  readonly first: string;
  readonly last: string;
}

export interface OfficeQuery<I extends IdMap = IdMap> {
  readonly role: Role;
  readonly country?: Ref<I["country"]>;
  readonly organization?: Ref<I["organization"]>;
  /** Partial ISO date: holders in office then, nearest observation first. */
  readonly at?: string;
}

export interface QuoteFilter<I extends IdMap = IdMap> {
  /** A person or organization. */
  readonly speaker?: Ref<I["person"]> | Ref<I["organization"]>;
  /** Any of these topics. */
  readonly topics?: readonly Ref<I["topic"]>[];
  /** Language the quote is printed in. */
  readonly language?: Language;
  /** Only quotes said at this event. */
  readonly event?: I["event"];
  readonly from?: string;
  readonly to?: string;
}

export interface AgreementFilter<I extends IdMap = IdMap> {
  /** Every one of these countries is a party. */
  readonly parties?: readonly Ref<I["country"]>[];
  /** Any of these kinds. */
  readonly kinds?: readonly AgreementKind[];
  /** Only agreements reached at this event. */
  readonly event?: I["event"];
  readonly from?: string;
  readonly to?: string;
}

/** Evidence with its source record. */
export interface SourcedEvidence extends Evidence {
  readonly sourceRecord: Source;
}

/** A passage of a source cited by a record. */
export interface Citation {
  readonly record: string;
  readonly type: RecordType;
  readonly evidence: Evidence;
}

/** Queries over one dataset, with its indexes built once. */
export interface Relations<I extends IdMap = IdMap> {
  readonly dataset: Dataset;
  /** Any record by id; throws `UnknownEntityError`. */
  get(id: Ref<I[RecordType]>): DatasetRecord;
  getCountry(ref: Ref<I["country"]>): Country;
  getPerson(ref: Ref<I["person"]>): Person;
  getOrganization(ref: Ref<I["organization"]>): Organization;
  getTopic(ref: Ref<I["topic"]>): Topic;
  getPlace(ref: Ref<I["place"]>): Place;
  getEvent(id: I["event"]): Event;
  getAgreement(id: I["agreement"]): Agreement;
  getSource(id: I["source"]): Source;
  getQuote(id: I["quote"]): Quote;
  getOffice(id: I["office"]): Office;
  /** The record a name, alias or id names, of any type; never throws. */
  resolve(name: string): DatasetRecord | undefined;
  findEvents(filter?: EventFilter<I>): Event[];
  timeline(a: Ref<I["country"]>, b?: Ref<I["country"]>): Event[];
  partners(country: Ref<I["country"]>): Partner[];
  officeHolders(query: OfficeQuery<I>): Office[];
  /** Every office observation of a person, oldest first. */
  officesOf(person: Ref<I["person"]>): Office[];
  findQuotes(filter?: QuoteFilter<I>): Quote[];
  findAgreements(filter?: AgreementFilter<I>): Agreement[];
  search(query: string, options?: SearchOptions): SearchHit[];
  evidenceFor(id: Ref<I[RecordType]>): SourcedEvidence[];
  /** Every evidence that cites a source, in text order. */
  citations(source: I["source"]): Citation[];
}

const NAMED_TYPES = ["country", "person", "organization", "topic", "place"] as const;
type NamedType = (typeof NAMED_TYPES)[number];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function assertArray(value: unknown, name: string): readonly unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array`);
  return value;
}

function assertObject(value: unknown, name: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object`);
  }
  return value as Record<string, unknown>;
}

function assertMember<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value !== "string") throw new TypeError(`${name} must be a string`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`Unknown ${name} "${value}": expected one of ${allowed.join(", ")}`);
  }
  return value as T;
}

function evidenceOf(record: DatasetRecord): Evidence[] {
  const list = [...(record.evidence ?? [])];
  if (record.type === "source") list.push(...(record.credits ?? []).map((c) => c.evidence));
  return list;
}

/** The interval a filter's `from`/`to` covers, or undefined without either. */
function range(from: unknown, to: unknown): DayRange | undefined {
  if (from === undefined && to === undefined) return undefined;
  const start = from === undefined ? Number.NEGATIVE_INFINITY : toDayRange(from, "from").start;
  const end = to === undefined ? Number.POSITIVE_INFINITY : toDayRange(to, "to").end;
  if (start > end) throw new RangeError(`Invalid range: from "${from}" is after to "${to}"`);
  return { start, end, precision: 2 };
}

function overlaps(date: { value: string; end?: string } | undefined, window: DayRange): boolean {
  if (!date) return false;
  const interval = dateInterval(date);
  return interval.start <= window.end && interval.end >= window.start;
}

/** Sorts in place by date (the less precise first), then id. */
function byDate<T extends { readonly id: string }>(
  list: T[],
  dateOf: (item: T) => { value: string; end?: string } | undefined,
): T[] {
  return list.sort((a, b) => {
    const x = dateOf(a);
    const y = dateOf(b);
    if (x && y) {
      const order = compareDates(x, y);
      if (order !== 0) return order;
    } else if (x || y) return x ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * Builds the query API over any dataset of the published shape. Indexes are
 * built once, here; the search index on first search.
 */
export function createRelations<const R extends readonly DatasetRecord[]>(
  records: R,
): Relations<IdsOf<R>> {
  if (!Array.isArray(records)) throw new TypeError("createRelations expects an array of records");
  type I = IdsOf<R>;
  const all: readonly DatasetRecord[] = records;
  const byId = new Map<string, DatasetRecord>();
  const grouped = Object.fromEntries(RECORD_TYPES.map((type) => [type, [] as DatasetRecord[]])) as {
    [T in RecordType]: RecordOf<T>[];
  };
  for (const record of all) {
    if (byId.has(record.id)) throw new TypeError(`Duplicate record id "${record.id}"`);
    byId.set(record.id, record);
    (grouped[record.type] as DatasetRecord[]).push(record);
  }

  // Names: type → key → id, and key → id over all types. Where records share a
  // name, the first one given keeps it.
  const names = new Map<RecordType, Map<string, string>>();
  const anyName = new Map<string, string>();
  for (const record of all) {
    let map = names.get(record.type);
    if (!map) {
      map = new Map();
      names.set(record.type, map);
    }
    for (const name of [record.id, ...recordNames(record)]) {
      for (const key of nameKeys(name)) {
        if (!map.has(key)) map.set(key, record.id);
        if (!anyName.has(key)) anyName.set(key, record.id);
      }
    }
  }

  // Events in chronological order, with their rank, and posting lists in that order.
  const events = byDate([...grouped.event], (event) => event.date);
  const rank = new Map(events.map((event, index) => [event.id, index]));
  const intervals = new Map(events.map((event) => [event, dateInterval(event.date)]));
  const intervalOf = (event: Event) => intervals.get(event) ?? dateInterval(event.date);
  const starts = events.map((event) => intervalOf(event).start);
  let maxSpan = 0;
  // Events of each pair of parties ("DE|KR"), so a pair query reads only shared events.
  const eventsByPair = new Map<string, Event[]>();
  const eventsBy = {
    country: new Map<string, Event[]>(),
    person: new Map<string, Event[]>(),
    organization: new Map<string, Event[]>(),
    subject: new Map<string, Event[]>(),
    topic: new Map<string, Event[]>(),
    kind: new Map<string, Event[]>(),
    source: new Map<string, Event[]>(),
  };
  const sets = new Map<
    string,
    {
      countries: Set<string>;
      people: Set<string>;
      organizations: Set<string>;
      subjects: Set<string>;
    }
  >();
  for (const event of events) {
    const interval = intervalOf(event);
    maxSpan = Math.max(maxSpan, interval.end - interval.start);
    const parties = [...new Set(event.countries)].sort();
    // Stryker disable next-line UpdateOperator,EqualityOperator: a reversed loop never ends and exhausts memory
    for (let i = 0; i < parties.length; i++) {
      // Stryker disable next-line UpdateOperator,EqualityOperator: as above
      for (let j = i + 1; j < parties.length; j++)
        push(eventsByPair, `${parties[i]}|${parties[j]}`, event);
    }
    const people = new Set(event.participants.map((p) => p.person));
    const entry = {
      countries: new Set(event.countries),
      people,
      organizations: new Set(event.organizations),
      subjects: new Set(event.subjects),
    };
    sets.set(event.id, entry);
    for (const id of entry.countries) push(eventsBy.country, id, event);
    for (const id of people) push(eventsBy.person, id, event);
    for (const id of entry.organizations) push(eventsBy.organization, id, event);
    for (const id of entry.subjects) push(eventsBy.subject, id, event);
    for (const id of new Set(event.topics)) push(eventsBy.topic, id, event);
    push(eventsBy.kind, event.kind, event);
    for (const id of new Set(event.evidence.map((e) => e.source))) push(eventsBy.source, id, event);
  }

  const officesByRole = new Map<string, Office[]>();
  const officesByRoleCountry = new Map<string, Office[]>();
  const officesByPerson = new Map<string, Office[]>();
  // When each office observation is known to be held, and the middle of its observation date.
  const officeSpans = new Map<Office, { start: number; end: number; observed: number }>();
  for (const office of byDate([...grouped.office], (o) => o.observed)) {
    const observed = dateInterval(office.observed);
    officeSpans.set(office, {
      start: office.start ? dateInterval(office.start).start : Number.NEGATIVE_INFINITY,
      end: office.end
        ? dateInterval(office.end).end
        : office.status === "former"
          ? observed.start
          : Number.POSITIVE_INFINITY,
      observed: (observed.start + observed.end) / 2,
    });
    push(officesByRole, office.role, office);
    if (office.country) push(officesByRoleCountry, `${office.role}|${office.country}`, office);
    push(officesByPerson, office.person, office);
  }
  const quotes = byDate([...grouped.quote], (q) => q.date);
  const quotesBy = { speaker: new Map<string, Quote[]>(), topic: new Map<string, Quote[]>() };
  for (const quote of quotes) {
    push(quotesBy.speaker, quote.speaker, quote);
    for (const topic of new Set(quote.topics)) push(quotesBy.topic, topic, quote);
  }
  const agreements = byDate([...grouped.agreement], (a) => a.date);
  const agreementsByParty = new Map<string, Agreement[]>();
  for (const agreement of agreements) {
    for (const party of new Set(agreement.parties)) push(agreementsByParty, party, agreement);
  }
  const citationsBySource = new Map<string, Citation[]>();
  for (const record of all) {
    for (const evidence of evidenceOf(record)) {
      push(citationsBySource, evidence.source, { record: record.id, type: record.type, evidence });
    }
  }
  for (const list of citationsBySource.values()) {
    list.sort(
      (a, b) =>
        (a.evidence.span?.[0] ?? 0) - (b.evidence.span?.[0] ?? 0) ||
        (a.record < b.record ? -1 : a.record > b.record ? 1 : 0),
    );
  }

  const dataset: Dataset = Object.freeze({
    records: all,
    sources: grouped.source,
    countries: grouped.country,
    places: grouped.place,
    organizations: grouped.organization,
    people: grouped.person,
    offices: grouped.office,
    events,
    agreements,
    quotes,
    topics: grouped.topic,
  });

  // --- Labels and search -------------------------------------------------

  const label = (record: DatasetRecord, lang: LabelLanguage = "en"): string => {
    switch (record.type) {
      case "country":
        return record.names[lang];
      case "place":
        return record.names[lang];
      case "organization":
        return record.names?.[lang] ?? record.name;
      case "person":
        return record.name;
      case "topic":
        return record.label[lang];
      case "event":
      case "agreement":
        return record.title[lang];
      case "quote":
        return record.text;
      case "office": {
        const person = byId.get(record.person);
        return `${person ? label(person, lang) : record.person}: ${record.title}`;
      }
      case "source":
        return record.title?.value ?? record.id;
    }
  };

  const nameOf = (id: string | undefined, lang: LabelLanguage): string => {
    const record = id === undefined ? undefined : byId.get(id);
    return record ? label(record, lang) : (id ?? "");
  };

  const detail = (record: DatasetRecord, lang: LabelLanguage): string => {
    switch (record.type) {
      case "event":
        return `${record.date.value}${record.status === "planned" ? (lang === "de" ? " (geplant)" : " (planned)") : ""} · ${record.summary[lang]}`;
      case "person": {
        const latest = officesByPerson.get(record.id)?.at(-1);
        const office = latest
          ? `${latest.status === "former" ? (lang === "de" ? "ehem. " : "former ") : ""}${latest.title} (${latest.observed.value})`
          : record.description[lang];
        return office;
      }
      case "country": {
        const count = eventsBy.country.get(record.id)?.length ?? 0;
        return `${record.alpha3} · ${count} ${lang === "de" ? (count === 1 ? "Ereignis" : "Ereignisse") : count === 1 ? "event" : "events"}`;
      }
      case "organization":
        return record.description[lang];
      case "place":
        return [record.kind, record.country ? nameOf(record.country, lang) : undefined]
          .filter(Boolean)
          .join(" · ");
      case "topic":
        return record.label[lang === "en" ? "de" : "en"];
      case "agreement":
        return [
          record.date?.value,
          record.parties.map((p) => nameOf(p, lang)).join(", "),
          record.summary[lang],
        ]
          .filter(Boolean)
          .join(" · ");
      case "quote":
        return `${nameOf(record.speaker, lang)} · ${record.date.value}`;
      case "office":
        return `${record.role} · ${record.observed.value}`;
      case "source":
        return [record.publisher?.value, record.published?.value, record.language]
          .filter(Boolean)
          .join(" · ");
    }
  };

  let searchIndex: SearchIndex | undefined;
  const searchEntries = (): SearchIndex => {
    if (searchIndex) return searchIndex;
    const entries: SearchEntry[] = all.map((record) => {
      const text: string[] = [];
      switch (record.type) {
        case "event":
          text.push(...Object.values(record.title), ...Object.values(record.summary));
          break;
        case "agreement":
          text.push(...Object.values(record.title), ...Object.values(record.summary));
          for (const item of record.items ?? []) text.push(item.name, ...(item.aliases ?? []));
          break;
        case "quote":
          text.push(record.text, nameOf(record.speaker, "en"));
          break;
        case "organization":
        case "person":
          text.push(...Object.values(record.description));
          break;
        case "office":
          text.push(record.title, nameOf(record.person, "en"));
          break;
        case "source":
          text.push(
            ...Object.values(record.summary),
            record.publisher?.value ?? "",
            record.title?.value ?? "",
          );
          break;
        default:
          break;
      }
      return { type: record.type, id: record.id, names: recordNames(record), text };
    });
    searchIndex = new SearchIndex(entries);
    return searchIndex;
  };

  const search = (query: string, options: SearchOptions = {}): SearchHit[] => {
    if (typeof query !== "string") throw new TypeError("search query must be a string");
    const opts = assertObject(options, "search options");
    const lang = opts.lang === undefined ? "en" : assertMember(opts.lang, LABEL_LANGUAGES, "lang");
    const types = assertArray(opts.types, "types")?.map((t) =>
      assertMember(t, RECORD_TYPES, "record type"),
    );
    const limit = opts.limit === undefined ? 20 : opts.limit;
    if (typeof limit !== "number" || Number.isNaN(limit))
      throw new TypeError("limit must be a number");
    const wanted = types ? new Set<string>(types) : undefined;
    return searchEntries()
      .query(query, Math.max(0, Math.floor(limit)), (entry) => !wanted || wanted.has(entry.type))
      .map(({ entry, score }) => {
        const record = byId.get(entry.id) as DatasetRecord;
        return {
          type: entry.type,
          id: entry.id,
          label: label(record, lang),
          detail: detail(record, lang),
          score,
        };
      });
  };

  // --- Lookups -------------------------------------------------------------

  const suggestions = (ref: string, type?: RecordType): string[] => {
    const hits = search(ref, { limit: 5, ...(type ? { types: [type] } : {}) });
    return [...new Set(hits.map((hit) => hit.label))].slice(0, 5);
  };

  const unknown = (type: RecordType | "record", ref: string) =>
    new UnknownEntityError(type, ref, suggestions(ref, type === "record" ? undefined : type));

  const lookup = <T extends RecordType>(type: T, ref: unknown): RecordOf<T> => {
    if (typeof ref !== "string")
      throw new TypeError(`${type} must be given as a string name or id`);
    const direct = byId.get(ref);
    if (direct?.type === type) return direct as RecordOf<T>;
    if ((NAMED_TYPES as readonly string[]).includes(type)) {
      const map = names.get(type);
      for (const key of nameKeys(ref)) {
        const id = map?.get(key);
        if (id !== undefined) return byId.get(id) as RecordOf<T>;
      }
    }
    throw unknown(type, ref);
  };

  const ids = (type: NamedType, refs: readonly unknown[] | undefined, name: string) =>
    refs === undefined
      ? undefined
      : assertArray(refs, name)?.map((ref) => (lookup(type, ref) as DatasetRecord).id);

  const resolve = (name: string): DatasetRecord | undefined => {
    if (typeof name !== "string") return undefined;
    const direct = byId.get(name);
    if (direct) return direct;
    if (name.length > 1000) return undefined;
    for (const key of nameKeys(name)) {
      const id = anyName.get(key);
      if (id !== undefined) return byId.get(id);
    }
    return undefined;
  };

  const get = (id: unknown): DatasetRecord => {
    if (typeof id !== "string") throw new TypeError("id must be a string");
    const record = byId.get(id);
    if (!record) throw unknown("record", id);
    return record;
  };

  // --- Events --------------------------------------------------------------

  const inWindow = (window: DayRange): Event[] => {
    // Events are sorted by start: find the last one starting before the window ends,
    // then walk back while an event could still reach into the window. These are
    // candidates: findEvents checks each one's overlap with the window.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= window.end) lo = mid + 1;
      else hi = mid;
    }
    const out: Event[] = [];
    // Stryker disable next-line UpdateOperator: a reversed loop never ends and exhausts memory
    for (let i = lo - 1; i >= 0 && (starts[i] ?? 0) >= window.start - maxSpan; i--) {
      out.push(events[i] as Event);
    }
    return out.reverse();
  };

  const findEvents = (filter?: EventFilter<I>): Event[] => {
    const f = assertObject(filter, "filter");
    const countries = ids("country", f.countries as unknown[] | undefined, "countries");
    const people = ids("person", f.people as unknown[] | undefined, "people");
    const organizations = ids(
      "organization",
      f.organizations as unknown[] | undefined,
      "organizations",
    );
    const subjects = ids("country", f.subjects as unknown[] | undefined, "subjects");
    const topics = ids("topic", f.topics as unknown[] | undefined, "topics");
    const kinds = assertArray(f.kinds, "kinds")?.map((k) =>
      assertMember(k, EVENT_KINDS, "event kind"),
    );
    const status =
      f.status === undefined ? undefined : assertMember(f.status, EVENT_STATUSES, "event status");
    let source: string | undefined;
    if (f.source !== undefined) {
      const record = typeof f.source === "string" ? byId.get(f.source) : undefined;
      if (typeof f.source !== "string") throw new TypeError("source must be a source id");
      if (record?.type !== "source") throw unknown("source", f.source);
      source = record.id;
    }
    const window = range(f.from, f.to);

    // Candidates: the shortest posting list of an "every" condition, else an "any" union.
    const lists: Event[][] = [];
    for (const id of countries ?? []) lists.push(eventsBy.country.get(id) ?? []);
    const pair = countries && [...new Set(countries)].sort();
    if (pair && pair.length >= 2) lists.push(eventsByPair.get(`${pair[0]}|${pair[1]}`) ?? []);
    for (const id of people ?? []) lists.push(eventsBy.person.get(id) ?? []);
    for (const id of organizations ?? []) lists.push(eventsBy.organization.get(id) ?? []);
    for (const id of subjects ?? []) lists.push(eventsBy.subject.get(id) ?? []);
    if (source !== undefined) lists.push(eventsBy.source.get(source) ?? []);
    const union = (map: Map<string, Event[]>, keys: readonly string[]) => {
      const seen = new Set<Event>();
      for (const key of keys) for (const event of map.get(key) ?? []) seen.add(event);
      return [...seen].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    };
    // Which index gives the candidates changes the speed, never the result: every
    // condition is checked below, so mutation testing leaves the choice alone.
    // Stryker disable all
    let candidates: readonly Event[];
    if (lists.length > 0) candidates = lists.reduce((a, b) => (b.length < a.length ? b : a));
    else if (topics) candidates = union(eventsBy.topic, topics);
    else if (kinds) candidates = union(eventsBy.kind, kinds);
    else if (window) candidates = inWindow(window);
    else candidates = events;
    // Stryker restore all

    const topicSet = topics && new Set(topics);
    const kindSet = kinds && new Set<string>(kinds);
    return candidates.filter((event) => {
      const s = sets.get(event.id);
      if (!s) return false;
      if (countries && !countries.every((id) => s.countries.has(id))) return false;
      if (people && !people.every((id) => s.people.has(id))) return false;
      if (organizations && !organizations.every((id) => s.organizations.has(id))) return false;
      if (subjects && !subjects.every((id) => s.subjects.has(id))) return false;
      if (topicSet && !event.topics.some((id) => topicSet.has(id))) return false;
      if (kindSet && !kindSet.has(event.kind)) return false;
      if (status && event.status !== status) return false;
      if (source !== undefined && !event.evidence.some((e) => e.source === source)) return false;
      if (window) {
        const interval = intervalOf(event);
        if (interval.start > window.end || interval.end < window.start) return false;
      }
      return true;
    });
  };

  const timeline = (a: Ref<I["country"]>, b?: Ref<I["country"]>): Event[] =>
    findEvents({ countries: b === undefined ? [a] : [a, b] } as EventFilter<I>);

  const partnerCache = new Map<string, Partner[]>();
  const partners = (country: Ref<I["country"]>): Partner[] => {
    const code = lookup("country", country).id;
    const cached = partnerCache.get(code);
    if (cached) return [...cached];
    const counts = new Map<string, { events: number; first: Event; last: Event }>();
    for (const event of eventsBy.country.get(code) ?? []) {
      for (const other of new Set(event.countries)) {
        if (other === code) continue;
        const entry = counts.get(other);
        if (entry) {
          entry.events++;
          entry.last = event;
        } else counts.set(other, { events: 1, first: event, last: event });
      }
    }
    const list = [...counts]
      .map(([other, entry]) => ({
        country: other,
        events: entry.events,
        first: entry.first.date.value,
        last: entry.last.date.value,
      }))
      .sort((x, y) => y.events - x.events || (x.country < y.country ? -1 : 1));
    partnerCache.set(code, list);
    return [...list];
  };

  // --- Offices, quotes, agreements -----------------------------------------

  const officeHolders = (query: OfficeQuery<I>): Office[] => {
    const q = assertObject(query, "query");
    const role = assertMember(q.role, ROLES, "role");
    const country = q.country === undefined ? undefined : lookup("country", q.country).id;
    const organization =
      q.organization === undefined ? undefined : lookup("organization", q.organization).id;
    const candidates =
      country === undefined
        ? officesByRole.get(role)
        : officesByRoleCountry.get(`${role}|${country}`);
    const list = (candidates ?? []).filter(
      (office) =>
        (country === undefined || office.country === country) &&
        (organization === undefined || office.organization === organization),
    );
    if (q.at === undefined) return list.reverse();
    const at = toDayRange(q.at, "at");
    const middle = (at.start + at.end) / 2;
    const distance = (office: Office) =>
      Math.abs((officeSpans.get(office)?.observed ?? 0) - middle);
    return list
      .filter((office) => {
        const span = officeSpans.get(office);
        return span !== undefined && span.start <= at.end && span.end >= at.start;
      })
      .sort((a, b) => distance(a) - distance(b) || (a.id < b.id ? -1 : 1));
  };

  const officesOf = (person: Ref<I["person"]>): Office[] => [
    ...(officesByPerson.get(lookup("person", person).id) ?? []),
  ];

  const eventId = (value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== "string") throw new TypeError("event must be an event id");
    if (byId.get(value)?.type !== "event") throw unknown("event", value);
    return value;
  };

  const findQuotes = (filter?: QuoteFilter<I>): Quote[] => {
    const f = assertObject(filter, "filter");
    const event = eventId(f.event);
    let speaker: string | undefined;
    if (f.speaker !== undefined) {
      if (typeof f.speaker !== "string") throw new TypeError("speaker must be a string name or id");
      const record = resolve(f.speaker);
      if (record?.type !== "person" && record?.type !== "organization") {
        const person = names.get("person");
        const org = names.get("organization");
        const key = nameKeys(f.speaker).find((k) => person?.has(k) || org?.has(k));
        const id = key && (person?.get(key) ?? org?.get(key));
        if (!id) throw unknown("person", f.speaker);
        speaker = id;
      } else speaker = record.id;
    }
    const topics = ids("topic", f.topics as unknown[] | undefined, "topics");
    const language =
      f.language === undefined ? undefined : assertMember(f.language, LANGUAGES, "language");
    const window = range(f.from, f.to);
    const topicSet = topics && new Set(topics);
    const candidates =
      speaker !== undefined
        ? (quotesBy.speaker.get(speaker) ?? [])
        : topics
          ? [...new Set(topics.flatMap((id) => quotesBy.topic.get(id) ?? []))].sort(
              (a, b) => quotes.indexOf(a) - quotes.indexOf(b),
            )
          : quotes;
    return candidates.filter(
      (quote) =>
        (speaker === undefined || quote.speaker === speaker) &&
        (!topicSet || quote.topics.some((id) => topicSet.has(id))) &&
        (language === undefined || quote.language === language) &&
        (event === undefined || quote.event === event) &&
        (!window || overlaps(quote.date, window)),
    );
  };

  const findAgreements = (filter?: AgreementFilter<I>): Agreement[] => {
    const f = assertObject(filter, "filter");
    const event = eventId(f.event);
    const parties = ids("country", f.parties as unknown[] | undefined, "parties");
    const kinds = assertArray(f.kinds, "kinds")?.map((k) =>
      assertMember(k, AGREEMENT_KINDS, "agreement kind"),
    );
    const window = range(f.from, f.to);
    const kindSet = kinds && new Set<string>(kinds);
    // The shortest party's list, or all: speed only, every party is checked below.
    // Stryker disable all
    const candidates =
      parties && parties.length > 0
        ? parties
            .map((p) => agreementsByParty.get(p) ?? [])
            .reduce((a, b) => (b.length < a.length ? b : a))
        : agreements;
    // Stryker restore all
    return candidates.filter(
      (agreement) =>
        (!parties || parties.every((p) => agreement.parties.includes(p))) &&
        (!kindSet || kindSet.has(agreement.kind)) &&
        (event === undefined || agreement.event === event) &&
        (!window || overlaps(agreement.date, window)),
    );
  };

  const evidenceFor = (id: Ref<I[RecordType]>): SourcedEvidence[] =>
    evidenceOf(get(id)).map((evidence) => ({
      ...evidence,
      sourceRecord: byId.get(evidence.source) as Source,
    }));

  const citations = (source: I["source"]): Citation[] => {
    const record = get(source);
    if (record.type !== "source") throw unknown("source", source);
    return [...(citationsBySource.get(record.id) ?? [])];
  };

  const typed =
    <T extends RecordType>(type: T) =>
    (id: unknown): RecordOf<T> => {
      if (typeof id !== "string") throw new TypeError(`${type} id must be a string`);
      const record = byId.get(id);
      if (record?.type !== type) throw unknown(type, id);
      return record as RecordOf<T>;
    };

  return {
    dataset,
    get,
    getCountry: (ref) => lookup("country", ref),
    getPerson: (ref) => lookup("person", ref),
    getOrganization: (ref) => lookup("organization", ref),
    getTopic: (ref) => lookup("topic", ref),
    getPlace: (ref) => lookup("place", ref),
    getEvent: typed("event"),
    getAgreement: typed("agreement"),
    getSource: typed("source"),
    getQuote: typed("quote"),
    getOffice: typed("office"),
    resolve,
    findEvents,
    timeline,
    partners,
    officeHolders,
    officesOf,
    findQuotes,
    findAgreements,
    search,
    evidenceFor,
    citations,
  };
}
