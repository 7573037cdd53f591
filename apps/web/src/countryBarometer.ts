import { barometer } from "@korea-relations/core/brief";
import { barometerChart } from "./barometerChart.js";
import type { ViewContext } from "./viewContext.js";

/** Core's barometer of a country or a pair, by year, drawn as a chart (a chunk of its own). */
export function countryBarometer(countries: readonly string[], ctx: ViewContext): HTMLElement {
  const [a, b] = countries as [string, string | undefined];
  return barometerChart(barometer(ctx.r, a, b, { by: "year", lang: ctx.lang }), ctx);
}
