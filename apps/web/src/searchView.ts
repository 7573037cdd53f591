import type { SearchHit, SearchResults } from "@korea-relations/core";
import { matchedField } from "@korea-relations/core";
import { describeText } from "./describeText.js";
import { downloadBar } from "./downloadBar.js";
import { h } from "./h.js";
import { matchSegments } from "./matchSegments.js";
import { matchWindow } from "./matchWindow.js";
import type { Route } from "./parseRoute.js";
import { recordHref } from "./recordHref.js";
import { routeHash } from "./routeHash.js";
import type { View, ViewContext } from "./viewContext.js";

/** Results on one page. */
export const PAGE_SIZE = 20;

/**
 * Where the list starts on screen and its lowest row's height, as last
 * measured (0 until then): how many rows a keystroke's frame must show.
 */
let listTop = 0;
let rowHeight = 0;

type SearchRoute = Extract<Route, { name: "search" }>;

/** Text with its matched ranges marked. */
function marked(text: string, ranges: SearchHit["ranges"]): (HTMLElement | string)[] {
  return matchSegments(text, ranges).map((s) => (s.matched ? h("mark", null, s.text) : s.text));
}

/** What matched, where the label does not show it: the field's name and its text, matches marked. */
function matchLine(hit: SearchHit, ctx: ViewContext): HTMLElement | null {
  if (labelShowsMatch(hit)) return null;
  const field = matchedField(hit, ctx.lang);
  const shown = matchWindow(field.text, field.ranges);
  return h(
    "span",
    { class: "match" },
    h("span", { class: "match-field" }, `${field.name}: `),
    marked(shown.text, shown.ranges),
  );
}

