import type { LabelLanguage, Person, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail } from "./Detail.js";
import { basisText } from "./dateText.js";
import { labelOf } from "./labelOf.js";
import { agreementRow, eventRow, fieldRow, linkRow, officeRow, quoteRow, section } from "./rows.js";

/** A person: offices over time, events, quotes and agreements. */
export function personDetail(relations: Relations, person: Person, lang: LabelLanguage): Detail {
  const { links } = relations.relatedRecords(person.id);
  const facts = [
    ...(person.native
      ? [
          fieldRow(
            "native",
            `${person.native.name} (${person.native.lang}) · ${basisText(person.native, lang)}`,
            { field: "native" },
          ),
        ]
      : []),
    ...person.nationality.map((code) => linkRow(relations, code, lang, "nationality")),
    ...(person.aliases.length > 0
      ? [fieldRow("also", person.aliases.join(", "), { wrap: true })]
      : []),
    fieldRow("about", person.description[lang], { wrap: true }),
  ];
  return {
    id: person.id,
    type: "person",
    title: labelOf(person, lang),
    kind: "person",
    sections: [
      { title: "Facts", rows: facts },
      ...section(
        "Offices over time",
        (links.offices ?? []).map((o) => officeRow(o, relations, lang)),
      ),
      ...section(
        "Events",
        (links.events ?? []).map((e) => eventRow(e, lang)),
      ),
      ...section(
        "Quotes",
        (links.quotes ?? []).map((q) => quoteRow(q, relations, lang)),
      ),
      ...section(
        "Agreements",
        (links.agreements ?? []).map((a) => agreementRow(a, lang)),
      ),
    ],
    timeline: person.nationality.slice(0, 1).map((code) => cleanLine(code)),
  };
}
