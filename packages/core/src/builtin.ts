/**
 * The built-in dataset: the query API over it, built on first use (its
 * records are validated by the build, so they are only frozen, not checked
 * again), and each of its methods as a function of its own.
 */
import type { DatasetRecord } from "@korea-relations/model";
import { relationsOver } from "./createRelations.js";
import { deepFreeze } from "./deepFreeze.js";
import type {
  AgreementId,
  CountryCode,
  EventId,
  OfficeId,
  OrganizationId,
  PersonId,
  PlaceId,
  QuoteId,
  SourceId,
  TopicId,
} from "./generated/ids.js";
import { RECORDS_JSON } from "./generated/records.js";
import type { Dataset, Relations } from "./Relations.js";

/** The id unions of the built-in dataset; its evidence always carries `span`. */
export interface BuiltinIds {
  readonly source: SourceId;
  readonly country: CountryCode;
  readonly place: PlaceId;
  readonly organization: OrganizationId;
  readonly person: PersonId;
  readonly office: OfficeId;
  readonly event: EventId;
  readonly agreement: AgreementId;
  readonly quote: QuoteId;
  readonly topic: TopicId;
  readonly spans: true;
}

let relations: Relations<BuiltinIds> | undefined;

/**
 * The query API over the built-in dataset, built on first use.
 *
 * ```ts
 * const { findEvents, search } = builtin();
 * ```
 */
export function builtin(): Relations<BuiltinIds> {
  if (!relations) {
    const records = deepFreeze(JSON.parse(RECORDS_JSON) as DatasetRecord<BuiltinIds>[]);
    relations = relationsOver<BuiltinIds>(records);
  }
  return relations;
}

type API = Relations<BuiltinIds>;

/**
 * Every record of the built-in dataset, grouped by type; parsed on first
 * access. (Getters, not calls, so bundlers drop it when unused.)
 */
export const dataset: Dataset<BuiltinIds> = /* @__PURE__ */ Object.freeze({
  get records() {
    return builtin().dataset.records;
  },
  get sources() {
    return builtin().dataset.sources;
  },
  get countries() {
    return builtin().dataset.countries;
  },
  get places() {
    return builtin().dataset.places;
  },
  get organizations() {
    return builtin().dataset.organizations;
  },
  get people() {
    return builtin().dataset.people;
  },
  get offices() {
    return builtin().dataset.offices;
  },
  get events() {
    return builtin().dataset.events;
  },
  get agreements() {
    return builtin().dataset.agreements;
  },
  get quotes() {
    return builtin().dataset.quotes;
  },
  get topics() {
    return builtin().dataset.topics;
  },
});

/**
 * Any record by id. Throws `UnknownEntityError` (with the closest ids) when
 * no record has it; checking `type` narrows the result.
 *
 * ```ts
 * const record = get("kang-kyung-wha");
 * if (record.type === "person") record.name; // "Kang Kyung-wha"
 * ```
 */
export const get: API["get"] = (id) => builtin().get(id);
/**
 * A country by ISO alpha-2 or alpha-3 code, name or alias, in English,
 * German or Korean. Every ISO 3166-1 country is a record.
 *
 * ```ts
 * getCountry("Südkorea").id;  // "KR"
 * getCountry("Nordkorea").id; // "KP"
 * ```
 */
export const getCountry: API["getCountry"] = (ref) => builtin().getCountry(ref);
/**
 * A person by id, name (either order), alias or native-script name.
 *
 * ```ts
 * getPerson("강경화").id;                  // "kang-kyung-wha"
 * getPerson("Kyung-wha Kang").native?.name; // "강경화"
 * ```
 */
export const getPerson: API["getPerson"] = (ref) => builtin().getPerson(ref);
/**
 * An organization by id, name or alias.
 *
 * ```ts
 * getOrganization("NATO").id; // "nato"
 * ```
 */
export const getOrganization: API["getOrganization"] = (ref) => builtin().getOrganization(ref);
/**
 * A topic by id, English or German label, or alias.
 *
 * ```ts
 * getTopic("Abrüstung").id; // "disarmament"
 * ```
 */
export const getTopic: API["getTopic"] = (ref) => builtin().getTopic(ref);
/**
 * A place by id, name or alias.
 *
 * ```ts
 * getPlace("Tokio").names.en; // "Tokyo"
 * ```
 */
export const getPlace: API["getPlace"] = (ref) => builtin().getPlace(ref);
/**
 * An event by id or exact title.
 *
 * ```ts
 * const summit = getEvent("2025-08-23-kr-jp-tokyo-summit");
 * summit.plover; // { type: "CONSULT", mode: "visit" }
 * summit.date;   // { value: "2025-08-23", basis: "external", reason: { en: "The article of 26 Aug 2025 says …", de: "…" } }
 * ```
 */
export const getEvent: API["getEvent"] = (id) => builtin().getEvent(id);
/**
 * An agreement by id or exact title.
 *
 * ```ts
 * getAgreement("2022-kr-pl-arms-deal").items?.[0];
 * // { name: "K2 main battle tank", quantity: 1000, approx: true }
 * ```
 */
export const getAgreement: API["getAgreement"] = (id) => builtin().getAgreement(id);
/**
 * A source (an article) by id or exact title: its metadata, each field with
 * its basis.
 *
 * ```ts
 * getSource("taz-2025-08-26-tokyo-summit").publisher?.value; // "taz (die tageszeitung)"
 * ```
 */
