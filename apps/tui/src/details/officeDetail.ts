import {
  type LabelLanguage,
  type Office,
  officeSightings,
  type Relations,
} from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { roleText } from "./roleText.js";
import { fieldRow } from "./rows.js";

/**
 * An office (one person's term): who held it, where, its roles in the label
 * language, when, each date the sources show the person in office once (its
 * row opens the excerpts that show it), the events at which they did, every
 * other link.
 */
export function officeDetail(relations: Relations, office: Office, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(office.id);
  const dated = (lead: string, field: "start" | "end") => {
    const date = office[field];
    return date ? [fieldRow(lead, datedBasis(date, lang), { field, wrap: true, basis: date })] : [];
  };
  const roles = office.roles.map((role) => roleText(role, lang)).join(", ");
  return {
    id: office.id,
    type: "office",
    title: labelText(relations, office, lang),
    kind: `office · ${roles}`,
    sections: [
      {
        title: "Facts",
        rows: [
          ...factLinks(relations, related, "holder", "holder", lang),
          // The office in the label language; the sources' own wording (in
          // the source's language) is the evidence this row opens.
          fieldRow("office", cleanLine(office.label[lang]), { field: "titles" }),
          fieldRow("roles", roles),
          ...factLinks(relations, related, "country", "country", lang, (c) => ({
            timeline: [c.id],
          })),
          ...factLinks(relations, related, "organization", "org", lang),
          ...officeSightings(office).map(({ date, evidence }) =>
            fieldRow(
              "seen",
              `${datedBasis(date, lang)}${evidence.length > 1 ? ` · ${evidence.length} excerpts` : ""}`,
              { wrap: true, basis: date, excerpts: evidence },
            ),
          ),
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
