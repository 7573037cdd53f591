import { type RecordType, type Relation, relationHeading } from "@korea-relations/core";

/**
 * Where a relation reads differently from one kind of record than core's
 * heading (`relationHeading`, in English: the interface's language).
 */
const BY_TYPE: { readonly [T in RecordType]?: { readonly [R in Relation]?: string } } = {
  country: {
    events: "Events as a party",
    eventsAbout: "Events about it (not a party)",
    offices: "Office holders",
  },
  organization: { offices: "Office holders" },
  person: { offices: "Offices over time" },
  event: { subjects: "About (not a party)", offices: "Offices held at the time" },
  office: { events: "Events in this office" },
};

/** The title of the section listing `relation` in a detail of a `type` record. */
export function relationTitle(type: RecordType, relation: Relation): string {
  return BY_TYPE[type]?.[relation] ?? relationHeading(relation, "en");
}
