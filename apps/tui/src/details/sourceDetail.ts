import type { LabelLanguage, RecordOf, RecordType, Relations, Source } from "@korea-relations/core";
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
  const { links } = relations.relatedRecords(source.id);
  const evidenced = <T extends RecordType>(type: T) =>
    (links.evidences ?? []).filter((r): r is RecordOf<T> => r.type === type);
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
            },
          ),
        ]
      : []),
    ...(source.title
      ? [
          fieldRow("title", `${source.title.value} · ${basisText(source.title, lang)}`, {
            field: "title",
            wrap: true,
          }),
        ]
      : []),
    fieldRow("date", datedBasis(source.published, lang), { field: "published", wrap: true }),
    fieldRow("language", source.language),
    fieldRow("kind", `${source.kind.value} · ${basisText(source.kind, lang)}`, { wrap: true }),
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
        evidenced("event").map((e) => eventRow(e, lang)),
      ),
      ...section(
        "Agreements",
        evidenced("agreement").map((a) => agreementRow(a, lang)),
      ),
      ...section(
        "Quotes",
        evidenced("quote").map((q) => quoteRow(q, relations, lang)),
      ),
      ...section(
        "Offices",
        evidenced("office").map((o) => holderRow(o, relations, lang)),
      ),
      ...section(
        "People",
        evidenced("person").map((p) => personRow(p, lang)),
      ),
    ],
    timeline: [],
  };
}
