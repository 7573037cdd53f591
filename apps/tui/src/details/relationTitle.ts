import type { RecordType, Relation } from "@korea-relations/core";

/** A section's title for each relation core reports (every relation has one). */
const TITLES = {
  place: "Place",
  eventsHeld: "Events held here",
  participants: "Participants",
  events: "Events",
  offices: "Offices",
  parties: "Parties",
  subjects: "About (not a party)",
  eventsAbout: "Events about it (not a party)",
  organizations: "Organizations",
  topics: "Topics",
  partOf: "Part of",
  parts: "Sub-events",
  agreements: "Agreements",
  event: "Event",
  quotes: "Quotes",
  speaker: "Speaker",
  holder: "Holder",
  country: "Country",
  organization: "Organization",
  nationality: "Nationality",
  nationals: "People",
  places: "Places",
  members: "Members",
  memberOf: "Member of",
  credits: "Credits",
  credited: "Credited in",
  sources: "Sources",
  evidences: "Records it evidences",
} as const satisfies { readonly [R in Relation]: string };

/** Where a relation reads differently from one kind of record. */
const BY_TYPE: { readonly [T in RecordType]?: { readonly [R in Relation]?: string } } = {
  country: { events: "Events as a party", offices: "Office holders" },
  organization: { offices: "Office holders" },
  person: { offices: "Offices over time" },
  event: { offices: "Offices held at the time" },
  office: { events: "Events in this office" },
};

/** The title of the section listing `relation` in a detail of a `type` record. */
export function relationTitle(type: RecordType, relation: Relation): string {
  return BY_TYPE[type]?.[relation] ?? TITLES[relation];
}