/** Makes `parent`'s children `wanted` (nulls left out), moving only what is not in place. */
function place(parent: Element, wanted: readonly (Element | null)[]): void {
  let cursor = parent.firstChild;
  for (const node of wanted) {
    if (!node) continue;
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

/** Whether the hit matched in its label (its name or title as shown). */
const labelShowsMatch = (hit: SearchHit) =>
  (hit.field === "name" || hit.field === "title") && hit.text === hit.label;

/** A result row, kept while the record stays among the results: only what changed is redrawn. */
interface Row {
  readonly li: HTMLElement;
  readonly link: HTMLElement;
  readonly detail: HTMLElement | null;
  /** What the link and the match line show now. */
  nameKey: string;
  matchKey: string;
  match: HTMLElement | null;
}

const nameKey = (hit: SearchHit) =>
  labelShowsMatch(hit) ? `${hit.label}\u0000${hit.ranges.join(";")}` : hit.label;
const matchKey = (hit: SearchHit) =>
  labelShowsMatch(hit) ? "" : `${hit.field}\u0000${hit.text}\u0000${hit.ranges.join(";")}`;
const linkText = (hit: SearchHit): (HTMLElement | string)[] =>
  labelShowsMatch(hit) ? marked(hit.label, hit.ranges) : [hit.label];

function newRow(hit: SearchHit, ctx: ViewContext): Row {
  const record = ctx.r.resolve(hit.id);
  const link = h(
    "a",
    {
      href: recordHref(hit.type, hit.id),
      lang: record?.type === "quote" ? record.language : null,
    },
    linkText(hit),
  );
  const match = matchLine(hit, ctx);
  const detail = record
    ? h("span", { class: "detail" }, describeText(ctx.r.describe(record, ctx.lang), ctx))
    : null;
  const li = h(
    "li",
    null,
    h("span", { class: `kind-tag type-${hit.type}` }, ctx.m.types[hit.type][0]),
    " ",
    link,
    match,
    detail,
  );
  return { li, link, detail, nameKey: nameKey(hit), matchKey: matchKey(hit), match };
}

/** Brings a kept row up to date with this query's hit. */
function updateRow(row: Row, hit: SearchHit, ctx: ViewContext): void {
  const name = nameKey(hit);
  if (name !== row.nameKey) {
    row.nameKey = name;
    row.link.replaceChildren(...linkText(hit));
  }
  const match = matchKey(hit);
  if (match !== row.matchKey) {
    row.matchKey = match;
    const line = matchLine(hit, ctx);
    if (row.match && line) row.match.replaceWith(line);
    else if (row.match) row.match.remove();
    else if (line) row.li.insertBefore(line, row.detail);
    row.match = line;
  }
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

  // Kept between queries: the list (its rows reused while their records stay
  // among the results, so typing redraws only what changed), pager and downloads.
  const list = h("ol", { class: "hits ranked" });
  let rows = new Map<string, Row>();
  let pager: HTMLElement | null = null;
  let pagerKey = "";
  let downloads: HTMLElement | null = null;
  let downloadsTotal = -1;
  let downloadQuery = "";
  let frame = 0;
  let rest: ReturnType<typeof setTimeout> | undefined;
  /** How many rows the screen shows from the list's top: all of them until measured. */
  const onScreen = () =>
    rowHeight === 0 || listTop < 0 ? PAGE_SIZE : Math.ceil((innerHeight - listTop) / rowHeight) + 1;
  /** After a frame (when layout is up to date, so reading it costs nothing). */
  const measure = () => {
    const first = list.firstElementChild;
    if (!list.isConnected || !first) return;
    listTop = list.getBoundingClientRect().top;
    let lowest = Number.POSITIVE_INFINITY;
    for (const li of list.children) lowest = Math.min(lowest, li.getBoundingClientRect().height);
    if (lowest > 0 && Number.isFinite(lowest)) rowHeight = Math.max(lowest, 16);
  };

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

    // Rows on screen are drawn now; new rows below them after this frame
    // (laying out a page of new rows is most of a keystroke's frame).
    const now = onScreen();
    const kept = new Map<string, Row>();
    const later: [key: string, hit: SearchHit][] = [];
    for (const [i, hit] of hits.entries()) {
      const key = `${hit.type}\u0000${hit.id}`;
      const row = rows.get(key);
      if (row) {
        updateRow(row, hit, ctx);
        kept.set(key, row);
      } else if (i < now) kept.set(key, newRow(hit, ctx));
      else later.push([key, hit]);
    }
    place(
      list,
      [...kept.values()].map((row) => row.li),
    );
    rows = kept;
    list.setAttribute("start", String(from));
    cancelAnimationFrame(frame);
    clearTimeout(rest);
    frame = requestAnimationFrame(() => {
      rest = setTimeout(() => {
        measure();
        if (later.length === 0) return;
        for (const [key, hit] of later) rows.set(key, newRow(hit, ctx));
        const order = hits.map((hit) => rows.get(`${hit.type}\u0000${hit.id}`)?.li ?? null);
        place(list, order);
      });
    });

    const pages = Math.ceil(total / PAGE_SIZE);
    const pageLink = (n: number, label: string, rel: string) =>
      h("a", { href: routeHash({ name: "search", q, ...(n > 1 ? { page: n } : {}) }), rel }, label);
    const nextPagerKey = pages > 1 ? `${q}\u0000${page}\u0000${pages}` : "";
    if (nextPagerKey !== pagerKey) {
      pagerKey = nextPagerKey;
      pager =
        pages > 1
          ? h(
              "nav",
              { class: "pager", "aria-label": m.resultPages },
              page > 1 ? pageLink(page - 1, m.previous, "prev") : null,
              h("span", null, m.pageOf(page, pages)),
              page < pages ? pageLink(page + 1, m.next, "next") : null,
            )
          : null;
    }
    // The downloads read the query when used: redrawn only when the total changes.
    downloadQuery = q;
    if (total !== downloadsTotal) {
      downloadsTotal = total;
      downloads =
        total > 0
          ? downloadBar(ctx, {
              kind: "search",
              get name() {
                return `search-${downloadQuery}`;
              },
              get query() {
                return downloadQuery;
              },
              total,
              label: m.downloadResults(total),
            })
          : null;
    }
    place(results, [hits.length === 0 ? null : list, pager, downloads]);
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
      place(results, []);
      rows = new Map();
      cancelAnimationFrame(frame);
      clearTimeout(rest);
      return;
    }
    const options = { lang: ctx.lang, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
    const known = ctx.search.atHand(q, options);
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
