import type { Country, LabelLanguage, Relations } from "@korea-relations/core";
import { barometerRows } from "./barometerRows.js";
import type { Detail, DetailRow } from "./Detail.js";
import { dateText } from "./dateText.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow, section } from "./rows.js";

/** A country: partners (a bar chart of shared events), its barometer by year (diverging bars), its events as a party and about it, and every other link. */
export function countryDetail(relations: Relations, country: Country, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(country.id);
  const partners = relations.partners(country.id);
  const max = partners[0]?.events ?? 0;
  const partnerRows: DetailRow[] = partners.map((p) => ({
    lead: labelText(relations, p.country, lang),
    text: `${p.events} · ${p.first === p.last ? dateText(p.first) : `${dateText(p.first)} – ${dateText(p.last)}`}`,
    bar: { value: p.events, max },
    ref: p.country,
    evidence: country.id,
    timeline: [country.id, p.country],
  }));
  const party = related.links.events?.length ?? 0;
  const about = related.links.eventsAbout?.length ?? 0;
  return {
    id: country.id,
    type: "country",
    title: labelText(relations, country, lang),
    kind: "country",
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("codes", `${country.id} · ${country.alpha3}`),
          fieldRow("names", `${country.names.en} · ${country.names.de} · ${country.names.ko}`),
          ...(country.aliases.length > 0
            ? [fieldRow("also", country.aliases.join(", "), { wrap: true })]
            : []),
          fieldRow("events", `${party} as a party${about > 0 ? `, ${about} about it` : ""}`),
        ],
      },
      ...section("Partners (shared events as parties; t on one: the pair's timeline)", partnerRows),
      ...section(
        "Barometer per year: −conflict │ +cooperation (Enter on a year: its events)",
        barometerRows(relations, [country.id], lang),
      ),
      ...relationSections(relations, related, lang, {
        order: [
          "events",
          "eventsAbout",
          "offices",
          "nationals",
          "organizations",
          "places",
          "memberOf",
          "agreements",
          "quotes",
          "sources",
        ],
      }),
    ],
    timeline: [country.id],
  };
}
