import {
  dateWords,
  type Relations,
  type RelationsNetwork,
  relationsNetwork,
} from "@korea-relations/core";
import { downloadBar } from "./downloadBar.js";
import { h, svg } from "./h.js";
import { labelLines } from "./labelLines.js";
import { fromColumns } from "./networkColumns.js";
import { networkLayout } from "./networkLayout.js";
import { pagedList } from "./pagedList.js";
import type { NetworkMode, Route } from "./parseRoute.js";
import { recordHref } from "./recordHref.js";
import { recordLink } from "./recordLink.js";
import { routeHash } from "./routeHash.js";
import { LOCAL_RECORDS } from "./searchClient.js";
import type { View, ViewContext } from "./viewContext.js";

const CENTRE = "KR";

/** Below this width the chart's labels would shrink too far: the list is shown first. */
const CHART_WIDTH = 640;

/** The most pairs the chart draws (the strongest); more would be a tangle, and slow to draw. */
export const CHART_PAIRS = 150;

/** Each dataset's network, worked out once (a page redrawn at another width or language reuses it). */
const networks = new WeakMap<Relations, RelationsNetwork>();

/** The network of the whole dataset, kept. */
export function networkOf(r: Relations): RelationsNetwork {
  let network = networks.get(r);
  if (!network) {
    network = relationsNetwork(r);
    networks.set(r, network);
  }
  return network;
}

/**
 * The part of the network the chart draws: its `CHART_PAIRS` heaviest pairs
 * and those they join (the centre always); all of it when it is no larger.
 */
function strongest(network: RelationsNetwork, centre: string): RelationsNetwork {
  if (network.edges.length <= CHART_PAIRS) return network;
  const edges = network.edges.slice(0, CHART_PAIRS);
  const kept = new Set([centre, ...edges.flatMap((e) => [e.source, e.target])]);
  return { nodes: network.nodes.filter((n) => kept.has(n.id)), edges };
}

/**
 * Each node with the others it shares events with, most first, as rows of
 * bars: the network read as a list, at any width.
 */
function networkList(network: RelationsNetwork, ctx: ViewContext): HTMLElement {
  const { r, m, lang } = ctx;
  const max = Math.max(1, ...network.nodes.map((n) => n.events));
  const others = new Map<string, { id: string; events: number }[]>();
  for (const e of network.edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const list = others.get(a) ?? [];
      list.push({ id: b, events: e.events });
      others.set(a, list);
    }
  }
  const draw = (part: RelationsNetwork["nodes"]) =>
    h(
      "ol",
      { class: "network-list" },
      part.map((node) => {
        const bar = h("span", { class: `share-bar ${node.type}`, "aria-hidden": "true" });
        bar.style.setProperty("--share", String(node.events / max));
        const partners = (others.get(node.id) ?? []).sort((a, b) => b.events - a.events);
        return h(
          "li",
          null,
          h(
            "p",
            { class: "row" },
            recordLink(node.id, ctx),
            h("span", { class: "detail" }, ` · ${m.eventsCount(node.events)}`),
          ),
          bar,
          partners.length > 0
            ? h(
                "p",
                { class: "detail partners" },
                partners.map((p) => `${r.recordLabel(p.id, lang)} ${p.events}`).join(" · "),
              )
            : null,
        );
      }),
    );
  return pagedList(network.nodes, draw, ctx) ?? draw([]);
}

/**
 * The relations network: countries and organizations as nodes, South Korea at
 * the centre, lines weighted by shared events; every node links to its page.
 * As a chart (fitted to the page, or at full size to scroll) or as a list
 * that reads at any width; the same numbers as tables below, to download.
 */
