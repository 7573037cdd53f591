/**
 * `createRelations`: the query API over any dataset of the published shape.
 * A facade: it checks and copies the records, then wires one module per
 * concept — names, events, offices, quotes, agreements, citations, links,
 * search — each building its own index on first use.
 */
import {
  type DatasetRecord,
  type IdMap,
  LABEL_LANGUAGES,
  type LabelLanguage,
  type RecordType,
  typeName,
} from "@korea-relations/model";
import { AgreementIndex } from "./AgreementIndex.js";
import { member } from "./arguments.js";
import { CitationIndex } from "./CitationIndex.js";
import { checkDataset } from "./checkDataset.js";
import { describe } from "./describe.js";
import { EventIndex } from "./EventIndex.js";
import { facets } from "./facets.js";
import { LinkIndex } from "./LinkIndex.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { OfficeIndex } from "./OfficeIndex.js";
import { partners } from "./partners.js";
import { QuoteIndex } from "./QuoteIndex.js";
import { RecordStore } from "./RecordStore.js";
import type { IdsOf, Partner, Relations } from "./Relations.js";
import { recordLabel } from "./recordLabel.js";
import { Search } from "./search/Search.js";
import { timeline } from "./timeline.js";

/**
 * Builds the query API over any dataset of the published shape. The records
 * are checked (shape, unique ids, references, dates) and copied: problems
 * throw one `DatasetError` listing them; the caller's array and objects are
 * never used again. Indexes are built on first use.
 *
 * ```ts
 * const relations = createRelations([...dataset.records, myEvent]);
 * relations.findEvents({ countries: ["KR"] });
 * ```
 */
export function createRelations<const R extends readonly DatasetRecord[]>(
  records: R,
): Relations<IdsOf<R>> {
  const byId = new Map<string, DatasetRecord<IdsOf<R>>>();
  return relationsOver(checkDataset<IdsOf<R>>(records, byId), byId);
}

/**
 * The query API over records that are already checked and deeply frozen (the
 * built-in dataset); `byId` holds them by id where the check built that map.
 */
export function relationsOver<I extends IdMap>(
  records: readonly DatasetRecord<I>[],
  byId?: Map<string, DatasetRecord<I>>,
): Relations<I> {
  const store = new RecordStore<I>(records, byId);
  const label = (record: DatasetRecord<I>, lang: LabelLanguage = "en") =>
    recordLabel(record, lang, (id) => store.get(id));
  const names = new NameIndex(store, (record) => label(record));
  const lookup = new Lookup(names);
  const events = new EventIndex(store, lookup);
  const offices = new OfficeIndex(store, lookup);
  const quotes = new QuoteIndex(store, names, lookup);
  const agreements = new AgreementIndex(store, lookup);
  const citations = new CitationIndex(store);
  const links = new LinkIndex(store, (record) => label(record));
  const search = new Search(store, label);
  const partnerRows = new Map<string, readonly Partner<I>[]>();
  /** Records about each topic, for `describe` (a topic may gather thousands: counted once). */
  const topicCounts = new Map<string, number>();

  const get = (id: unknown): DatasetRecord<I> => {
    if (typeof id !== "string")
      throw new TypeError(`get(id) must be a string, got ${typeName(id)}`);
    const record = store.get(id);
    if (!record) throw lookup.unknown("record", id);
    return record;
  };
  /** A record of this dataset given as a record, an id or a name. */
  const recordOf = (value: unknown, name: string): DatasetRecord<I> => {
    if (
      typeof value === "object" &&
      value !== null &&
      typeof (value as { id?: unknown }).id === "string"
    ) {
      const record = store.get((value as { id: string }).id);
      if (record) return record;
      throw lookup.unknown("record", (value as { id: string }).id);
    }
    if (typeof value !== "string") {
      throw new TypeError(`${name} must be a record, an id or a name, got ${typeName(value)}`);
    }
    const record = names.resolve(value);
    if (!record) throw lookup.unknown("record", value);
    return record;
  };
  const langOf = (value: unknown, name: string): LabelLanguage =>
    value === undefined ? "en" : member(value, LABEL_LANGUAGES, name);
  const typed =
    <T extends RecordType>(type: T, name: string) =>
    (ref: unknown) =>
      lookup.one(type, ref, name);

  const relations: Relations<I> = {
    // A getter: grouping and sorting the records waits until they are asked for.
    get dataset() {
      return store.dataset;
    },
    get,
    getCountry: typed("country", "getCountry(ref)"),
    getPerson: typed("person", "getPerson(ref)"),
    getOrganization: typed("organization", "getOrganization(ref)"),
    getTopic: typed("topic", "getTopic(ref)"),
    getPlace: typed("place", "getPlace(ref)"),
    getEvent: typed("event", "getEvent(id)"),
    getAgreement: typed("agreement", "getAgreement(id)"),
    getSource: typed("source", "getSource(id)"),
    getQuote: typed("quote", "getQuote(id)"),
    getOffice: typed("office", "getOffice(id)"),
    resolve: (name) => (typeof name === "string" ? names.resolve(name) : undefined),
    findEvents: (filter) => events.find(events.check(filter, "findEvents(filter)")),
    timeline: (a, b, filter) => timeline(events, lookup, a, b, filter),
    partners: (country) => {
      const code = lookup.one("country", country, "partners(country)").id;
      let rows = partnerRows.get(code);
      if (!rows) {
        rows = partners(events, code);
        partnerRows.set(code, rows);
      }
      return [...rows];
    },
    facets: (filter) => facets(events, events.check(filter, "facets(filter)")),
    officeHolders: (query) => offices.holders(query),
    whoHeld: (query) => offices.whoHeld(query),
    officesOf: (person) => offices.of(lookup.one("person", person, "officesOf(person)").id),
    findQuotes: (filter) => quotes.find(filter),
    findAgreements: (filter) => agreements.find(filter),
    search: (query, options) => search.run(query, options),
    prepareSearch: (budget) => search.prepare(budget),
    evidenceFor: (id, query) => citations.evidenceFor(recordOf(id, "evidenceFor(id)"), query),
    citations: (source) =>
      citations.citations(lookup.one("source", source, "citations(source)").id),
    relatedRecords: (ref) => links.related(recordOf(ref, "relatedRecords(ref)")),
    recordLabel: (record, lang) =>
      label(recordOf(record, "recordLabel(record)"), langOf(lang, "recordLabel(lang)")),
    describe: (record, lang) => {
      const language = langOf(lang, "describe(lang)");
      return describe(recordOf(record, "describe(record)"), language, {
        label: (id) => {
          const other = store.get(id);
          return other ? label(other, language) : id;
        },
        latestOffice: (person) => offices.latest(person),
        countryEvents: (country) => events.counts(country),
        topicRecords: (topic) => {
          let count = topicCounts.get(topic);
          if (count === undefined) {
            count = Object.values(links.related(store.get(topic) as DatasetRecord<I>).links).reduce(
              (sum, list) => sum + (list?.filter((r) => r.type !== "source").length ?? 0),
              0,
            );
            topicCounts.set(topic, count);
          }
          return count;
        },
      });
    },
  };
  return Object.freeze(relations);
}
