import {
  dateWords,
  EVENT_KINDS,
  type Event,
  type EventFilter,
  type Facet,
  numberWords,
  parsePartialDate,
} from "@korea-relations/core";
import { collator } from "./collator.js";
import { downloadBar } from "./downloadBar.js";
import { eventList } from "./eventList.js";
import { h, svg } from "./h.js";
import { kindColors } from "./kindColors.js";
import { kindDensity } from "./kindDensity.js";
import { kindLabel } from "./kindLabel.js";
import { later } from "./later.js";
import { nextMark } from "./nextMark.js";
import { pagedList } from "./pagedList.js";
import type { Route, TimelineGroup } from "./parseRoute.js";
import { recordHref } from "./recordHref.js";
import { type TimelineDensity, timelineDensity } from "./timelineDensity.js";
import { type TimelineItem, timelineLayout } from "./timelineLayout.js";
import type { View, ViewContext } from "./viewContext.js";

type TimelineRoute = Extract<Route, { name: "timeline" }>;

/** The country at the centre of the dataset: partner lanes are relative to it. */
const CENTRE = "KR";

/**
 * More events than this are drawn as counts per year and row: a mark each
 * (with its label and place in the keyboard order) would hold the page for
 * seconds at 100,000 events.
 */
export const MARKS_LIMIT = 1000;

/** Events per year and row, as shaded cells: the timeline of a large dataset. */
function densityChart(
  density: TimelineDensity,
  laneLabel: (key: string) => string,
  ctx: ViewContext,
): HTMLElement {
  const { m, lang } = ctx;
  const width = Math.max(300, Math.min(ctx.width, 1100));
  const left = 150;
  const top = 22;
  const row = 22;
  const span = density.last - density.first + 1;
  const cell = (width - left - 8) / span;
  const every = Math.max(1, Math.ceil(40 / cell));
  const height = top + row * density.lanes.length + 4;
  const cells: SVGElement[] = [];
  for (const [i, lane] of density.lanes.entries()) {
    const label = laneLabel(lane.key);
    cells.push(svg("text", { x: 4, y: top + i * row + 15 }, label));
    for (const [j, n] of lane.counts.entries()) {
      if (n === 0) continue;
      cells.push(
        svg(
          "rect",
          {
            class: "density",
            x: (left + j * cell).toFixed(1),
            y: top + i * row + 2,
            width: Math.max(1, cell - 1).toFixed(1),
            height: row - 4,
            "fill-opacity": (0.15 + 0.85 * Math.sqrt(n / density.max)).toFixed(2),
          },
          svg("title", null, `${label}, ${density.first + j}: ${m.timeline.count(n)}`),
        ),
      );
    }
  }
  for (let year = density.first; year <= density.last; year += every) {
    const x = left + (year - density.first + 0.5) * cell;
    cells.push(svg("text", { x: x.toFixed(1), y: 15, "text-anchor": "middle" }, String(year)));
  }
  return h(
    "div",
    { class: "density-chart" },
    h("p", { class: "note" }, m.timeline.dense(numberWords(MARKS_LIMIT, lang))),
    svg(
      "svg",
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: "img",
        "aria-label": `${m.timeline.chartLabel}: ${m.timeline.dense(numberWords(MARKS_LIMIT, lang))}`,
        class: "timeline dense",
      },
      cells,
    ),
  );
}

/** A legend's sample mark, in a colour class (`k3`, or `plain` for grey). */
function swatch(color: string, shape: "vague" | "planned" | "about" | "day"): SVGSVGElement {
  const tone = `shape ${color}${shape === "planned" || shape === "about" ? " hollow" : ""}`;
  return svg(
    "svg",
    { width: "22", height: "14", "aria-hidden": "true", class: "swatch" },
    shape === "vague"
      ? svg("rect", { class: `${tone} span`, x: "1", y: "2", width: "20", height: "10", rx: "5" })
      : svg("circle", {
          class: tone,
          cx: "11",
          cy: "7",
          r: "6",
          "stroke-width": "2",
          "stroke-dasharray": shape === "about" ? "3 2" : null,
        }),
  );
}

