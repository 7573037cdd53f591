import { cachedSearch } from "./cachedSearch.js";
import { describeText } from "./describeText.js";
import { groupHits } from "./groupHits.js";
import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import type { View, ViewContext } from "./viewContext.js";

/** Search results as you type, grouped by kind, each with one line of context. */
export function searchView(query: string, ctx: ViewContext): View {
  const { m } = ctx;
  const q = query.trim();
  const hits = q === "" ? [] : cachedSearch(ctx.r, q, ctx.lang, 40);
  const groups = groupHits(hits);
  const status =
    q === "" ? m.searchHint : hits.length === 0 ? m.noResults(q) : m.results(hits.length, q);
  return {
    title: q === "" ? m.searchLabel : `${m.searchLabel}: ${q}`,
    announce: status,
    node: h(
      "div",
      { class: "search-results" },
      h("h1", { tabindex: "-1" }, m.searchLabel),
      h("p", { class: "status" }, status),
      groups.map((group) =>
        h(
          "section",
          { class: "hit-group", "aria-label": m.types[group.type][1] },
          h(
            "h2",
            null,
            m.types[group.type][1],
            h("span", { class: "count" }, ` ${group.hits.length}`),
          ),
          h(
            "ul",
            { class: "hits" },
            group.hits.map((hit) =>
              h(
                "li",
                null,
                h("a", { href: recordHref(hit.type, hit.id) }, hit.label),
                h("span", { class: "detail" }, describeText(ctx.r.describe(hit.id, ctx.lang), ctx)),
              ),
            ),
          ),
        ),
      ),
    ),
  };
}
