import { dateWords } from "@korea-relations/core";
import type { Barometer, BarometerPeriod, QuadCounts } from "@korea-relations/core/brief";
import { h, svg } from "./h.js";
import { recordLink } from "./recordLink.js";
import type { ViewContext } from "./viewContext.js";

type Role = "party" | "about";
type Side = "cooperation" | "conflict";

const ROLES: readonly Role[] = ["party", "about"];
const SIDES: readonly Side[] = ["cooperation", "conflict"];

/** The quad classes of one side, in the order drawn out from the axis. */
const PARTS = {
  cooperation: ["materialCooperation", "verbalCooperation"],
  conflict: ["materialConflict", "verbalConflict"],
} as const;

const HEIGHT = 220;
const MARGIN = { top: 10, right: 8, bottom: 28, left: 34 };
/** Least distance between two year labels, in pixels. */
const LABEL_GAP = 40;

let counter = 0;

/** The ids behind one bar: both quad classes of a side, oldest first as core gives them. */
export function barEvents(counts: QuadCounts, side: Side): readonly string[] {
  return PARTS[side].flatMap((key) => counts.events[key]);
}

/**
 * Core's barometer as an SVG chart: per period, diverging bars, cooperation
 * above the axis and conflict below, the events a country takes part in
 * (solid) beside those only about it (dashed), each bar split into material
 * (next to the axis) and verbal. The chart is an image with a title and a
 * summary; its numbers follow as a table whose counts are buttons, and a
 * bar or a count opens the list of its events below. Beside it stand core's
 * caveat and its formula.
 */
