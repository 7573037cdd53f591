import type { LabelLanguage, Place, Relations } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { basisText } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/** A place: where it lies, the events held there, and every other link. */
export function placeDetail(relations: Relations, place: Place, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(place.id);
  return {
    id: place.id,
    type: "place",
    title: labelText(relations, place, lang),
    kind: `place · ${place.kind}`,
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("names", `${place.names.en} · ${place.names.de}`),
          ...(place.native
            ? [
                fieldRow("native", `${place.native.name} · ${basisText(place.native, lang)}`, {
                  basis: place.native,
                  field: "native",
                }),
              ]
            : []),
          ...factLinks(relations, related, "country", "country", lang, (c) => ({
            timeline: [c.id],
          })),
          ...(place.aliases.length > 0
            ? [fieldRow("also", place.aliases.join(", "), { wrap: true })]
            : []),
        ],
      },
      ...relationSections(relations, related, lang, {
        order: ["eventsHeld", "agreements", "quotes", "sources"],
        shown: new Set(["country"]),
      }),
    ],
    timeline: place.country ? [place.country] : [],
  };
}
