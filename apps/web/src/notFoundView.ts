import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import type { View, ViewContext } from "./viewContext.js";

/** No record at this address: say so and offer the closest names. */
export function notFoundView(ref: string, ctx: ViewContext): View {
  const { hits } = ctx.r.search(ref.replaceAll("-", " "), { limit: 5, lang: ctx.lang });
  return {
    title: ctx.m.notFound,
    node: h(
      "article",
      null,
      h("h1", { tabindex: "-1" }, ctx.m.notFound),
      h("p", null, ctx.m.notFoundHint),
      hits.length === 0
        ? null
        : [
            h("p", null, `${ctx.m.didYouMean}:`),
            h(
              "ul",
              { class: "items" },
              hits.map((hit) =>
                h("li", null, h("a", { href: recordHref(hit.type, hit.id) }, hit.label)),
              ),
            ),
          ],
    ),
  };
}
