import type { Country, LabelLanguage, Relations } from "@korea-relations/core";
import type { Detail, DetailRow } from "./Detail.js";
import { labelOf, labelOfId } from "./labelOf.js";
import { agreementRow, eventRow, fieldRow, holderRow, personRow, section } from "./rows.js";

/** A country: partners (a bar chart of shared events), timeline, office holders. */
export function countryDetail(relations: Relations, country: Country, lang: LabelLanguage): Detail {
  const { links } = relations.relatedRecords(country.id);
  const partners = relations.partners(country.id);
  const max = partners[0]?.events ?? 0;
  const partnerRows: DetailRow[] = partners.map((p) => ({
    lead: labelOfId(relations, p.country, lang),
    text: `${p.events} · ${p.first === p.last ? p.first : `${p.first} – ${p.last}`}`,
    bar: { value: p.events, max },
    ref: p.country,
    evidence: country.id,
  }));
  return {
    id: country.id,
    type: "country",
    title: labelOf(country, lang),
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
          fieldRow("events", String((links.events ?? []).length)),
        ],
      },
      ...section("Partners (shared events)", partnerRows),
      ...section(
        "Timeline",
        (links.events ?? []).map((e) => eventRow(e, lang)),
      ),
      ...section(
        "Office holders",
        [...(links.offices ?? [])].reverse().map((o) => holderRow(o, relations, lang)),
      ),
      ...section(
        "People",
        (links.nationals ?? []).map((p) => personRow(p, lang)),
      ),
      ...section(
        "Agreements",
        (links.agreements ?? []).map((a) => agreementRow(a, lang)),
      ),
    ],
    timeline: [country.id],
  };
}
