import type { SearchHit, SearchResults } from "@korea-relations/core";
import { dateWords, numberWords } from "@korea-relations/core";
import { describeText } from "./describeText.js";
import { downloadBar } from "./downloadBar.js";
import { type Child, h } from "./h.js";
import { matchSegments } from "./matchSegments.js";
import { matchWindow } from "./matchWindow.js";
import type { Route } from "./parseRoute.js";
import { recordHref } from "./recordHref.js";
import { routeHash } from "./routeHash.js";
import type { View, ViewContext } from "./viewContext.js";

/** Results on one page. */
export const PAGE_SIZE = 20;

type SearchRoute = Extract<Route, { name: "search" }>;

/** Text with its matched ranges marked. */
function marked(text: string, ranges: SearchHit["ranges"]): Child[] {
  return matchSegments(text, ranges).map((s) => (s.matched ? h("mark", null, s.text) : s.text));
}

/** A date hit's text (`2020-11-12`, or a span `2020-11-12/2020-11-14`) as a date. */
function dateOf(text: string): { value: string; end?: string } {
  const [value = text, end] = text.split("/");
  return end === undefined ? { value } : { value, end };
}

/** What matched, where the label does not show it: the field's name and its text, matches marked. */
function matchLine(hit: SearchHit, ctx: ViewContext): HTMLElement | null {
  const { m } = ctx;
  if ((hit.field === "name" || hit.field === "title") && hit.text === hit.label) return null;
  const whole: SearchHit["ranges"] = [[0, Number.MAX_SAFE_INTEGER]];
  const shown =
    hit.field === "date"
      ? { text: dateWords(dateOf(hit.text), ctx.lang), ranges: whole }
      : hit.field === "amount" && /^\d+$/.test(hit.text)
        ? {
            text: numberWords(Number(hit.text), ctx.lang),
            ranges: whole,
          }
        : matchWindow(hit.text, hit.ranges);
  const field =
    (m.fields as Record<string, string>)[hit.field] ??
    m.matchFields[hit.field as keyof typeof m.matchFields] ??
    hit.field;
  return h(
    "span",
    { class: "match" },
    h("span", { class: "match-field" }, `${field}: `),
    marked(shown.text, shown.ranges),
  );
}

function hitItem(hit: SearchHit, ctx: ViewContext): HTMLElement {
  const record = ctx.r.resolve(hit.id);
  const inLabel = (hit.field === "name" || hit.field === "title") && hit.text === hit.label;
  return h(
    "li",
    null,
    h("span", { class: `kind-tag type-${hit.type}` }, ctx.m.types[hit.type][0]),
    " ",
    h(
      "a",
      {
        href: recordHref(hit.type, hit.id),
        lang: record?.type === "quote" ? record.language : null,
      },
      inLabel ? marked(hit.label, hit.ranges) : hit.label,
    ),
    matchLine(hit, ctx),
    record
      ? h("span", { class: "detail" }, describeText(ctx.r.describe(record, ctx.lang), ctx))
      : null,
  );
}

/**
 * Search as you type: core's ranked results (run in the search worker), a
 * page at a time with the total, each hit's matches marked; the previous
 * results stay until the next arrive. Paging and downloads of every result
 * as CSV and JSON.
 */
export function searchView(route: SearchRoute, ctx: ViewContext): View {
  const { m } = ctx;
  const status = h("p", { class: "status" });
  const results = h("div", { class: "results" });
  const heading = h("h1", { tabindex: "-1" }, m.searchLabel);
  const node = h("div", { class: "search-results" }, heading, status, results);
  let shown = "";
  let wanted = "";

  const titleOf = (q: string) => (q === "" ? m.searchLabel : `${m.searchLabel}: ${q}`);

  const draw = (q: string, page: number, found: SearchResults) => {
    const { total, hits } = found;
    const from = found.offset + 1;
    const to = found.offset + hits.length;
    const text =
      total === 0
        ? m.noResults(q)
        : total <= PAGE_SIZE || hits.length === 0
          ? m.results(total, q)
          : m.resultsRange(from, to, total, q);
    status.textContent = text;
    results.removeAttribute("aria-busy");
    // Which query the results shown answer (read by the page's speed bench and tests).
    results.dataset.query = q;
    const pages = Math.ceil(total / PAGE_SIZE);
    const pageLink = (n: number, label: string, rel: string) =>
      h("a", { href: routeHash({ name: "search", q, ...(n > 1 ? { page: n } : {}) }), rel }, label);
    results.replaceChildren(
      ...[
        hits.length === 0
          ? null
          : h(
              "ol",
              { class: "hits ranked", start: from },
              hits.map((hit) => hitItem(hit, ctx)),
            ),
        pages > 1
          ? h(
              "nav",
              { class: "pager", "aria-label": m.resultPages },
              page > 1 ? pageLink(page - 1, m.previous, "prev") : null,
              h("span", null, m.pageOf(page, pages)),
              page < pages ? pageLink(page + 1, m.next, "next") : null,
            )
          : null,
        total > 0
          ? downloadBar(ctx, {
              kind: "search",
              name: `search-${q}`,
              query: q,
              total,
              label: m.downloadResults(total),
            })
          : null,
      ].filter((x): x is HTMLElement => x !== null),
    );
    ctx.announce(text);
  };

  const show = (next: SearchRoute) => {
    const q = next.q.trim();
    const page = next.page ?? 1;
    const key = `${q}\u0000${page}`;
    wanted = key;
    if (key === shown) return;
    if (q === "") {
      shown = key;
      status.textContent = m.searchHint;
      results.replaceChildren();
      return;
    }
    const options = { lang: ctx.lang, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
    const known = ctx.search.cached(q, options);
    if (known) {
      shown = key;
      draw(q, page, known);
      return;
    }
    // The previous results stay until these arrive.
    results.setAttribute("aria-busy", "true");
    if (shown === "" || !ctx.search.ready) {
      status.textContent = ctx.search.ready ? m.searching : m.preparingSearch;
    }
    ctx.search.search(q, options).then((found) => {
      if (!found || wanted !== key) return;
      shown = key;
      draw(q, page, found);
    });
  };
  show(route);

  return {
    title: titleOf(route.q.trim()),
    node,
    update: (next) => {
      if (next.name !== "search") return undefined;
      show(next);
      return titleOf(next.q.trim());
    },
  };
}
