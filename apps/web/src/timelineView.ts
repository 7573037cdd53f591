import { EVENT_KINDS, type Event, parsePartialDate, relationsNetwork } from "@korea-relations/core";
import { eventList } from "./eventList.js";
import { formatDate } from "./formatDate.js";
import { h, svg } from "./h.js";
import { kindColors } from "./kindColors.js";
import { kindLabel } from "./kindLabel.js";
import type { Route, TimelineGroup } from "./parseRoute.js";
import { recordHref } from "./recordHref.js";
import { recordLabel } from "./recordLabel.js";
import { type TimelineItem, timelineLayout } from "./timelineLayout.js";
import type { View, ViewContext } from "./viewContext.js";

type TimelineRoute = Extract<Route, { name: "timeline" }>;

/** The country at the centre of the dataset: partner lanes are relative to it. */
const CENTRE = "KR";

function swatch(color: string, vague: boolean, planned: boolean): SVGSVGElement {
  return svg(
    "svg",
    { width: "22", height: "14", "aria-hidden": "true", class: "swatch" },
    vague
      ? svg("rect", { x: "1", y: "2", width: "20", height: "10", rx: "5", fill: color })
      : svg("circle", {
          cx: "11",
          cy: "7",
          r: "6",
          fill: planned ? "#fff" : color,
          stroke: color,
          "stroke-width": "2",
        }),
  );
}

/**
 * Events over time as an SVG chart: years on the axis, one row per kind or per
 * partner country, marks coloured by kind; filter by country, kind and topic;
 * every mark links to its event. The same events follow as a list.
 */
