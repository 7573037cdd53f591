import type { Quote } from "@korea-relations/core";
import { citeRegistry } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { recordHeader } from "./recordHeader.js";
import { recordLabel } from "./recordLabel.js";
import { recordLink } from "./recordLink.js";
import { splitEvidence } from "./splitEvidence.js";
import type { View, ViewContext } from "./viewContext.js";

/** A quote, verbatim in the language it is printed in: speaker, date, occasion, evidence. */
export function quoteView(quote: Quote, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(quote.id));
  const speaker = r.resolve(quote.speaker);
  const speakerName = speaker ? recordLabel(speaker, ctx.lang, r.resolve) : quote.speaker;
  return {
    title: `${speakerName}: “${quote.text.slice(0, 60)}${quote.text.length > 60 ? "…" : ""}”`,
    node: h(
      "article",
      null,
      recordHeader(
        "quote",
        speakerName,
        cites.marks(ev.general),
        ctx,
        h("blockquote", { class: "big", lang: quote.language }, `“${quote.text}”`),
      ),
      factList([
        [m.fields.speaker, recordLink(quote.speaker, ctx), cites.marks(ev.of("speaker"))],
        [m.fields.date, dateText(quote.date, ctx), cites.marks(ev.of("date"))],
        [
          m.fields.language,
          `${kindLabel(quote.language, m)}${quote.translated ? ` · ${m.translated}` : ""}`,
        ],
        [
          m.fields.event,
          quote.event ? recordLink(quote.event, ctx) : null,
          cites.marks(ev.of("event")),
        ],
        [m.fields.topics, linkList(quote.topics, ctx), cites.marks(ev.of("topics"))],
      ]),
      cites.section(),
    ),
  };
}