/**
 * Events over time as an SVG chart: years on the axis, one row per kind or per
 * partner country, marks coloured by kind. Filter choices and their counts
 * come from core's `facets`, the events of a country from core's `timeline`
 * (events about it marked apart). The chart is one keyboard stop: arrow keys
 * move between marks, whose label shows on focus and hover; every mark links
 * to its event, and the same events follow as a list.
 */
export function timelineView(route: TimelineRoute, ctx: ViewContext): View {
  const { r, m, lang } = ctx;
  const compare = collator(lang).compare;
  const name = (id: string) => r.recordLabel(id, lang);
  const everything = r.facets();
  // Colours stay put whatever the filter: one per kind that has events, in the vocabulary's order.
  const colors = kindColors(EVENT_KINDS.filter((k) => everything.kinds.some((f) => f.value === k)));
  const partnerOrder = r.partners(CENTRE).map((p) => p.country);
  const countries = everything.partners.map((f) => f.value);

  const has = (list: readonly Facet<string>[], value: string | undefined) =>
    value !== undefined && list.some((f) => f.value === value);
  let current: TimelineRoute = {
    name: "timeline",
    group: route.group,
    ...(route.country !== undefined && countries.includes(route.country)
      ? { country: route.country }
      : {}),
    ...(has(everything.kinds, route.kind) ? { kind: route.kind } : {}),
    ...(has(everything.topics, route.topic) ? { topic: route.topic } : {}),
  };

  /** The filter of the current choices, leaving one out (to count that one's choices). */
  const filterOf = (without?: "country" | "kind" | "topic"): EventFilter => ({
    ...(current.country && without !== "country" ? { involves: [current.country] } : {}),
    ...(current.kind && without !== "kind" ? { kinds: [current.kind as Event["kind"]] } : {}),
    ...(current.topic && without !== "topic" ? { topics: [current.topic] } : {}),
  });

  const form = h("form", { class: "filters", "aria-label": m.timeline.heading });
  const select = (
    id: string,
    label: string,
    value: string | undefined,
    options: readonly (readonly [string, string])[],
  ) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: id }, label),
      h(
        "select",
        { id, name: id },
        options.map(([v, text]) => h("option", { value: v, selected: v === (value ?? "") }, text)),
      ),
    );
  const counted = (list: readonly Facet<string>[], text: (v: string) => string, keep?: string) => {
    const values = list.map((f) => [f.value, `${text(f.value)} (${f.count})`] as const);
    if (keep !== undefined && !list.some((f) => f.value === keep)) {
      values.push([keep, `${text(keep)} (0)`]);
    }
    return values.sort((a, b) => compare(a[1], b[1]));
  };
  const drawForm = () => {
    // Each list counts the events the other filters leave, so no choice comes up empty.
    const byCountry = r.facets(filterOf("country"));
    const byKind = r.facets(filterOf("kind"));
    const byTopic = r.facets(filterOf("topic"));
    form.replaceChildren(
      select("tl-country", m.timeline.country, current.country, [
        ["", m.timeline.all],
        // Without counts: core counts a country's parties, its timeline also shows events about it.
        ...[
          ...new Set([
            ...byCountry.partners.map((f) => f.value),
            ...(current.country ? [current.country] : []),
          ]),
        ]
          .filter((id) => countries.includes(id))
          .map((id) => [id, name(id)] as const)
          .sort((a, b) => compare(a[1], b[1])),
      ]),
      select("tl-kind", m.timeline.kind, current.kind, [
        ["", m.timeline.all],
        ...counted(byKind.kinds, (k) => kindLabel(k, m), current.kind),
      ]),
      select("tl-topic", m.timeline.topic, current.topic, [
        ["", m.timeline.all],
        ...counted(byTopic.topics, name, current.topic),
      ]),
      select("tl-group", m.timeline.group, current.group, [
        ["kind", m.timeline.byKind],
        ["partner", m.timeline.byPartner],
      ]),
    );
  };

  const status = h("p", { class: "status", role: "status" });
  const chart = h("figure", { class: "chart" });
  // The chart as one keyboard widget. Its listeners sit on the figure: focus
  // listeners on an SVG element would make Chromium put the SVG itself in the tab order.
  let marks: SVGAElement[] = [];
  let points: { x: number; y: number }[] = [];
  const tip = h("p", { class: "tl-tip", "aria-hidden": "true", hidden: true });
  const showTip = (a: SVGAElement | null) => {
    if (!a) {
      tip.hidden = true;
      return;
    }
    tip.textContent = a.getAttribute("aria-label");
    tip.hidden = false;
    const box = a.getBoundingClientRect();
    const frame = chart.getBoundingClientRect();
    const left = box.left + box.width / 2 - frame.left;
    const width = tip.offsetWidth;
    tip.style.left = `${Math.max(0, Math.min(left - width / 2, frame.width - width))}px`;
    tip.style.top = `${box.top - frame.top - tip.offsetHeight - 6}px`;
  };
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<SVGAElement>("a.mark") : null;
  const focusMark = (index: number) => {
    for (const a of marks) a.setAttribute("tabindex", "-1");
    const a = marks[index];
    a?.setAttribute("tabindex", "0");
    a?.focus();
  };
  chart.addEventListener("keydown", (event) => {
    const from = Number(markOf(event.target)?.dataset.index);
    if (Number.isNaN(from)) return;
    const to = nextMark(points, from, event.key);
    if (to === undefined) return;
    event.preventDefault();
    focusMark(to);
  });
  chart.addEventListener("focusin", (event) => {
    const a = markOf(event.target);
    if (!a) return;
    for (const other of marks) other.setAttribute("tabindex", "-1");
    a.setAttribute("tabindex", "0");
    showTip(a);
  });
  chart.addEventListener("focusout", () => showTip(null));
  chart.addEventListener("mouseover", (event) => showTip(markOf(event.target)));
  // Back to the focused mark's label, if any.
  chart.addEventListener("mouseleave", () =>
    showTip(marks.find((a) => a === document.activeElement) ?? null),
  );
  const legend = h("ul", { class: "legend" });
  const list = h("div");
  const downloads = h("div");

  const draw = () => {
    const filter = filterOf();
    // A country's own timeline (core's) marks the events only about it.
    let events: readonly Event[];
    let about: ReadonlySet<string> = new Set();
    if (current.country) {
      const entries = r.timeline(current.country, undefined, {
        ...(filter.kinds ? { kinds: filter.kinds } : {}),
        ...(filter.topics ? { topics: filter.topics } : {}),
      });
      events = entries.map((e) => e.event);
      about = new Set(entries.filter((e) => e.role === "about").map((e) => e.event.id));
    } else events = r.findEvents(filter);
    status.textContent = m.timeline.count(events.length);
    const filterName = [current.country, current.kind, current.topic].filter(Boolean).join("-");
    downloads.replaceChildren(
      events.length === 0
        ? ""
        : downloadBar(ctx, {
            kind: "records",
            name: `timeline${filterName ? `-${filterName}` : ""}`,
            label: m.downloadTimeline(events.length),
            records: () => events,
          }),
    );
    const lanesOf = (event: Event): string[] => {
      if (current.group === "kind") return [event.kind];
      const others = event.countries.filter((c) => c !== CENTRE);
      return others.length > 0 ? others : [CENTRE];
    };
    const order = current.group === "kind" ? [...colors.keys()] : [...partnerOrder, CENTRE];
    const laneLabel = (key: string) =>
      current.group === "kind"
        ? kindLabel(key, m)
        : key === CENTRE
          ? m.timeline.onlyKorea
          : name(key);
    if (events.length > MARKS_LIMIT) {
      marks = [];
      points = [];
      // Counted by the year each starts in: by kind from core's facets; by
      // partner from the events (a checked date starts with its year).
      const density =
        current.group === "kind"
          ? kindDensity(r, filter, order)
          : timelineDensity(
              events,
              (event) => Number(event.date.value.slice(0, 4)),
              lanesOf,
              order,
            );
      chart.replaceChildren(densityChart(density, laneLabel, ctx));
      // So many events: their legend and list in a task of its own once the
      // chart is shown (busy till then; not once a newer drawing replaced it).
      list.replaceChildren(
        later(() => {
          drawLegend(events, about);
          return eventsSection(events, about);
        }, ctx),
      );
      return;
    }
    const items: TimelineItem[] = events.flatMap((event) => {
      const start = parsePartialDate(event.date.value);
      const end = parsePartialDate(event.date.end ?? event.date.value);
      return start && end
        ? [{ id: event.id, start: start.start, end: end.end, lanes: lanesOf(event) }]
        : [];
    });
    const layout = timelineLayout(items, {
      width: Math.max(300, Math.min(ctx.width, 1100)),
      order,
    });
    const byId = new Map(events.map((e) => [e.id, e]));
    const labelOf = (event: Event) =>
      `${dateWords(event.date, lang)}: ${event.title[lang]}${about.has(event.id) ? ` (${m.timeline.about})` : ""}`;
    marks = layout.marks.map((mark, index) => {
      const event = byId.get(mark.id) as Event;
      const color = colors.get(event.kind) ?? "plain";
      const hollow = event.status === "planned" || about.has(event.id);
      const dash = about.has(event.id) ? "3 2" : null;
      const tone = `shape ${color}${hollow ? " hollow" : ""}`;
      const shape =
        mark.x1 === mark.x2
          ? svg("circle", {
              class: tone,
              cx: mark.x1,
              cy: mark.y,
              r: 7,
              "stroke-width": 2,
              "stroke-dasharray": dash,
            })
          : svg("rect", {
              class: `${tone} span`,
              x: mark.x1,
              y: mark.y - 6,
              width: Math.max(14, mark.x2 - mark.x1),
              height: 12,
              rx: 6,
              "stroke-width": 2,
              "stroke-dasharray": dash,
            });
      return svg(
        "a",
        {
          href: recordHref("event", event.id),
          "aria-label": labelOf(event),
          class: about.has(event.id) ? "mark about" : "mark",
          tabindex: "-1",
          "data-index": index,
        },
        // A hit area of 24 × 24 px around small marks, for pointers.
        svg("rect", {
          class: "hit",
          x: Math.min(mark.x1, (mark.x1 + mark.x2) / 2 - 12),
          y: mark.y - 12,
          width: Math.max(24, mark.x2 - mark.x1),
          height: 24,
        }),
        shape,
      );
    });
    points = layout.marks.map((mark) => ({ x: (mark.x1 + mark.x2) / 2, y: mark.y }));
    // One tab stop for the whole chart, on the earliest mark: the arrow keys move between marks.
    marks[nextMark(points, 0, "Home") ?? 0]?.setAttribute("tabindex", "0");
    chart.replaceChildren(
      ...(events.length === 0
        ? [h("p", null, m.timeline.none)]
        : [
            h("figcaption", { class: "sr", id: "tl-caption" }, m.timeline.chartLabel),
            svg(
              "svg",
              {
                width: layout.width,
                height: layout.height,
                viewBox: `0 0 ${layout.width} ${layout.height}`,
                "aria-labelledby": "tl-caption",
                "aria-describedby": "tl-keys",
                class: "timeline",
              },
              svg(
                "g",
                { class: "lanes", "aria-hidden": "true" },
                layout.lanes.map((lane) =>
                  svg("rect", {
                    class: "lane-bg",
                    x: 0,
                    y: lane.y,
                    width: layout.width,
                    height: lane.height,
                  }),
                ),
              ),
              svg(
                "g",
                { class: "grid", "aria-hidden": "true" },
                layout.gaps.map((g) =>
                  svg("rect", {
                    class: "gap",
                    x: g.x1,
                    y: 20,
                    width: g.x2 - g.x1,
                    height: layout.axisY - 20,
                  }),
                ),
                layout.ticks.map((t) =>
                  svg("line", { x1: t.x, x2: t.x, y1: 20, y2: layout.axisY + 6 }),
                ),
                svg("line", {
                  class: "axis",
                  x1: layout.ticks[0]?.x ?? 0,
                  x2: layout.ticks.at(-1)?.x ?? 0,
                  y1: layout.axisY,
                  y2: layout.axisY,
                }),
                layout.labels.map((l) => [
                  svg("text", { x: l.x, y: 15, "text-anchor": "middle" }, l.text),
                  svg("text", { x: l.x, y: layout.axisY + 18, "text-anchor": "middle" }, l.text),
                ]),
              ),
              svg(
                "g",
                { class: "lane-labels", "aria-hidden": "true" },
                layout.lanes.map((lane) =>
                  svg("text", { x: 6, y: lane.y + 14 }, laneLabel(lane.key)),
                ),
              ),
              marks,
            ),
            tip,
            h("p", { class: "hint", id: "tl-keys" }, m.timeline.keys),
          ]),
    );
    drawRest(events, about);
  };

  /** The legend of the events shown. */
  const drawLegend = (events: readonly Event[], about: ReadonlySet<string>) => {
    const shownKinds = [...colors.keys()].filter((k) => events.some((e) => e.kind === k));
    legend.replaceChildren(
      ...shownKinds.map((k) =>
        h("li", null, swatch(colors.get(k) ?? "plain", "day"), kindLabel(k, m)),
      ),
      h("li", null, swatch("plain", "vague"), m.timeline.legendVague),
      h("li", null, swatch("plain", "planned"), m.timeline.legendPlanned),
      ...(about.size > 0 ? [h("li", null, swatch("plain", "about"), m.timeline.legendAbout)] : []),
    );
  };

  /** The list of the events shown. */
  const eventsSection = (events: readonly Event[], about: ReadonlySet<string>) =>
    events.length === 0
      ? ""
      : h(
          "section",
          { "aria-labelledby": "tl-list" },
          h("h2", { id: "tl-list" }, m.timeline.list),
          pagedList(events, (part) => eventList(part, ctx, about), ctx),
        );

  /** The legend and the list of the events shown. */
  const drawRest = (events: readonly Event[], about: ReadonlySet<string>) => {
    drawLegend(events, about);
    list.replaceChildren(eventsSection(events, about));
  };

  form.addEventListener("change", () => {
    const value = (id: string) =>
      (form.querySelector(`#${id}`) as HTMLSelectElement).value || undefined;
    const country = value("tl-country");
    const kind = value("tl-kind");
    const topic = value("tl-topic");
    const focused = document.activeElement?.id;
    current = {
      name: "timeline",
      group: value("tl-group") === "partner" ? "partner" : ("kind" satisfies TimelineGroup),
      ...(country ? { country } : {}),
      ...(kind ? { kind } : {}),
      ...(topic ? { topic } : {}),
    };
    ctx.replace(current);
    drawForm();
    if (focused) form.querySelector<HTMLElement>(`#${focused}`)?.focus();
    draw();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  drawForm();
  draw();

  return {
    title: m.timeline.heading,
    node: h(
      "div",
      { class: "timeline-view" },
      h("h1", { tabindex: "-1" }, m.timeline.heading),
      h("p", null, m.timeline.intro),
      form,
      status,
      // The filters lead straight to the chart they shape; the download of the
      // events shown goes with their list.
      chart,
      legend,
      downloads,
      list,
    ),
  };
}