export function timelineView(route: TimelineRoute, ctx: ViewContext): View {
  const { r, m, lang } = ctx;
  const name = (id: string) => {
    const record = r.resolve(id);
    return record ? recordLabel(record, lang, r.resolve) : id;
  };
  // Choices: only values that have events, so no filter comes up empty on its own.
  const countries = relationsNetwork(r)
    .nodes.filter((n) => n.type === "country")
    .map((n) => n.id)
    .sort((a, b) => name(a).localeCompare(name(b), lang));
  const kinds = EVENT_KINDS.filter((kind) => r.findEvents({ kinds: [kind] }).length > 0);
  const topics = r.dataset.topics
    .filter((t) => r.findEvents({ topics: [t.id] }).length > 0)
    .map((t) => t.id)
    .sort((a, b) => name(a).localeCompare(name(b), lang));
  const colors = kindColors(kinds);
  const partnerOrder = relationsNetwork(r, { countries: [CENTRE] })
    .edges.filter((e) => e.source === CENTRE || e.target === CENTRE)
    .map((e) => (e.source === CENTRE ? e.target : e.source));

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

  const clean = (value: string | undefined, allowed: readonly string[]) =>
    value !== undefined && allowed.includes(value) ? value : undefined;
  let current: TimelineRoute = {
    name: "timeline",
    group: route.group,
    ...(clean(route.country, countries) ? { country: route.country } : {}),
    ...(clean(route.kind, kinds) ? { kind: route.kind } : {}),
    ...(clean(route.topic, topics) ? { topic: route.topic } : {}),
  };

  const form = h(
    "form",
    { class: "filters", "aria-label": m.timeline.heading },
    select("tl-country", m.timeline.country, current.country, [
      ["", m.timeline.all],
      ...countries.map((id) => [id, name(id)] as const),
    ]),
    select("tl-kind", m.timeline.kind, current.kind, [
      ["", m.timeline.all],
      ...kinds.map((k) => [k, kindLabel(k, m)] as const),
    ]),
    select("tl-topic", m.timeline.topic, current.topic, [
      ["", m.timeline.all],
      ...topics.map((id) => [id, name(id)] as const),
    ]),
    select("tl-group", m.timeline.group, current.group, [
      ["kind", m.timeline.byKind],
      ["partner", m.timeline.byPartner],
    ]),
  );
  const status = h("p", { class: "status", role: "status" });
  const chart = h("figure", { class: "chart" });
  const legend = h("ul", { class: "legend" });
  const list = h("div");

  const draw = () => {
    const events = r.findEvents({
      ...(current.country ? { countries: [current.country] } : {}),
      ...(current.kind ? { kinds: [current.kind as Event["kind"]] } : {}),
      ...(current.topic ? { topics: [current.topic] } : {}),
    });
    status.textContent = m.timeline.count(events.length);
    const lanesOf = (event: Event): string[] => {
      if (current.group === "kind") return [event.kind];
      const others = event.countries.filter((c) => c !== CENTRE);
      return others.length > 0 ? others : [CENTRE];
    };
    const items: TimelineItem[] = events.flatMap((event) => {
      const start = parsePartialDate(event.date.value);
      const end = parsePartialDate(event.date.end ?? event.date.value);
      return start && end
        ? [{ id: event.id, start: start.start, end: end.end, lanes: lanesOf(event) }]
        : [];
    });
    const order = current.group === "kind" ? kinds : [...partnerOrder, CENTRE];
    const layout = timelineLayout(items, {
      width: Math.max(300, Math.min(ctx.width, 1100)),
      order,
    });
    const byId = new Map(events.map((e) => [e.id, e]));
    const laneLabel = (key: string) =>
      current.group === "kind"
        ? kindLabel(key, m)
        : key === CENTRE
          ? m.timeline.onlyKorea
          : name(key);
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
              layout.marks.map((mark) => {
                const event = byId.get(mark.id) as Event;
                const color = colors.get(event.kind) ?? "#333";
                const planned = event.status === "planned";
                const label = `${formatDate(event.date, lang)}: ${event.title[lang]}`;
                const shape =
                  mark.x1 === mark.x2
                    ? svg("circle", {
                        cx: mark.x1,
                        cy: mark.y,
                        r: 7,
                        fill: planned ? "#fff" : color,
                        stroke: color,
                        "stroke-width": 2,
                      })
                    : svg("rect", {
                        x: mark.x1,
                        y: mark.y - 6,
                        width: Math.max(14, mark.x2 - mark.x1),
                        height: 12,
                        rx: 6,
                        fill: planned ? "#fff" : color,
                        stroke: color,
                        "stroke-width": 2,
                        "fill-opacity": planned ? 1 : 0.75,
                      });
                return svg(
                  "a",
                  { href: recordHref("event", event.id), "aria-label": label, class: "mark" },
                  svg("title", null, label),
                  shape,
                );
              }),
            ),
          ]),
    );
    const shownKinds = kinds.filter((k) => events.some((e) => e.kind === k));
    legend.replaceChildren(
      ...shownKinds.map((k) =>
        h("li", null, swatch(colors.get(k) ?? "#333", false, false), kindLabel(k, m)),
      ),
      h("li", null, swatch("#56606b", true, false), m.timeline.legendVague),
      h("li", null, swatch("#56606b", false, true), m.timeline.legendPlanned),
    );
    list.replaceChildren(
      events.length === 0
        ? ""
        : h(
            "section",
            { "aria-labelledby": "tl-list" },
            h("h2", { id: "tl-list" }, m.timeline.list),
            eventList(events, ctx),
          ),
    );
  };

  form.addEventListener("change", () => {
    const value = (id: string) =>
      (form.querySelector(`#${id}`) as HTMLSelectElement).value || undefined;
    const country = value("tl-country");
    const kind = value("tl-kind");
    const topic = value("tl-topic");
    current = {
      name: "timeline",
      group: value("tl-group") === "partner" ? "partner" : ("kind" satisfies TimelineGroup),
      ...(country ? { country } : {}),
      ...(kind ? { kind } : {}),
      ...(topic ? { topic } : {}),
    };
    ctx.replace(current);
    draw();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
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
      chart,
      legend,
      list,
    ),
  };
}
