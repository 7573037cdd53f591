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

/** {@inheritDoc Relations.get} */
export const get: API["get"] = (id) => builtin().get(id);
/** {@inheritDoc Relations.getCountry} */
export const getCountry: API["getCountry"] = (ref) => builtin().getCountry(ref);
/** {@inheritDoc Relations.getPerson} */
export const getPerson: API["getPerson"] = (ref) => builtin().getPerson(ref);
/** {@inheritDoc Relations.getOrganization} */
export const getOrganization: API["getOrganization"] = (ref) => builtin().getOrganization(ref);
/** {@inheritDoc Relations.getTopic} */
export const getTopic: API["getTopic"] = (ref) => builtin().getTopic(ref);
/** {@inheritDoc Relations.getPlace} */
export const getPlace: API["getPlace"] = (ref) => builtin().getPlace(ref);
/** {@inheritDoc Relations.getEvent} */
export const getEvent: API["getEvent"] = (id) => builtin().getEvent(id);
/** {@inheritDoc Relations.getAgreement} */
export const getAgreement: API["getAgreement"] = (id) => builtin().getAgreement(id);
/** {@inheritDoc Relations.getSource} */
export const getSource: API["getSource"] = (id) => builtin().getSource(id);
/** {@inheritDoc Relations.getQuote} */
export const getQuote: API["getQuote"] = (id) => builtin().getQuote(id);
/** {@inheritDoc Relations.getOffice} */
export const getOffice: API["getOffice"] = (id) => builtin().getOffice(id);
/** {@inheritDoc Relations.resolve} */
export const resolve: API["resolve"] = (name) => builtin().resolve(name);
/** {@inheritDoc Relations.findEvents} */
export const findEvents: API["findEvents"] = (filter) => builtin().findEvents(filter);
/** {@inheritDoc Relations.timeline} */
export const timeline: API["timeline"] = (a, b, filter) => builtin().timeline(a, b, filter);
/** {@inheritDoc Relations.partners} */
export const partners: API["partners"] = (country) => builtin().partners(country);
/** {@inheritDoc Relations.facets} */
export const facets: API["facets"] = (filter) => builtin().facets(filter);
/** {@inheritDoc Relations.officeHolders} */
export const officeHolders: API["officeHolders"] = (query) => builtin().officeHolders(query);
/** {@inheritDoc Relations.whoHeld} */
export const whoHeld: API["whoHeld"] = (query) => builtin().whoHeld(query);
/** {@inheritDoc Relations.officesOf} */
export const officesOf: API["officesOf"] = (person) => builtin().officesOf(person);
/** {@inheritDoc Relations.findQuotes} */
export const findQuotes: API["findQuotes"] = (filter) => builtin().findQuotes(filter);
/** {@inheritDoc Relations.findAgreements} */
export const findAgreements: API["findAgreements"] = (filter) => builtin().findAgreements(filter);
/** {@inheritDoc Relations.search} */
export const search: API["search"] = (query, options) => builtin().search(query, options);
/** {@inheritDoc Relations.evidenceFor} */
export const evidenceFor: API["evidenceFor"] = (id, query) => builtin().evidenceFor(id, query);
/** {@inheritDoc Relations.citations} */
export const citations: API["citations"] = (source) => builtin().citations(source);
/** {@inheritDoc Relations.relatedRecords} */
export const relatedRecords: API["relatedRecords"] = (ref) => builtin().relatedRecords(ref);
/** {@inheritDoc Relations.recordLabel} */
export const recordLabel: API["recordLabel"] = (record, lang) =>
  builtin().recordLabel(record, lang);
/** {@inheritDoc Relations.describe} */
export const describe: API["describe"] = (record, lang) => builtin().describe(record, lang);
