import { createRelations, type Dataset, type Relations } from "./createRelations.js";
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
import type { DatasetRecord } from "./types.js";

/** The id unions of the built-in dataset. */
export interface BuiltinIds {
  source: SourceId;
  country: CountryCode;
  place: PlaceId;
  organization: OrganizationId;
  person: PersonId;
  office: OfficeId;
  event: EventId;
  agreement: AgreementId;
  quote: QuoteId;
  topic: TopicId;
}

let relations: Relations<BuiltinIds> | undefined;

/** The query API over the built-in dataset, built on first use. */
export function builtin(): Relations<BuiltinIds> {
  if (!relations) {
    const records = JSON.parse(RECORDS_JSON) as readonly DatasetRecord[];
    relations = createRelations(records) as unknown as Relations<BuiltinIds>;
  }
  return relations;
}

/**
 * Every record of the built-in dataset, grouped by type; parsed on first
 * access. (Getters, not calls, so bundlers drop it when unused.)
 */
export const dataset: Dataset = {
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
};

type API = Relations<BuiltinIds>;

export const get: API["get"] = (id) => builtin().get(id);
export const getCountry: API["getCountry"] = (ref) => builtin().getCountry(ref);
export const getPerson: API["getPerson"] = (ref) => builtin().getPerson(ref);
export const getOrganization: API["getOrganization"] = (ref) => builtin().getOrganization(ref);
export const getTopic: API["getTopic"] = (ref) => builtin().getTopic(ref);
export const getPlace: API["getPlace"] = (ref) => builtin().getPlace(ref);
export const getEvent: API["getEvent"] = (id) => builtin().getEvent(id);
export const getAgreement: API["getAgreement"] = (id) => builtin().getAgreement(id);
export const getSource: API["getSource"] = (id) => builtin().getSource(id);
export const getQuote: API["getQuote"] = (id) => builtin().getQuote(id);
export const getOffice: API["getOffice"] = (id) => builtin().getOffice(id);
export const resolve: API["resolve"] = (name) => builtin().resolve(name);
export const findEvents: API["findEvents"] = (filter) => builtin().findEvents(filter);
export const timeline: API["timeline"] = (a, b) => builtin().timeline(a, b);
export const partners: API["partners"] = (country) => builtin().partners(country);
export const officeHolders: API["officeHolders"] = (query) => builtin().officeHolders(query);
export const officesOf: API["officesOf"] = (person) => builtin().officesOf(person);
export const findQuotes: API["findQuotes"] = (filter) => builtin().findQuotes(filter);
export const findAgreements: API["findAgreements"] = (filter) => builtin().findAgreements(filter);
export const search: API["search"] = (query, options) => builtin().search(query, options);
export const evidenceFor: API["evidenceFor"] = (id) => builtin().evidenceFor(id);
export const citations: API["citations"] = (source) => builtin().citations(source);