export function barometerChart(b: Barometer, ctx: ViewContext): HTMLElement {
  const { m, lang } = ctx;
  const w = m.brief;
  const n = ++counter;
  const names = b.countries.map((c) => ctx.r.recordLabel(c, lang)).join(" – ");
  const caveat = h("p", { class: "caveat", role: "note" }, b.caveat);
  const formula = h("p", { class: "formula" }, b.formula);
  const periods = b.periods;
  if (periods.length === 0) return h("div", { class: "barometer" }, caveat, formula);

  const sideWord = (side: Side) => (side === "cooperation" ? w.cooperation : w.conflict);
  const roleWord = (role: Role) => (role === "party" ? w.party : w.about);

  const list = h("div", { class: "barometer-events", "aria-live": "polite" });
  const bars = new Map<string, SVGGElement>();
  const key = (p: string, role: Role, side: Side) => `${p}|${role}|${side}`;
  const open = (period: BarometerPeriod, role: Role, side: Side) => {
    const dateOf = (id: string) => {
      const record = ctx.r.resolve(id);
      return record?.type === "event" ? record.date.value : "";
    };
    // Both quad classes of the side, merged in date order.
    const ids = [...barEvents(period[role], side)].sort((x, y) =>
      dateOf(x) < dateOf(y) ? -1 : dateOf(x) > dateOf(y) ? 1 : 0,
    );
    for (const [k, g] of bars) g.classList.toggle("on", k === key(period.period, role, side));
    const heading = h(
      "h3",
      { tabindex: "-1" },
      w.listHeading(period.period, sideWord(side), roleWord(role), ids.length),
    );
    list.replaceChildren(
      heading,
      h(
        "ul",
        { class: "items" },
        ids.map((id) => {
          const record = ctx.r.resolve(id);
          return h(
            "li",
            { "data-id": id },
            recordLink(id, ctx),
            record?.type === "event" ? ` · ${dateWords(record.date, lang, "short")}` : null,
          );
        }),
      ),
      h(
        "button",
        {
          type: "button",
          class: "close",
          onclick: () => {
            list.replaceChildren();
            for (const g of bars.values()) g.classList.remove("on");
          },
        },
        w.close,
      ),
    );
    heading.focus();
  };

  // The chart, drawn at the width it is shown at so its text stays at 12 px.
  const width = Math.max(280, Math.min(960, Math.round(ctx.width) || 640));
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const half = plotH / 2;
  const axis = MARGIN.top + half;
  const max = Math.max(
    1,
    ...periods.flatMap((p) => ROLES.flatMap((role) => SIDES.map((side) => p[role][side]))),
  );
  const colW = plotW / periods.length;
  const barW = Math.max(2, Math.min(22, colW * 0.38));
  const every = Math.ceil(LABEL_GAP / colW);
  const scale = (v: number) => (v / max) * half;
  const titleId = `bt${n}`;
  const descId = `bd${n}`;
  const totals = (role: Role) => [b.total[role].cooperation, b.total[role].conflict] as const;
  const first = periods[0]?.period ?? "";
  const last = periods[periods.length - 1]?.period ?? "";

  const grid = [max, 0, max].map((v, i) =>
    svg(
      "g",
      { class: i === 1 ? "axis" : "grid" },
      svg("line", {
        x1: MARGIN.left,
        x2: width - MARGIN.right,
        y1: i === 0 ? axis - half : i === 1 ? axis : axis + half,
        y2: i === 0 ? axis - half : i === 1 ? axis : axis + half,
      }),
      svg(
        "text",
        {
          class: "label",
          x: MARGIN.left - 6,
          y: (i === 0 ? axis - half : i === 1 ? axis : axis + half) + 4,
          "text-anchor": "end",
        },
        String(v),
      ),
    ),
  );

  const columns = periods.map((period, i) => {
    const centre = MARGIN.left + colW * (i + 0.5);
    const g = svg("g", { class: "period" });
    ROLES.forEach((role, j) => {
      const x = j === 0 ? centre - barW - 1 : centre + 1;
      for (const side of SIDES) {
        const value = period[role][side];
        if (value === 0) continue;
        const up = side === "cooperation";
        const [near, far] = PARTS[side];
        const nearH = scale(period[role][near]);
        const farH = scale(period[role][far]);
        const total = Math.max(2, nearH + farH);
        const bar = svg(
          "g",
          {
            class: `bar ${side} ${role}`,
            "data-period": period.period,
            "data-role": role,
            "data-side": side,
            "data-value": value,
            "data-verbal": period[role][up ? "verbalCooperation" : "verbalConflict"],
            "data-material": period[role][up ? "materialCooperation" : "materialConflict"],
          },
          svg("title", null, w.barLabel(period.period, sideWord(side), roleWord(role), value)),
          // Material next to the axis, verbal beyond it.
          nearH > 0
            ? svg("rect", {
                class: "material",
                x,
                width: barW,
                y: up ? axis - nearH : axis,
                height: nearH,
              })
            : null,
          farH > 0
            ? svg("rect", {
                class: "verbal",
                x,
                width: barW,
                y: up ? axis - nearH - farH : axis + nearH,
                height: farH,
              })
            : null,
          // A target a little larger than a short bar.
          svg("rect", {
            class: "hit",
            x: x - 1,
            width: barW + 2,
            y: up ? axis - Math.max(total, 10) : axis,
            height: Math.max(total, 10),
          }),
        );
        bar.addEventListener("click", () => open(period, role, side));
        bars.set(key(period.period, role, side), bar);
        g.append(bar);
      }
    });
    if (i % every === 0) {
      g.append(
        svg(
          "text",
          { class: "label year", x: centre, y: HEIGHT - 8, "text-anchor": "middle" },
          period.precision === "month" ? period.period.slice(2) : period.period,
        ),
      );
    }
    return g;
  });

  const chart = svg(
    "svg",
    {
      class: "barometer-chart",
      role: "img",
      "aria-labelledby": `${titleId} ${descId}`,
      width,
      height: HEIGHT,
      viewBox: `0 0 ${width} ${HEIGHT}`,
    },
    svg("title", { id: titleId }, w.chartTitle(names)),
    svg("desc", { id: descId }, w.chartSummary(first, last, totals("party"), totals("about"))),
    grid,
    columns,
  );

  const swatch = (cls: string) => {
    const [side, role, part] = cls.split(" ");
    return svg(
      "svg",
      { width: "14", height: "14", "aria-hidden": "true", class: "swatch" },
      svg(
        "g",
        { class: `${side} ${role}` },
        svg("rect", { class: part, x: "1", y: "1", width: "12", height: "12" }),
      ),
    );
  };
  const legend = h(
    "ul",
    { class: "legend" },
    h("li", null, swatch("cooperation party material"), ` ${w.cooperation} (${w.material})`),
    h("li", null, swatch("cooperation party verbal"), ` ${w.cooperation} (${w.verbal})`),
    h("li", null, swatch("conflict party material"), ` ${w.conflict} (${w.material})`),
    h("li", null, swatch("conflict party verbal"), ` ${w.conflict} (${w.verbal})`),
    h("li", null, swatch("cooperation about verbal"), ` ${w.about}`),
  );

  const count = (period: BarometerPeriod, role: Role, side: Side) => {
    const value = period[role][side];
    const label = `${sideWord(side)}, ${roleWord(role)}`;
    return h(
      "td",
      { class: "num", "data-label": label },
      value === 0
        ? "0"
        : h(
            "button",
            {
              type: "button",
              class: "count",
              "aria-label": w.barLabel(period.period, sideWord(side), roleWord(role), value),
              "data-period": period.period,
              "data-role": role,
              "data-side": side,
              onclick: () => open(period, role, side),
            },
            String(value),
          ),
    );
  };
  const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0");
  const shown = periods.filter((p) => p.party.total + p.about.total > 0);
  const head = (text: string, cls?: string) => h("th", { scope: "col", class: cls }, text);
  const table = h(
    "details",
    { class: "barometer-table" },
    h("summary", null, w.table),
    h(
      "div",
      { class: "table-wrap", tabindex: "0", role: "region", "aria-label": w.table },
      h(
        "table",
        null,
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            head(w.period),
            head(`${w.cooperation}, ${w.party}`, "num"),
            head(`${w.conflict}, ${w.party}`, "num"),
            head(`${w.net}, ${w.party}`, "num"),
            head(`${w.cooperation}, ${w.about}`, "num"),
            head(`${w.conflict}, ${w.about}`, "num"),
          ),
        ),
        h(
          "tbody",
          null,
          shown.map((p) =>
            h(
              "tr",
              { "data-period": p.period },
              h("th", { scope: "row" }, p.period),
              count(p, "party", "cooperation"),
              count(p, "party", "conflict"),
              h("td", { class: "num", "data-label": `${w.net}, ${w.party}` }, signed(p.party.net)),
              count(p, "about", "cooperation"),
              count(p, "about", "conflict"),
            ),
          ),
        ),
      ),
    ),
  );

  return h(
    "div",
    { class: "barometer" },
    caveat,
    h("figure", { class: "barometer-figure" }, chart, legend),
    h("p", { class: "hint" }, w.hint),
    table,
    list,
    formula,
  );
}
