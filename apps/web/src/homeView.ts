import type { RecordType } from "@korea-relations/core";
import { numberWords } from "@korea-relations/core";
import { browseCount } from "./browseCount.js";
import { h, svg } from "./h.js";
import { recordList } from "./recordList.js";
import { routeHash } from "./routeHash.js";
import type { View, ViewContext } from "./viewContext.js";

/** The headline figures, in this order. */
const FIGURES: readonly RecordType[] = [
  "event",
  "country",
  "person",
  "agreement",
  "quote",
  "source",
];

/** The other kinds of records, each a list. */
const MORE: readonly RecordType[] = ["organization", "office", "topic", "place"];

/**
 * Events per year as bars, for the years with events; a wider gap where years
 * without any are left out. Read as one image: its label names every year's count.
 */
function yearChart(
  years: readonly { readonly year: number; readonly count: number }[],
  ctx: ViewContext,
): HTMLElement | null {
  if (years.length === 0) return null;
  const { m } = ctx;
  const max = Math.max(...years.map((y) => y.count));
  const tallest = years.find((y) => y.count === max)?.year;
  const width = Math.max(280, Math.min(ctx.width, 720));
  const GAP = 12;
  const gapBefore = (i: number) => i > 0 && (years[i]?.year ?? 0) - (years[i - 1]?.year ?? 0) > 1;
  const gaps = years.filter((_, i) => gapBefore(i)).length;
  const step = Math.min(36, (width - gaps * GAP) / years.length);
  const bar = Math.max(2, step * 0.75);
  const top = 18;
  const base = 96;
  const parts: SVGElement[] = [];
  let x = 0;
  for (const [i, y] of years.entries()) {
    if (gapBefore(i)) x += GAP;
    const tall = Math.max(2, ((base - top) * y.count) / max);
    parts.push(
      svg(
        "rect",
        {
          class: "year-bar",
          x: x.toFixed(1),
          y: (base - tall).toFixed(1),
          width: bar.toFixed(1),
          height: tall.toFixed(1),
        },
        svg("title", null, `${y.year}: ${m.eventsCount(y.count)}`),
      ),
    );
    const first = i === 0;
    const last = i === years.length - 1;
    if (first || last) {
      parts.push(
        svg(
          "text",
          {
            class: "label",
            x: (first ? x : x + bar).toFixed(1),
            y: base + 16,
            "text-anchor": first ? "start" : "end",
          },
          String(y.year),
        ),
      );
    }
    if (y.year === tallest) {
      // Over the tallest bar, kept inside the chart at either end.
      const end = i >= years.length - 2;
      const start = !end && i <= 1;
      parts.push(
        svg(
          "text",
          {
            class: "label",
            x: (end ? x + bar : start ? x : x + bar / 2).toFixed(1),
            y: (base - tall - 4).toFixed(1),
            "text-anchor": end ? "end" : start ? "start" : "middle",
          },
          `${y.year}: ${y.count}`,
        ),
      );
    }
    x += step;
  }
  const total = Math.ceil(x);
  return h(
    "figure",
    { class: "year-chart" },
    svg(
      "svg",
      {
        width: total,
        height: base + 22,
        viewBox: `0 0 ${total} ${base + 22}`,
        role: "img",
        "aria-label": `${m.home.perYear}: ${years.map((y) => `${y.year} ${y.count}`).join(", ")}`,
      },
      parts,
    ),
    h(
      "figcaption",
      null,
      m.home.perYear,
      " · ",
      h("a", { href: routeHash({ name: "timeline", group: "kind" }) }, m.home.openTimeline),
    ),
  );
}

/** The start page: the data first (headline figures, events per year), then search and the lists. */
export function homeView(ctx: ViewContext): View {
  const { m, r } = ctx;
  // Core's count of events per year (kept: the timeline's first filter asks the same).
  const years = r
    .facets()
    .years.filter((y) => y.count > 0)
    .map((y) => ({ year: y.value, count: y.count }));
  const figure = (type: RecordType) => {
    const n = browseCount(type, ctx);
    return h(
      "li",
      null,
      h(
        "a",
        { href: routeHash({ name: "browse", type }) },
        h("strong", { class: "figure" }, numberWords(n, ctx.lang)),
        h("span", null, m.types[type][n === 1 ? 0 : 1]),
      ),
    );
  };
  const span = years.length > 0 ? m.home.span(years[0]?.year ?? 0, years.at(-1)?.year ?? 0) : "";
  return {
    title: ctx.data.builtin ? m.title : `${ctx.data.name} · ${m.title}`,
    node: h(
      "div",
      { class: "home" },
      h("h1", { tabindex: "-1" }, ctx.data.builtin ? m.title : ctx.data.name),
      h("p", { class: "lead" }, ctx.data.builtin ? m.tagline : m.home.yourData(ctx.data.version)),
      h(
        "section",
        { class: "overview", "aria-labelledby": "figures-heading" },
        h("h2", { id: "figures-heading", class: "sr" }, m.home.figures),
        h("ul", { class: "figures" }, FIGURES.map(figure)),
        span ? h("p", { class: "detail" }, span) : null,
        yearChart(years, ctx),
      ),
      h(
        "section",
        { "aria-labelledby": "search-heading" },
        h("h2", { id: "search-heading" }, m.searchLabel),
        h("p", null, m.home.searchHint),
        h(
          "ul",
          { class: "examples" },
          m.home.examples.map((q) =>
            h("li", null, h("a", { href: routeHash({ name: "search", q }) }, q)),
          ),
        ),
      ),
      h(
        "section",
        { "aria-labelledby": "browse-heading" },
        h("h2", { id: "browse-heading" }, m.explore),
        h(
          "ul",
          { class: "browse" },
          h(
            "li",
            null,
            h("a", { href: routeHash({ name: "timeline", group: "kind" }) }, m.timeline.heading),
          ),
          h("li", null, h("a", { href: routeHash({ name: "network" }) }, m.network.heading)),
          MORE.map((type) =>
            h(
              "li",
              null,
              h(
                "a",
                { href: routeHash({ name: "browse", type }) },
                m.types[type][1],
                h("span", { class: "count" }, ` ${browseCount(type, ctx)}`),
              ),
            ),
          ),
          h("li", null, h("a", { href: routeHash({ name: "open" }) }, m.open.link)),
        ),
      ),
      h("p", null, m.intro),
      ctx.data.builtin
        ? h(
            "section",
            { "aria-labelledby": "sources-heading" },
            h("h2", { id: "sources-heading" }, m.nav.sources),
            recordList(r.dataset.sources, ctx),
          )
        : null,
    ),
  };
}
