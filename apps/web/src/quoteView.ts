import { inQuotes, type Quote } from "@korea-relations/core";
import { citeRegistry } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import { renderingLine } from "./renderingLine.js";
import { shortText } from "./shortText.js";
import type { View, ViewContext } from "./viewContext.js";

/** A quote, verbatim in the language it is printed in: speaker, date, occasion, evidence. */
export function quoteView(quote: Quote, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, quote.id);
  const speakerName = r.recordLabel(quote.speaker, ctx.lang);
  // The heading is the quote itself (its beginning, if long), not the speaker's name.
  const short = shortText(quote.text, 90);
  return {
    title: speakerName,
    node: h(
      "article",
      null,
      recordHeader(
        "quote",
        h("span", { lang: quote.language }, inQuotes(short, ctx.lang)),
        cites,
        ctx,
        short === quote.text
          ? null
          : h("blockquote", { class: "big", lang: quote.language }, inQuotes(quote.text, ctx.lang)),
        renderingLine(quote, ctx),
        h("p", { class: "lead" }, speakerName),
      ),
      factList([
        [m.fields.speaker, recordLink(quote.speaker, ctx), cites.field("speaker")],
        [m.fields.date, dateText(quote.date, ctx), cites.field("date")],
        [
          m.fields.language,
          `${kindLabel(quote.language, m)}${quote.translated ? ` · ${m.translated}` : ""}`,
          cites.field("language"),
        ],
        [m.fields.event, quote.event ? recordLink(quote.event, ctx) : null, cites.field("event")],
        [m.fields.topics, linkList(quote.topics, ctx), cites.field("topics")],
      ]),
      relatedSections(quote, ctx, cites, ["speaker", "event", "topics"]),
      cites.section(),
    ),
  };
}
