/**
 * The query API's types: `Relations`, the filters its methods take and the
 * rows they return. Generic over the dataset's id map, so an id read from a
 * record is accepted wherever an id of its type is.
 */
import type {
  Agreement,
  AgreementKind,
  AnyId,
  Country,
  DatasetRecord,
  DateValue,
  EventKind,
  Event as EventRecord,
  EventStatus,
  Evidence,
  IdMap,
  LabelLanguage,
  Language,
  Office,
  Organization,
  Person,
  Place,
  Quote,
  RecordOf,
  RecordType,
  Relation,
  RelationTypes,
  Role,
  Source,
  Topic,
} from "@korea-relations/model";
import type { Description } from "./describe.js";
import type { SearchOptions, SearchResults } from "./search/SearchResults.js";

/** The id unions of a list of records (`string` for a list typed only as `DatasetRecord[]`). */
export type IdsOf<R extends readonly DatasetRecord[]> = {
  readonly [T in RecordType]: Extract<R[number], { readonly type: T }>["id"];
};

/** A name or id: the literal ids complete in editors, any string is accepted. */
export type Ref<Id extends string> = Id | (string & {});

/** Every record, grouped by type; deeply frozen. */
export interface Dataset<I extends IdMap = IdMap> {
  readonly records: readonly DatasetRecord<I>[];
  readonly sources: readonly Source<I>[];
  readonly countries: readonly Country<I>[];
  readonly places: readonly Place<I>[];
  readonly organizations: readonly Organization<I>[];
  readonly people: readonly Person<I>[];
  readonly offices: readonly Office<I>[];
  /** Oldest first (the less precise date first), then by id. */
  readonly events: readonly EventRecord<I>[];
  /** Oldest first, undated last, then by id. */
  readonly agreements: readonly Agreement<I>[];
  /** Oldest first, then by id. */
  readonly quotes: readonly Quote<I>[];
  readonly topics: readonly Topic<I>[];
}

