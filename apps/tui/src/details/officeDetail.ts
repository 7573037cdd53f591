import type { LabelLanguage, Office, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/** An office observation: who held it, where, when, the events at which they did, every other link. */
export function officeDetail(relations: Relations, office: Office, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(office.id);
  const dated = (lead: string, field: "observed" | "start" | "end") => {
    const date = office[field];
    return date ? [fieldRow(lead, datedBasis(date), { field, wrap: true, basis: date })] : [];
  };
  return {
    id: office.id,
    type: "office",
    title: labelText(relations, office, lang),
    kind: `office · ${office.role}`,
    sections: [
      {
        title: "Facts",
        rows: [
          ...factLinks(relations, related, "holder", "holder", lang),
          fieldRow("title", cleanLine(office.title)),
          fieldRow("role", office.role),
          ...factLinks(relations, related, "country", "country", lang, (c) => ({
            timeline: [c.id],
          })),
          ...factLinks(relations, related, "organization", "org", lang),
          ...dated("observed", "observed"),
          ...dated("start", "start"),
          ...dated("end", "end"),
          fieldRow("status", office.status),
        ],
      },
      ...relationSections(relations, related, lang, {
        order: ["events", "sources"],
        shown: new Set(["holder", "country", "organization"]),
      }),
    ],
    timeline: office.country ? [office.country] : [],
  };
}
