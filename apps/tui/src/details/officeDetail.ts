import type { LabelLanguage, Office, Relations } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { labelOfId } from "./labelOf.js";
import { eventRow, fieldRow, linkRow, section } from "./rows.js";

/** An office (one person's term): who held it, where, when, and the events at which they did. */
export function officeDetail(relations: Relations, office: Office, lang: LabelLanguage): Detail {
  const { links } = relations.relatedRecords(office.id);
  const where = office.country ?? office.organization;
  return {
    id: office.id,
    type: "office",
    title: `${labelOfId(relations, office.person, lang)}: ${office.label[lang]}`,
    kind: `office · ${office.roles.join(", ")}`,
    sections: [
      {
        title: "Facts",
        rows: [
          linkRow(relations, office.person, lang, "holder"),
          fieldRow("office", office.label[lang]),
          ...(office.titles.length > 0 ? [fieldRow("titles", office.titles.join(" · "))] : []),
          fieldRow("roles", office.roles.join(", ")),
          ...(where ? [linkRow(relations, where, lang, office.country ? "country" : "org")] : []),
          ...office.evidence.flatMap((evidence) =>
            evidence.seen
              ? [fieldRow("seen", datedBasis(evidence.seen, lang), { wrap: true })]
              : [],
          ),
          ...(office.start
            ? [fieldRow("start", datedBasis(office.start, lang), { field: "start", wrap: true })]
            : []),
          ...(office.end
            ? [fieldRow("end", datedBasis(office.end, lang), { field: "end", wrap: true })]
            : []),
          fieldRow("status", office.status),
        ],
      },
      ...section(
        "Events in this office",
        (links.events ?? []).map((e) => eventRow(e, lang)),
      ),
    ],
    timeline: office.country ? [office.country] : [],
  };
}