/** Which events `findEvents` returns: every condition given must hold. */
export interface EventFilter<I extends IdMap = IdMap> {
  /** Every one of these countries is a party. */
  readonly countries?: readonly Ref<I["country"]>[];
  /** Every one of these countries is a party or a subject (the event is about it). */
  readonly involves?: readonly Ref<I["country"]>[];
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

/** The keys an `EventFilter` may have. */
export const EVENT_FILTER_KEYS = [
  "countries",
  "involves",
  "people",
  "organizations",
  "subjects",
  "topics",
  "kinds",
  "from",
  "to",
  "source",
  "status",
] as const satisfies readonly (keyof EventFilter)[];

/** An event on a country's timeline, and whether the countries take part or it is about them. */
export interface TimelineEntry<I extends IdMap = IdMap> {
  readonly event: EventRecord<I>;
  /** `party`: every country given is a party; `about`: at least one is only a subject. */
  readonly role: "party" | "about";
}

/** A country that shares events with another, as a party. */
export interface Partner<I extends IdMap = IdMap> {
  /** ISO alpha-2 code of the partner. */
  readonly country: I["country"];
  /** Number of events in which both are parties. */
  readonly events: number;
  /** Date (`value`) of the first and last shared event. */
  readonly first: string;
  readonly last: string;
}

/** One value of a facet and how many matching events have it. */
export interface Facet<T> {
  readonly value: T;
  readonly count: number;
}

/** What the events matching a filter are made of, for filter choices in front ends. */
export interface Facets<I extends IdMap = IdMap> {
  /** Number of matching events. */
  readonly total: number;
  /** Event kinds, most frequent first. */
  readonly kinds: readonly Facet<EventKind>[];
  /** Topics, most frequent first. */
  readonly topics: readonly Facet<I["topic"]>[];
  /** Parties other than the filter's own countries, most frequent first. */
  readonly partners: readonly Facet<I["country"]>[];
  /** Every year from the first to the last matching event (by start), empty years included. */
  readonly years: readonly Facet<number>[];
}

export interface OfficeQuery<I extends IdMap = IdMap> {
  /** One of the roles an office carries (a president's office carries head of state and head of government). */
  readonly role: Role;
  readonly country?: Ref<I["country"]>;
  readonly organization?: Ref<I["organization"]>;
  /**
   * Partial ISO date: the terms in office then (from start to end; without a
   * start from the first date a source shows it held; without an end open
   * while `current`, else to the last date shown), those a source shows
   * held then first, then by the nearest date shown.
   */
  readonly at?: string;
}

/** Who held a role at a date: the person, the term, and how it is known. */
export interface OfficeHolder<I extends IdMap = IdMap> {
  readonly person: Person<I>;
  readonly office: Office<I>;
  /** The dates, within the date asked, at which a source shows the person in this office. */
  readonly seen: readonly DateValue[];
  /** `seen`: a source shows the person in office then; `term`: the date falls within the term's known dates. */
  readonly basis: "seen" | "term";
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
export type SourcedEvidence<I extends IdMap = IdMap> = Evidence<I> & {
  readonly sourceRecord: Source<I>;
};

/** Which evidence `evidenceFor` returns. */
export interface EvidenceQuery {
  /**
   * Only the excerpts that back this field (`date`, `place`…): those naming it
   * in `supports`, or where none does, those that back the whole record.
   */
  readonly field?: string;
}

/** A passage of a source cited by a record. */
export interface Citation<I extends IdMap = IdMap> {
  readonly record: AnyId<I>;
  readonly type: RecordType;
  readonly evidence: Evidence<I>;
}

/** Every record linked to one record, by relation; only relations with records appear. */
export interface RelatedRecords<I extends IdMap = IdMap> {
  readonly record: DatasetRecord<I>;
  readonly links: { readonly [R in Relation]?: readonly RecordOf<RelationTypes[R], I>[] };
}

/** Queries over one dataset. Everything it returns is frozen or a fresh copy. */
export interface Relations<I extends IdMap = IdMap> {
  /** Every record, grouped by type. */
  readonly dataset: Dataset<I>;
  /** Any record by id; throws `UnknownEntityError`. `get("KR").type === "country"` narrows. */
  get(id: Ref<AnyId<I>>): DatasetRecord<I>;
  /** A country by code, name or alias in any language: `getCountry("Südkorea").id // "KR"`. */
  getCountry(ref: Ref<I["country"]>): Country<I>;
  /** A person by id, name, alias or native name: `getPerson("강경화").id // "kang-kyung-wha"`. */
  getPerson(ref: Ref<I["person"]>): Person<I>;
  /** An organization by id, name or alias: `getOrganization("NATO")`. */
  getOrganization(ref: Ref<I["organization"]>): Organization<I>;
  /** A topic by id or label: `getTopic("Abrüstung").id // "disarmament"`. */
  getTopic(ref: Ref<I["topic"]>): Topic<I>;
  /** A place by id, name or alias: `getPlace("Tokio").id // "tokyo"`. */
  getPlace(ref: Ref<I["place"]>): Place<I>;
  /** An event by id or exact title. */
  getEvent(id: Ref<I["event"]>): EventRecord<I>;
  /** An agreement by id or exact title. */
  getAgreement(id: Ref<I["agreement"]>): Agreement<I>;
  /** A source by id or exact title. */
  getSource(id: Ref<I["source"]>): Source<I>;
  /** A quote by id. */
  getQuote(id: I["quote"]): Quote<I>;
  /** An office by id. */
  getOffice(id: I["office"]): Office<I>;
  /** The record a name, alias, id or exact title names, of any type; never throws. */
  resolve(name: string): DatasetRecord<I> | undefined;
  /** Events matching every condition of `filter`, oldest first: `findEvents({ countries: ["DE", "KR"], from: "2020" })`. */
  findEvents(filter?: EventFilter<I>): EventRecord<I>[];
  /**
   * The events of a country (or a pair) as a party or as a subject, oldest
   * first, each marked `party` or `about`; `filter` narrows further:
   * `timeline("KR", "JP", { topics: ["export-controls"] })`.
   */
  timeline(
    a: Ref<I["country"]>,
    b?: Ref<I["country"]>,
    filter?: Omit<EventFilter<I>, "countries" | "involves">,
  ): TimelineEntry<I>[];
  /** The countries sharing events with `country` as parties, most events first: `partners("KR")[0].country`. */
  partners(country: Ref<I["country"]>): Partner<I>[];
  /** Kinds, topics, partners and years of the events matching `filter`, with counts. */
  facets(filter?: EventFilter<I>): Facets<I>;
  /** The terms of a role, newest first, or in office `at` a date: `officeHolders({ role: "foreign-minister", country: "KR", at: "2020-08-10" })`. */
  officeHolders(query: OfficeQuery<I>): Office<I>[];
  /**
   * Who held a role at a date, with the person and the term:
   * `whoHeld({ role: "head-of-state", country: "KR", at: "2025-08-23" })[0].person.name // "Lee Jae-myung"`.
   * `at` is required.
   */
  whoHeld(query: OfficeQuery<I> & { readonly at: string }): OfficeHolder<I>[];
  /** Every term a person held, oldest first: `officesOf("Lee Jae-myung")`. */
  officesOf(person: Ref<I["person"]>): Office<I>[];
  /** Quotes matching every condition, oldest first: `findQuotes({ speaker: "Olaf Scholz" })`. */
  findQuotes(filter?: QuoteFilter<I>): Quote<I>[];
  /** Agreements matching every condition, oldest first: `findAgreements({ parties: ["KR", "PL"] })`. */
  findAgreements(filter?: AgreementFilter<I>): Agreement<I>[];
  /** Ranked search over names, titles, summaries and quotes: `search("Kang").hits[0].id`. */
  search(query: string, options?: SearchOptions): SearchResults<I>;
  /** A record's evidence with its source records; `{ field }` keeps what backs one field. */
  evidenceFor(id: Ref<AnyId<I>>, query?: EvidenceQuery): SourcedEvidence<I>[];
  /** Every evidence that cites a source, in text order: `citations("taz-2025-08-26-tokyo-summit")`. */
  citations(source: I["source"]): Citation<I>[];
  /** Every record linked to a record, by named relation, both ways: `relatedRecords("kuala-lumpur").links.eventsHeld`. */
  relatedRecords(ref: Ref<AnyId<I>>): RelatedRecords<I>;
  /** A record's label in a language: a person's name, an event's title, "Person: office label" for an office. */
  recordLabel(record: DatasetRecord<I> | Ref<AnyId<I>>, lang?: LabelLanguage): string;
  /** A record's one-line description as parts (date, status, office…), for front ends to word. */
  describe(record: DatasetRecord<I> | Ref<AnyId<I>>, lang?: LabelLanguage): Description;
}
