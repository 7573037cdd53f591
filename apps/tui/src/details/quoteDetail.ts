import type { LabelLanguage, Quote, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { labelOfId } from "./labelOf.js";
import { fieldRow, linkRow, section } from "./rows.js";

/** A quote, verbatim in the language it is printed in, with speaker, date and event. */
export function quoteDetail(relations: Relations, quote: Quote, lang: LabelLanguage): Detail {
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
    title: `${labelOfId(relations, quote.speaker, lang)}: “${cleanLine(quote.text)}”`,
    kind: "quote",
    sections: [
      {
        title: `Quote (${quote.language}${quote.translated ? ", translated" : ""})`,
        rows: [{ text: `“${cleanLine(quote.text)}”`, wrap: true, field: "text" }],
      },
      {
        title: "Facts",
        rows: [
          linkRow(relations, quote.speaker, lang, "speaker"),
          fieldRow("date", datedBasis(quote.date, lang), { field: "date", wrap: true }),
          fieldRow(
            "language",
            `${quote.language}${quote.translated ? " (translated: said in another language)" : ""}`,
          ),
          ...(quote.event ? [linkRow(relations, quote.event, lang, "event")] : []),
        ],
      },
      ...section(
        "Topics",
        quote.topics.map((id) => linkRow(relations, id, lang)),
      ),
    ],
    timeline,
  };
}
