import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import type { View, ViewContext } from "./viewContext.js";

/** No record at this address: say so and offer the closest names (from the search, when they come). */
export function notFoundView(ref: string, ctx: ViewContext): View {
  const suggestions = h("div", { class: "suggestions" });
  return {
    title: ctx.m.notFound,
    node: h(
      "article",
      null,
      h("h1", { tabindex: "-1" }, ctx.m.notFound),
      h("p", null, ctx.m.notFoundHint),
      suggestions,
    ),
    after: () => {
      ctx.search.search(ref.replaceAll("-", " "), { limit: 5, lang: ctx.lang }).then((found) => {
        if (!found || found.hits.length === 0 || !suggestions.isConnected) return;
        suggestions.replaceChildren(
          h("p", null, `${ctx.m.didYouMean}:`),
          h(
            "ul",
            { class: "items" },
            found.hits.map((hit) =>
              h("li", null, h("a", { href: recordHref(hit.type, hit.id) }, hit.label)),
            ),
          ),
        );
      });
    },
  };
}
