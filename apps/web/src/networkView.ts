import { relationsNetwork } from "@korea-relations/core";
import { formatDate } from "./formatDate.js";
import { h, svg } from "./h.js";
import { labelLines } from "./labelLines.js";
import { networkLayout } from "./networkLayout.js";
import { recordHref } from "./recordHref.js";
import { recordLink } from "./recordLink.js";
import type { View, ViewContext } from "./viewContext.js";

const CENTRE = "KR";

/**
 * The relations network: countries and organizations as nodes, South Korea at
 * the centre, lines weighted by shared events; every node links to its page.
 * Beside it, the same numbers as tables.
 */
export function networkView(ctx: ViewContext): View {
  const { r, m, lang } = ctx;
  const network = relationsNetwork(r);
  const name = (id: string) => r.recordLabel(id, lang);
  const cut = (label: string) => labelLines(label).some((line) => line.endsWith("…"));
  /** A label that fits the chart whole: an organization's own short name where its label would be cut. */
  const shortLabel = (id: string, full: string) => {
    if (!cut(full)) return full;
    const record = r.get(id);
    return record.type === "organization" && !cut(record.name) ? record.name : full;
  };
  const wide = ctx.width >= 880;
  const layout = networkLayout(network, CENTRE);
  const shown = Math.round(Math.min(layout.width, wide ? ctx.width * 0.5 - 16 : ctx.width));
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
  const table = (caption: string, head: string[], rows: (Node | string | number)[][]) =>
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
                { scope: "col", class: i > 0 && typeof rows[0]?.[i] === "number" ? "num" : null },
                cell,
              ),
            ),
          ),
        ),
        h(
          "tbody",
          null,
          rows.map((row) =>
            h(
              "tr",
              null,
              row.map((cell, i) =>
                i === 0
                  ? h("th", { scope: "row" }, cell)
                  : h(
                      "td",
                      {
                        class:
                          typeof cell === "number"
                            ? "num"
                            : typeof cell === "string"
                              ? "date"
                              : null,
                      },
                      cell,
                    ),
              ),
            ),
          ),
        ),
      ),
    );
  const typeName = (type: "country" | "organization") => m.types[type][0];
  return {
    title: m.network.heading,
    node: h(
      "div",
      { class: "network-view" },
      h("h1", { tabindex: "-1" }, m.network.heading),
      h("p", null, m.network.intro),
      h(
        "div",
        { class: wide ? "network-grid wide" : "network-grid" },
        h(
          "figure",
          { class: "chart" },
          h("figcaption", { class: "sr", id: "net-caption" }, m.network.chartLabel),
          chart,
        ),
        h(
          "div",
          { class: "network-tables" },
          table(
            m.network.edges,
            [m.network.between, m.network.and, m.network.shared, m.network.first, m.network.last],
            network.edges.map((e) => [
              // The centre first, where it is one of the two.
              recordLink(e.target === CENTRE ? e.target : e.source, ctx),
              recordLink(e.target === CENTRE ? e.source : e.target, ctx),
              e.events,
              formatDate({ value: e.first }, lang, "short"),
              formatDate({ value: e.last }, lang, "short"),
            ]),
          ),
          table(
            m.network.nodes,
            [m.network.name, m.network.kind, m.network.events],
            network.nodes.map((n) => [recordLink(n.id, ctx), typeName(n.type), n.events]),
          ),
        ),
      ),
    ),
  };
}