export const getSource: API["getSource"] = (id) => builtin().getSource(id);
/**
 * A quote by id.
 *
 * ```ts
 * getQuote("olaf-scholz-threat-to-peace").speaker; // "olaf-scholz"
 * ```
 */
export const getQuote: API["getQuote"] = (id) => builtin().getQuote(id);
/**
 * An office term by id: who held which role, from when to when, and the
 * dates the sources show the person in office.
 *
 * ```ts
 * getOffice("ahn-gyu-back-defense-minister-2025").person; // "ahn-gyu-back"
 * ```
 */
export const getOffice: API["getOffice"] = (id) => builtin().getOffice(id);
/**
 * The record a name, alias, id or exact title names, of any type, or
 * `undefined`. Never throws.
 *
 * ```ts
 * resolve("ROK")?.id;     // "KR"
 * resolve("Atlantis");    // undefined
 * ```
 */
export const resolve: API["resolve"] = (name) => builtin().resolve(name);
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
export const findEvents: API["findEvents"] = (filter) => builtin().findEvents(filter);
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
export const timeline: API["timeline"] = (a, b, filter) => builtin().timeline(a, b, filter);
/**
 * The countries sharing events with `country` as parties, most events
 * first, ties by code.
 *
 * ```ts
 * partners("KR")[0]; // { country: "JP", events: 13, first: "2020-11-10", last: "2025-11-01" }
 * ```
 */
export const partners: API["partners"] = (country) => builtin().partners(country);
/**
 * Kinds, topics, partners and years of the events matching `filter`, with
 * counts, for filter choices in front ends.
 *
 * ```ts
 * const { total, kinds } = facets({ countries: ["KR"] });
 * kinds[0]; // { value: "talks", count: 7 }
 * ```
 */
export const facets: API["facets"] = (filter) => builtin().facets(filter);
/**
 * The terms of a role (in a country or organization), newest first; with
 * `at`, the terms in office then, those a source shows then first.
 *
 * ```ts
 * officeHolders({ role: "foreign-minister", country: "KR", at: "2020-08-10" })[0]?.person;
 * // "kang-kyung-wha"
 * ```
 */
export const officeHolders: API["officeHolders"] = (query) => builtin().officeHolders(query);
/**
 * Who held a role at a date, with the person and the term, and the dates a
 * source shows the person in office then. `at` is required.
 *
 * ```ts
 * whoHeld({ role: "head-of-state", country: "KR", at: "2025-08-23" })[0]?.person.name;
 * // "Lee Jae-myung"
 * ```
 */
export const whoHeld: API["whoHeld"] = (query) => builtin().whoHeld(query);
/**
 * Every term a person held, oldest first.
 *
 * ```ts
 * officesOf("Lee Jae-myung").map((office) => office.roles);
 * // [["legislator"], ["head-of-state", "head-of-government"]]
 * ```
 */
export const officesOf: API["officesOf"] = (person) => builtin().officesOf(person);
/**
 * Quotes matching every condition, oldest first.
 *
 * ```ts
 * findQuotes({ speaker: "Olaf Scholz" }).map((quote) => quote.id);
 * // ["olaf-scholz-ballistic-tests-have-to-stop", "olaf-scholz-still-a-dangerous-situation", …]
 * ```
 */
export const findQuotes: API["findQuotes"] = (filter) => builtin().findQuotes(filter);
/**
 * Agreements matching every condition, oldest first, undated last.
 *
 * ```ts
 * findAgreements({ parties: ["KR", "PL"] }).map((agreement) => agreement.id);
 * // ["2022-kr-pl-arms-deal"]
 * ```
 */
export const findAgreements: API["findAgreements"] = (filter) => builtin().findAgreements(filter);
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
export const search: API["search"] = (query, options) => builtin().search(query, options);

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
export const prepareSearch: API["prepareSearch"] = (budget) => builtin().prepareSearch(budget);
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
export const evidenceFor: API["evidenceFor"] = (id, query) => builtin().evidenceFor(id, query);
/**
 * Every evidence that cites a source, in text order, with the record it
 * backs.
 *
 * ```ts
 * citations("taz-2025-08-26-tokyo-summit")[0];
 * // { record: "taz", type: "organization", evidence: { source, quote: "taz.de -- Gipfeltreffen in Tokio", span: [2, 34] } }
 * ```
 */
export const citations: API["citations"] = (source) => builtin().citations(source);
/**
 * Every record linked to a record, by named relation, both ways (an
 * event's `place`, a place's `eventsHeld`).
 *
 * ```ts
 * relatedRecords("kuala-lumpur").links.eventsHeld?.length; // 11
 * ```
 */
export const relatedRecords: API["relatedRecords"] = (ref) => builtin().relatedRecords(ref);
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
export const recordLabel: API["recordLabel"] = (record, lang) =>
  builtin().recordLabel(record, lang);
/**
 * A record's one-line description as parts (type, date, status, office…),
 * for front ends to word in their own language.
 *
 * ```ts
 * describe("ahn-gyu-back-defense-minister-2025");
 * // { type: "office", roles: ["defense-minister"], holder: "Ahn Gyu-back", status: "current", seen: [ … ], … }
 * ```
 */
export const describe: API["describe"] = (record, lang) => builtin().describe(record, lang);
