import type { LabelLanguage, Quote, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/** How the dataset's own translation of a quote is marked: never the speaker's words. */
const RENDERING_MARK: Readonly<Record<LabelLanguage, string>> = {
  en: "translation (dataset)",
  de: "Übersetzung (Datensatz)",
};

/**
 * A quote, verbatim in the language it is printed in, then its rendering in
 * the other label language marked as the dataset's translation; with
 * speaker, date, event and every other link.
 */
export function quoteDetail(relations: Relations, quote: Quote, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(quote.id);
  const speaker = relations.resolve(quote.speaker);
  const event = quote.event === undefined ? undefined : relations.resolve(quote.event);
  const timeline =
    event?.type === "event"
      ? event.countries.slice(0, 2)
      : speaker?.type === "person"
        ? speaker.nationality.slice(0, 1)
        : [];
  return {
    id: quote.id,
    type: "quote",
    title: `${labelText(relations, quote.speaker, lang)}: “${cleanLine(quote.text)}”`,
    kind: "quote",
    sections: [
      {
        title: `Quote (${quote.language}${quote.translated ? ", translated" : ""})`,
        rows: [
          { text: `“${cleanLine(quote.text)}”`, wrap: true, field: "text" },
          ...(quote.rendering
            ? [
                {
                  // The mark in the text, not a lead column that narrow panes cut.
                  text: `${RENDERING_MARK[lang]} · ${quote.rendering.language}: ${cleanLine(quote.rendering.text)}`,
                  wrap: true,
                  tone: "dim" as const,
                  field: "text",
                },
              ]
            : []),
        ],
      },
      {
        title: "Facts",
        rows: [
          ...factLinks(relations, related, "speaker", "speaker", lang),
          fieldRow("date", datedBasis(quote.date, lang), {
            field: "date",
            wrap: true,
            basis: quote.date,
          }),
          fieldRow(
            "language",
            `${quote.language}${quote.translated ? " (translated: said in another language)" : ""}`,
          ),
          ...factLinks(relations, related, "event", "event", lang),
        ],
      },
      ...relationSections(relations, related, lang, {
        order: ["topics", "sources"],
        shown: new Set(["speaker", "event"]),
      }),
    ],
    timeline,
  };
}
