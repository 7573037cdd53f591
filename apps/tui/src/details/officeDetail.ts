import type { LabelLanguage, Office, Relations } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { labelOfId } from "./labelOf.js";
import { eventRow, fieldRow, linkRow, section } from "./rows.js";

/** An office observation: who held it, where, when, and the events at which they did. */
export function officeDetail(relations: Relations, office: Office, lang: LabelLanguage): Detail {
  const { links } = relations.relatedRecords(office.id);
  const where = office.country ?? office.organization;
  return {
    id: office.id,
    type: "office",
    title: `${labelOfId(relations, office.person, lang)}: ${office.title}`,
    kind: `office · ${office.role}`,
    sections: [
      {
        title: "Facts",
        rows: [
          linkRow(relations, office.person, lang, "holder"),
          fieldRow("title", office.title),
          fieldRow("role", office.role),
          ...(where ? [linkRow(relations, where, lang, office.country ? "country" : "org")] : []),
          fieldRow("observed", datedBasis(office.observed, lang), {
            field: "observed",
            wrap: true,
          }),
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