export function networkView(route: Extract<Route, { name: "network" }>, ctx: ViewContext): View {
  const { r, m, lang } = ctx;
  const network = networkOf(r);
  const mode: NetworkMode = route.view ?? (ctx.width >= CHART_WIDTH ? "chart" : "list");
  const name = (id: string) => r.recordLabel(id, lang);
  const cut = (label: string) => labelLines(label).some((line) => line.endsWith("…"));
  /** A label that fits the chart whole: an organization's own short name where its label would be cut. */
  const shortLabel = (id: string, full: string) => {
    if (!cut(full)) return full;
    const record = r.get(id);
    return record.type === "organization" && !cut(record.name) ? record.name : full;
  };
  const drawn = strongest(network, CENTRE);
  const layout = networkLayout(drawn, CENTRE);
  const shown = Math.round(Math.min(layout.width, ctx.width));
  const chart = svg(
    "svg",
    {
      width: shown,
      height: Math.round((shown * layout.height) / layout.width),
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      "aria-labelledby": "net-caption",
      class: "network",
    },
    svg(
      "g",
      { class: "edges", "aria-hidden": "true" },
      layout.edges.map((e) =>
        svg(
          "path",
          {
            d: `M${e.x1.toFixed(1)} ${e.y1.toFixed(1)}Q${e.qx.toFixed(1)} ${e.qy.toFixed(1)} ${e.x2.toFixed(1)} ${e.y2.toFixed(1)}`,
            "stroke-width": e.width.toFixed(1),
            class: e.central ? "central" : "side",
          },
          svg("title", null, `${name(e.source)} – ${name(e.target)}: ${m.eventsCount(e.events)}`),
        ),
      ),
    ),
    layout.nodes.map((node) => {
      const full = name(node.id);
      const label = shortLabel(node.id, full);
      // The visible label leads the accessible name, so that speaking it finds the node.
      const spoken = m.network.node(label === full ? full : `${label} (${full})`, node.events);
      const className = `node node-${node.type}${node.id === CENTRE ? " node-centre" : ""}`;
      return svg(
        "a",
        {
          href: recordHref(node.type, node.id),
          class: className,
          "aria-label": spoken,
        },
        svg("title", null, spoken),
        node.type === "organization"
          ? svg("rect", {
              x: (node.x - node.r).toFixed(1),
              y: (node.y - node.r).toFixed(1),
              width: (node.r * 2).toFixed(1),
              height: (node.r * 2).toFixed(1),
              rx: 3,
            })
          : svg("circle", { cx: node.x.toFixed(1), cy: node.y.toFixed(1), r: node.r.toFixed(1) }),
        svg(
          "text",
          {
            class: "node-label",
            x: node.labelX.toFixed(1),
            y: node.labelY.toFixed(1),
            "text-anchor": node.anchor,
            transform:
              node.rotate === 0
                ? null
                : `rotate(${node.rotate.toFixed(1)} ${node.labelX.toFixed(1)} ${node.labelY.toFixed(1)})`,
          },
          labelLines(label).map((line, i, all) =>
            svg(
              "tspan",
              {
                x: node.labelX.toFixed(1),
                dy: i === 0 ? `${0.35 - (all.length - 1) * 0.55}em` : "1.1em",
              },
              line,
            ),
          ),
        ),
      );
    }),
  );
  /** A table of `items`, one row each, drawn a part at a time (`pagedList`). */
  const table = <T>(
    caption: string,
    head: string[],
    items: readonly T[],
    rowOf: (item: T) => (Node | string | number)[],
  ) => {
    const first = items[0] === undefined ? [] : rowOf(items[0]);
    const frame = (body: HTMLElement) =>
      h(
        "div",
        { class: "table-wrap", tabindex: "0", role: "region", "aria-label": caption },
        h(
          "table",
          null,
          h("caption", null, caption),
          h(
            "thead",
            null,
            h(
              "tr",
              null,
              head.map((cell, i) =>
                h(
                  "th",
                  { scope: "col", class: i > 0 && typeof first[i] === "number" ? "num" : null },
                  cell,
                ),
              ),
            ),
          ),
          body,
        ),
      );
    const body = (part: readonly T[]) =>
      h(
        "tbody",
        null,
        part.map(rowOf).map((row) =>
          h(
            "tr",
            null,
            row.map((cell, i) =>
              i === 0
                ? h("th", { scope: "row" }, cell)
                : h(
                    "td",
                    {
                      "data-label": head[i],
                      class:
                        typeof cell === "number" ? "num" : typeof cell === "string" ? "date" : null,
                    },
                    cell,
                  ),
            ),
          ),
        ),
      );
    return pagedList(items, body, ctx, frame) ?? frame(body([]));
  };
  const typeName = (type: "country" | "organization") => m.types[type][0];
  const pairs = () => ({
    columns: ["between", "and", "shared_events", "first", "last", "event_ids"],
    rows: network.edges.map((e) => {
      const [a, b] = e.target === CENTRE ? [e.target, e.source] : [e.source, e.target];
      return [a, b, e.events, e.first, e.last, e.eventIds.join(";")];
    }),
  });
  const nodes = () => ({
    columns: ["id", "type", "events"],
    rows: network.nodes.map((n) => [n.id, n.type, n.events]),
  });
  const switcher = h(
    "p",
    { class: "view-switch" },
    h("span", null, `${m.networkView.label}: `),
    (["chart", "list"] as const).map((v) =>
      h(
        "a",
        {
          href: routeHash({ name: "network", view: v }),
          "aria-current": v === mode ? "true" : null,
        },
        m.networkView[v],
      ),
    ),
  );
  const zoom = h(
    "button",
    { type: "button", class: "zoom", "aria-pressed": "false" },
    m.network.zoom,
  );
  const box = h(
    "div",
    { class: "zoom-box", tabindex: "0", role: "region", "aria-label": m.network.chartLabel },
    chart,
  );
  zoom.addEventListener("click", () => {
    const on = zoom.getAttribute("aria-pressed") !== "true";
    zoom.setAttribute("aria-pressed", String(on));
    box.classList.toggle("zoomed", on);
    chart.setAttribute("width", String(on ? layout.width : shown));
    chart.setAttribute(
      "height",
      String(on ? layout.height : Math.round((shown * layout.height) / layout.width)),
    );
  });
  return {
    title: mode === "list" ? `${m.network.heading} (${m.networkView.list})` : m.network.heading,
    node: h(
      "div",
      { class: "network-view" },
      h("h1", { tabindex: "-1" }, m.network.heading),
      h("p", null, m.network.intro),
      switcher,
      mode === "chart"
        ? h(
            "figure",
            { class: "chart" },
            h("figcaption", { class: "sr", id: "net-caption" }, m.network.chartLabel),
            shown < layout.width ? zoom : null,
            box,
            drawn === network
              ? null
              : h(
                  "p",
                  { class: "detail" },
                  m.network.strongest(drawn.edges.length, network.edges.length),
                ),
          )
        : networkList(network, ctx),
      h(
        "details",
        { class: "network-tables" },
        h("summary", null, m.network.tables(network.edges.length, network.nodes.length)),
        table(
          m.network.edges,
          [m.network.between, m.network.and, m.network.shared, m.network.first, m.network.last],
          network.edges,
          (e) => [
            // The centre first, where it is one of the two.
            recordLink(e.target === CENTRE ? e.target : e.source, ctx),
            recordLink(e.target === CENTRE ? e.source : e.target, ctx),
            e.events,
            dateWords(e.first, lang, "short"),
            dateWords(e.last, lang, "short"),
          ],
        ),
        downloadBar(ctx, {
          kind: "table",
          name: "network-pairs",
          label: m.network.downloadPairs,
          table: pairs,
        }),
        table(
          m.network.nodes,
          [m.network.name, m.network.kind, m.network.events],
          network.nodes,
          (n) => [recordLink(n.id, ctx), typeName(n.type), n.events],
        ),
        downloadBar(ctx, {
          kind: "table",
          name: "network-nodes",
          label: m.network.downloadNodes,
          table: nodes,
        }),
      ),
    ),
  };
}

/**
 * The network view, the network worked out before the task that draws it: a
 * large dataset's in the search worker (core's alone took longer than a task
 * should at 100k events), a small one's in a task of its own.
 */
export function networkViewLater(
  route: Extract<Route, { name: "network" }>,
  ctx: ViewContext,
): Promise<View> {
  const { r } = ctx;
  if (networks.has(r) || r.dataset.records.length <= LOCAL_RECORDS) {
    networkOf(r);
    return new Promise((done) => setTimeout(() => done(networkView(route, ctx)), 0));
  }
  return ctx.search.network().then((columns) => {
    if (columns && !networks.has(r)) networks.set(r, fromColumns(columns));
    return networkView(route, ctx);
  });
}
