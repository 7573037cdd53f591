import { dateWords, inQuotes, type Quote } from "@korea-relations/core";
import type { CiteRegistry } from "./citeRegistry.js";
import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import { recordLink } from "./recordLink.js";
import { renderingLine } from "./renderingLine.js";
import type { ViewContext } from "./viewContext.js";

/**
 * Quotes, verbatim in their language, with speaker, date and (given a page's
 * citations) their evidence; `null` for none.
 */
export function quoteList(
  quotes: readonly Quote[],
  ctx: ViewContext,
  cites?: CiteRegistry,
): HTMLElement | null {
  if (quotes.length === 0) return null;
  return h(
    "ul",
    { class: "quotes" },
    quotes.map((quote) =>
      h(
        "li",
        null,
        h(
          "blockquote",
          { lang: quote.language },
          h(
            "a",
            { href: recordHref("quote", quote.id), class: "quote-link" },
            inQuotes(quote.text, ctx.lang),
          ),
        ),
        renderingLine(quote, ctx),
        h(
          "p",
          { class: "detail" },
          "— ",
          recordLink(quote.speaker, ctx),
          " · ",
          dateWords(quote.date, ctx.lang),
          quote.translated ? ` · ${ctx.m.translated}` : "",
          " ",
          cites?.marks(ctx.r.evidenceFor(quote.id)),
        ),
      ),
    ),
  );
}
