import type { LabelLanguage, Relations, Source } from "@korea-relations/core";
import type { Detail, DetailRow } from "./Detail.js";
import { basisText, datedBasis } from "./dateText.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/** A source: its metadata, a link to the article, and the records it evidences (every link). */
export function sourceDetail(relations: Relations, source: Source, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(source.id);
  const meta: DetailRow[] = [
    { text: "Read the article (cited passages highlighted)", reader: source.id, tone: "accent" },
    ...(source.publisher
      ? [
          fieldRow(
            "publisher",
            `${source.publisher.value} · ${basisText(source.publisher, lang)}`,
            {
              field: "publisher",
              wrap: true,
              basis: source.publisher,
            },
          ),
        ]
      : []),
    ...(source.title
      ? [
          fieldRow("title", `${source.title.value} · ${basisText(source.title, lang)}`, {
            field: "title",
            wrap: true,
            basis: source.title,
          }),
        ]
      : []),
    fieldRow("date", datedBasis(source.published, lang), {
      field: "published",
      wrap: true,
      ...(source.published ? { basis: source.published } : {}),
    }),
    fieldRow("language", source.language),
    fieldRow("kind", `${source.kind.value} · ${basisText(source.kind, lang)}`, {
      wrap: true,
      field: "kind",
      basis: source.kind,
    }),
    ...(source.url ? [fieldRow("url", source.url.value)] : []),
    ...(source.credits ?? []).map((credit) =>
      fieldRow(credit.role, labelText(relations, credit.person, lang), {
        field: "credits",
        ref: credit.person,
        relation: "credits",
      }),
    ),
    fieldRow("summary", source.summary[lang], { wrap: true }),
  ];
  return {
    id: source.id,
    type: "source",
    title: labelText(relations, source, lang),
    kind: "source",
    sections: [
      { title: "Source", rows: meta },
      ...relationSections(relations, related, lang, {
        order: ["evidences", "sources"],
        shown: new Set(["credits"]),
      }),
    ],
    timeline: [],
  };
}
