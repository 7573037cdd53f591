import type { LabelLanguage, Organization, Relations } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { basisText } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/** An organization: facts, members, office holders, events, quotes, agreements, every other link. */
export function organizationDetail(
  relations: Relations,
  organization: Organization,
  lang: LabelLanguage,
): Detail {
  const related = relations.relatedRecords(organization.id);
  return {
    id: organization.id,
    type: "organization",
    title: labelText(relations, organization, lang),
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
                  {
                    basis: organization.native,
                    field: "native",
                  },
                ),
              ]
            : []),
          ...factLinks(relations, related, "country", "country", lang, (c) => ({
            timeline: [c.id],
          })),
          ...(organization.aliases.length > 0
            ? [fieldRow("also", organization.aliases.join(", "), { wrap: true })]
            : []),
          fieldRow("about", organization.description[lang], { wrap: true }),
        ],
      },
      ...relationSections(relations, related, lang, {
        order: ["members", "memberOf", "offices", "events", "quotes", "agreements", "sources"],
        shown: new Set(["country"]),
      }),
    ],
    timeline: organization.country ? [organization.country] : [],
  };
}
