import type { LabelLanguage, Person, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail } from "./Detail.js";
import { basisText } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/** A person: offices over time, events, quotes, agreements, and every other link. */
export function personDetail(relations: Relations, person: Person, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(person.id);
  const facts = [
    ...(person.native
      ? [
          fieldRow(
            "native",
            `${person.native.name} (${person.native.lang}) · ${basisText(person.native, lang)}`,
            { field: "native", basis: person.native },
          ),
        ]
      : []),
    ...factLinks(relations, related, "nationality", "nationality", lang, (c) => ({
      timeline: [c.id],
    })),
    ...(person.aliases.length > 0
      ? [fieldRow("also", person.aliases.join(", "), { wrap: true })]
      : []),
    fieldRow("about", person.description[lang], { wrap: true }),
  ];
  return {
    id: person.id,
    type: "person",
    title: labelText(relations, person, lang),
    kind: "person",
    sections: [
      { title: "Facts", rows: facts },
      ...relationSections(relations, related, lang, {
        order: ["offices", "events", "quotes", "agreements", "credited", "sources"],
        shown: new Set(["nationality"]),
      }),
    ],
    timeline: person.nationality.slice(0, 1).map((code) => cleanLine(code)),
  };
}
