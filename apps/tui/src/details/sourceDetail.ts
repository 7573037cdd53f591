import {
  type LabelLanguage,
  type Relations,
  relatedRecords,
  type Source,
} from "@korea-relations/core";
import type { Detail, DetailRow } from "./Detail.js";
import { basisText, datedBasis } from "./dateText.js";
import { labelOf, labelOfId } from "./labelOf.js";
import {
  agreementRow,
  eventRow,
  fieldRow,
  holderRow,
  personRow,
  quoteRow,
  section,
} from "./rows.js";

/** A source: its metadata, a link to the article, and the records it evidences. */
export function sourceDetail(relations: Relations, source: Source, lang: LabelLanguage): Detail {
  const related = relatedRecords(relations, source.id);
  const meta: DetailRow[] = [
    { text: "Read the article (cited passages highlighted)", reader: source.id, tone: "accent" },
    ...(source.publisher
      ? [
          fieldRow("publisher", `${source.publisher.value} · ${basisText(source.publisher)}`, {
            field: "publisher",
            wrap: true,
          }),
        ]
      : []),
    ...(source.title
      ? [
          fieldRow("title", `${source.title.value} · ${basisText(source.title)}`, {
            field: "title",
            wrap: true,
          }),
        ]
      : []),
    fieldRow("date", datedBasis(source.published), { field: "published", wrap: true }),
    fieldRow("language", source.language),
    fieldRow("kind", `${source.kind.value} · ${basisText(source.kind)}`, { wrap: true }),
    ...(source.url ? [fieldRow("url", source.url.value)] : []),
    ...(source.credits ?? []).map((credit) =>
      fieldRow(credit.role, labelOfId(relations, credit.person, lang), { field: "credits" }),
    ),
    fieldRow("summary", source.summary[lang], { wrap: true }),
  ];
  return {
    id: source.id,
    type: "source",
    title: labelOf(source, lang),
    kind: "source",
    sections: [
      { title: "Source", rows: meta },
      ...section(
        "Events it evidences",
        related.events.map((e) => eventRow(e, lang)),
      ),
      ...section(
        "Agreements",
        related.agreements.map((a) => agreementRow(a, lang)),
      ),
      ...section(
        "Quotes",
        related.quotes.map((q) => quoteRow(q, relations, lang)),
      ),
      ...section(
        "Offices",
        related.offices.map((o) => holderRow(o, relations, lang)),
      ),
      ...section(
        "People",
        related.people.map((p) => personRow(p, lang)),
      ),
    ],
    timeline: [],
  };
}
