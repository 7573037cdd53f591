/**
 * The heading of each relation `relatedRecords` reports, as a list of linked
 * records stands under it on a record's page ("Events held here",
 * "Sub-events"), in the label languages. Typed over every relation of
 * `RelationTypes`, so a new relation is a compile error here until it has its
 * headings. Front ends may word a relation differently on one kind of record
 * ("Events it takes part in" on a country); this is the wording everywhere else.
 */
import type { Relation } from "./recordKinds";
import type { LabelLanguage } from "./types";

/** Headings of related records, by relation, in English and German. */
export const RELATION_HEADINGS = {
  place: { en: "Place", de: "Ort" },
  eventsHeld: { en: "Events held here", de: "Ereignisse an diesem Ort" },
  participants: { en: "Participants", de: "Teilnehmende" },
  events: { en: "Events", de: "Ereignisse" },
  offices: { en: "Offices", de: "Ämter" },
  parties: { en: "Parties", de: "Beteiligte" },
  subjects: { en: "About", de: "Betrifft" },
  eventsAbout: { en: "Events about it", de: "Ereignisse über das Land" },
  organizations: { en: "Organizations", de: "Organisationen" },
  topics: { en: "Topics", de: "Themen" },
  partOf: { en: "Part of", de: "Teil von" },
  parts: { en: "Sub-events", de: "Teilereignisse" },
  agreements: { en: "Agreements", de: "Vereinbarungen" },
  event: { en: "Event", de: "Ereignis" },
  quotes: { en: "Quotes", de: "Zitate" },
  speaker: { en: "Speaker", de: "Sprecher" },
  holder: { en: "Holder", de: "Amtsinhaber" },
  country: { en: "Country", de: "Land" },
  organization: { en: "Organization", de: "Organisation" },
  nationality: { en: "Nationality", de: "Staatsangehörigkeit" },
  nationals: { en: "People", de: "Personen" },
  places: { en: "Places", de: "Orte" },
  members: { en: "Members", de: "Mitglieder" },
  memberOf: { en: "Member of", de: "Mitglied von" },
  credits: { en: "Credits", de: "Mitwirkende" },
  credited: { en: "Credited in", de: "Mitwirkend bei" },
  sources: { en: "Sources", de: "Quellen" },
  evidences: { en: "What this source supports", de: "Was diese Quelle belegt" },
} as const satisfies {
  readonly [R in Relation]: { readonly [L in LabelLanguage]: string };
};
