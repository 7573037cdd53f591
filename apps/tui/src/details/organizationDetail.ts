import type { LabelLanguage, Organization, Relations } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { basisText } from "./dateText.js";
import { labelOf } from "./labelOf.js";
import { agreementRow, eventRow, fieldRow, holderRow, linkRow, quoteRow, section } from "./rows.js";

/** An organization: facts, members, office holders, events, quotes, agreements. */
export function organizationDetail(
  relations: Relations,
  organization: Organization,
  lang: LabelLanguage,
): Detail {
  const { links } = relations.relatedRecords(organization.id);
  return {
    id: organization.id,
    type: "organization",
    title: labelOf(organization, lang),
    kind: `organization · ${organization.kind}`,
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("name", organization.name),
          ...(organization.native
            ? [
                fieldRow(
                  "native",
                  `${organization.native.name} · ${basisText(organization.native, lang)}`,
                ),
              ]
            : []),
          ...(organization.country
            ? [linkRow(relations, organization.country, lang, "country")]
            : []),
          ...(organization.aliases.length > 0
            ? [fieldRow("also", organization.aliases.join(", "), { wrap: true })]
            : []),
          fieldRow("about", organization.description[lang], { wrap: true }),
        ],
      },
      ...section(
        "Members",
        (organization.members ?? []).map((id) => linkRow(relations, id, lang)),
      ),
      ...section(
        "Office holders",
        [...(links.offices ?? [])].reverse().map((o) => holderRow(o, relations, lang)),
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
    timeline: organization.country ? [organization.country] : [],
  };
}
