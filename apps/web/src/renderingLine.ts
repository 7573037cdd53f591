import { inQuotes, type Quote } from "@korea-relations/core";
import { h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/**
 * A quote's rendering in the page's language, marked as the dataset's
 * translation (never the speaker's words); `null` where the quote is in the
 * page's language or the data has no rendering in it.
 */
export function renderingLine(quote: Quote, ctx: ViewContext): HTMLElement | null {
  const rendering = quote.rendering as Quote["rendering"] | undefined;
  if (quote.language === ctx.lang || rendering?.language !== ctx.lang) return null;
  return h(
    "p",
    { class: "rendering", lang: rendering.language },
    h("span", { class: "rendering-by" }, `${ctx.m.rendering}:`),
    " ",
    inQuotes(rendering.text, ctx.lang),
  );
}
