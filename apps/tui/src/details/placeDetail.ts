import type { LabelLanguage, Place, Relations } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { basisText } from "./dateText.js";
import { labelOf } from "./labelOf.js";
import { agreementRow, eventRow, fieldRow, linkRow, quoteRow, section } from "./rows.js";

/** A place: where it lies and the events held there. */
export function placeDetail(relations: Relations, place: Place, lang: LabelLanguage): Detail {
  const { links } = relations.relatedRecords(place.id);
  return {
    id: place.id,
    type: "place",
    title: labelOf(place, lang),
    kind: `place · ${place.kind}`,
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("names", `${place.names.en} · ${place.names.de}`),
          ...(place.native
            ? [fieldRow("native", `${place.native.name} · ${basisText(place.native, lang)}`)]
            : []),
          ...(place.country ? [linkRow(relations, place.country, lang, "country")] : []),
          ...(place.aliases.length > 0
            ? [fieldRow("also", place.aliases.join(", "), { wrap: true })]
            : []),
        ],
      },
      ...section(
        "Events here",
        (links.eventsHeld ?? []).map((e) => eventRow(e, lang)),
      ),
      ...section(
        "Agreements",
        (links.agreements ?? []).map((a) => agreementRow(a, lang)),
      ),
      ...section(
        "Quotes",
        (links.quotes ?? []).map((q) => quoteRow(q, relations, lang)),
      ),
    ],
    timeline: place.country ? [place.country] : [],
  };
}
