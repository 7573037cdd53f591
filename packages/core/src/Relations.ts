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

/**
 * Queries over one dataset: made by `createRelations(records)`, or `builtin()`
 * for the built-in dataset (whose methods are also the package's named
 * exports). Everything it returns is frozen or a fresh copy. Names match in
 * any case, accent, umlaut spelling and name order; an unknown name or id
 * throws `UnknownEntityError` with the closest names.
 *
 * ```ts
 * const relations = createRelations(dataset.records);
 * relations.getCountry("Südkorea").id; // "KR"
 * ```
 */
export interface Relations<I extends IdMap = IdMap> {
  /** Every record, grouped by type. */
  readonly dataset: Dataset<I>;
  /**
   * Any record by id. Throws `UnknownEntityError` (with the closest ids) when
   * no record has it; checking `type` narrows the result.
   *
   * ```ts
   * const record = get("kang-kyung-wha");
   * if (record.type === "person") record.name; // "Kang Kyung-wha"
   * ```
   */
  get(id: Ref<AnyId<I>>): DatasetRecord<I>;
  /**
   * A country by ISO alpha-2 or alpha-3 code, name or alias, in English,
   * German or Korean. Every ISO 3166-1 country is a record.
   *
   * ```ts
   * getCountry("Südkorea").id;  // "KR"
   * getCountry("Nordkorea").id; // "KP"
   * ```
   */
  getCountry(ref: Ref<I["country"]>): Country<I>;
  /**
   * A person by id, name (either order), alias or native-script name.
   *
   * ```ts
   * getPerson("강경화").id;                  // "kang-kyung-wha"
   * getPerson("Kyung-wha Kang").native?.name; // "강경화"
   * ```
   */
  getPerson(ref: Ref<I["person"]>): Person<I>;
  /**
   * An organization by id, name or alias.
   *
   * ```ts
   * getOrganization("NATO").id; // "nato"
   * ```
   */
  getOrganization(ref: Ref<I["organization"]>): Organization<I>;
  /**
   * A topic by id, English or German label, or alias.
   *
   * ```ts
   * getTopic("Abrüstung").id; // "disarmament"
   * ```
   */
  getTopic(ref: Ref<I["topic"]>): Topic<I>;
  /**
   * A place by id, name or alias.
   *
   * ```ts
   * getPlace("Tokio").names.en; // "Tokyo"
   * ```
   */
  getPlace(ref: Ref<I["place"]>): Place<I>;
  /**
   * An event by id or exact title.
   *
   * ```ts
   * const summit = getEvent("2025-08-23-kr-jp-tokyo-summit");
   * summit.plover; // { type: "CONSULT", mode: "visit" }
   * summit.date;   // { value: "2025-08-23", basis: "external", reason: { en: "The article of 26 Aug 2025 says …", de: "…" } }
   * ```
   */
  getEvent(id: Ref<I["event"]>): EventRecord<I>;
  /**
   * An agreement by id or exact title.
   *
   * ```ts
   * getAgreement("2022-kr-pl-arms-deal").items?.[0];
   * // { name: "K2 main battle tank", quantity: 1000, approx: true }
   * ```
   */
  getAgreement(id: Ref<I["agreement"]>): Agreement<I>;
  /**
   * A source (an article) by id or exact title: its metadata, each field with
   * its basis.
   *
   * ```ts
   * getSource("taz-2025-08-26-tokyo-summit").publisher?.value; // "taz (die tageszeitung)"
   * ```
   */
  getSource(id: Ref<I["source"]>): Source<I>;
  /**
   * A quote by id.
   *
   * ```ts
   * getQuote("olaf-scholz-threat-to-peace").speaker; // "olaf-scholz"
   * ```
   */
  getQuote(id: I["quote"]): Quote<I>;
  /**
   * An office term by id: who held which role, from when to when, and the
   * dates the sources show the person in office.
   *
   * ```ts
   * getOffice("ahn-gyu-back-defense-minister-2025").person; // "ahn-gyu-back"
   * ```
   */
  getOffice(id: I["office"]): Office<I>;
  /**
   * The record a name, alias, id or exact title names, of any type, or
   * `undefined`. Never throws.
   *
   * ```ts
   * resolve("ROK")?.id;     // "KR"
   * resolve("Atlantis");    // undefined
   * ```
   */
  resolve(name: string): DatasetRecord<I> | undefined;
  /**
   * Events matching every condition of `filter`, oldest first (the less
   * precise date first, then by id). Dates are partial ISO dates; an event
   * matches when its interval overlaps `[from, to]`.
   *
   * ```ts
   * findEvents({ countries: ["KR", "JP"], kinds: ["summit"], from: "2025" }).map((event) => event.id);
   * // ["2025-08-23-kr-jp-tokyo-summit"]
   * ```
   */
  findEvents(filter?: EventFilter<I>): EventRecord<I>[];
  /**
   * The events of a country (or a pair) as a party or as a subject, oldest
   * first, each marked `party` or `about`; `filter` narrows further.
   *
   * ```ts
   * timeline("KR", "Deutschland").map((entry) => entry.event.date.value);
   * // ["2013", "2018-07", "2020", "2020-08-10", …]
   * timeline("KR", "JP", { topics: ["export-controls"] });
   * ```
   */
  timeline(
    a: Ref<I["country"]>,
    b?: Ref<I["country"]>,
    filter?: Omit<EventFilter<I>, "countries" | "involves">,
  ): TimelineEntry<I>[];
  /**
   * The countries sharing events with `country` as parties, most events
   * first, ties by code.
   *
   * ```ts
   * partners("KR")[0]; // { country: "JP", events: 13, first: "2020-11-10", last: "2025-11-01" }
   * ```
   */
  partners(country: Ref<I["country"]>): Partner<I>[];
  /**
   * Kinds, topics, partners and years of the events matching `filter`, with
   * counts, for filter choices in front ends.
   *
   * ```ts
   * const { total, kinds } = facets({ countries: ["KR"] });
   * kinds[0]; // { value: "talks", count: 7 }
   * ```
   */
  facets(filter?: EventFilter<I>): Facets<I>;
  /**
   * The terms of a role (in a country or organization), newest first; with
   * `at`, the terms in office then, those a source shows then first.
   *
   * ```ts
   * officeHolders({ role: "foreign-minister", country: "KR", at: "2020-08-10" })[0]?.person;
   * // "kang-kyung-wha"
   * ```
   */
  officeHolders(query: OfficeQuery<I>): Office<I>[];
  /**
   * Who held a role at a date, with the person and the term, and the dates a
   * source shows the person in office then. `at` is required.
   *
   * ```ts
   * whoHeld({ role: "head-of-state", country: "KR", at: "2025-08-23" })[0]?.person.name;
   * // "Lee Jae-myung"
   * ```
   */
  whoHeld(query: OfficeQuery<I> & { readonly at: string }): OfficeHolder<I>[];
  /**
   * Every term a person held, oldest first.
   *
   * ```ts
   * officesOf("Lee Jae-myung").map((office) => office.roles);
   * // [["legislator"], ["head-of-state", "head-of-government"]]
   * ```
   */
  officesOf(person: Ref<I["person"]>): Office<I>[];
  /**
   * Quotes matching every condition, oldest first.
   *
   * ```ts
   * findQuotes({ speaker: "Olaf Scholz" }).map((quote) => quote.id);
   * // ["olaf-scholz-ballistic-tests-have-to-stop", "olaf-scholz-still-a-dangerous-situation", …]
   * ```
   */
  findQuotes(filter?: QuoteFilter<I>): Quote<I>[];
  /**
   * Agreements matching every condition, oldest first, undated last.
   *
   * ```ts
   * findAgreements({ parties: ["KR", "PL"] }).map((agreement) => agreement.id);
   * // ["2022-kr-pl-arms-deal"]
   * ```
   */
  findAgreements(filter?: AgreementFilter<I>): Agreement<I>[];
  /**
   * Ranked search over names, titles, summaries, quotes, dates and amounts:
   * exact names first, then every word, fuzzy last. Takes any string
   * without throwing.
   *
   * ```ts
   * search("Kang").hits[0];
   * // { type: "person", id: "kang-kyung-wha", label: "Kang Kyung-wha", tier: "exact", score: 1, … }
   * search("Kang Kyung-hwa", { types: ["person"], lang: "de" }).hits[0]?.id; // a typo still finds her
   * ```
   */
  search(query: string, options?: SearchOptions): SearchResults<I>;
  /**
   * Builds the search index ahead of the first query, and ranks the
   * commonest one- and two-character queries and the three- and
   * four-character ones whose words reach the most records (a search's first
   * keystrokes, the slowest on a large dataset), for about `budget`
   * milliseconds (all of it when no budget is given; at least one step a
   * call); `true` once done. Call it a slice at a time in idle time
   * (an idle callback, a timer), so that no query has to build the index and
   * no slice holds up the page. `search` works without it: it builds what it
   * needs.
   *
   * ```ts
   * prepareSearch(5); // false: about 5 ms of it built; call again when idle
   * prepareSearch();  // true: the rest, at once
   * ```
   */
  prepareSearch(budget?: number): boolean;
  /**
   * A record's evidence, each with its source record; `{ field }` keeps the
   * excerpts that back one field. `span` is the excerpt's `[start, end)` in
   * the source text.
   *
   * ```ts
   * const [evidence] = evidenceFor("ishiba-shigeru-consistent-course");
   * evidence.sourceRecord.id; // "taz-2025-08-26-tokyo-summit"
   * evidence.span;            // [2527, 2708]
   * evidenceFor("2025-08-23-kr-jp-tokyo-summit", { field: "date" });
   * ```
   */
  evidenceFor(id: Ref<AnyId<I>>, query?: EvidenceQuery): SourcedEvidence<I>[];
  /**
   * Every evidence that cites a source, in text order, with the record it
   * backs.
   *
   * ```ts
   * citations("taz-2025-08-26-tokyo-summit")[0];
   * // { record: "taz", type: "organization", evidence: { source, quote: "taz.de -- Gipfeltreffen in Tokio", span: [2, 34] } }
   * ```
   */
  citations(source: I["source"]): Citation<I>[];
  /**
   * Every record linked to a record, by named relation, both ways (an
   * event's `place`, a place's `eventsHeld`).
   *
   * ```ts
   * relatedRecords("kuala-lumpur").links.eventsHeld?.length; // 11
   * ```
   */
  relatedRecords(ref: Ref<AnyId<I>>): RelatedRecords<I>;
  /**
   * A record's label in a language (`en` by default): a person's name, an
   * event's title, "Person: office label" for an office term.
   *
   * ```ts
   * recordLabel("KR", "de");                      // "Südkorea"
   * recordLabel("ahn-gyu-back-defense-minister-2025", "de");
   * // "Ahn Gyu-back: Verteidigungsminister Südkoreas"
   * ```
   */
  recordLabel(record: DatasetRecord<I> | Ref<AnyId<I>>, lang?: LabelLanguage): string;
  /**
   * A record's one-line description as parts (type, date, status, office…),
   * for front ends to word in their own language.
   *
   * ```ts
   * describe("ahn-gyu-back-defense-minister-2025");
   * // { type: "office", roles: ["defense-minister"], holder: "Ahn Gyu-back", status: "current", seen: [ … ], … }
   * ```
   */
  describe(record: DatasetRecord<I> | Ref<AnyId<I>>, lang?: LabelLanguage): Description;
}
