import { h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/**
 * A place for the barometer chart of a country or a pair, filled once the
 * page is shown: the chart and core's barometer load as a chunk of their
 * own, so that pages without it stay light. Busy until drawn.
 */
export function barometerSlot(
  countries: readonly string[],
  ctx: ViewContext,
): { readonly node: HTMLElement; readonly load: () => Promise<void> } {
  const node = h("div", { class: "barometer-slot", "aria-busy": "true" });
  // Resolves once drawn, so the app can put the reader back where they were
  // (a language switch) after the chart has taken its height. Drawn in a
  // task of its own, after the page's: each stays short on a large dataset.
  const load = () =>
    Promise.all([
      import("./countryBarometer.js"),
      new Promise<void>((done) => setTimeout(done, 0)),
    ]).then(
      ([chunk]) => {
        if (!node.isConnected) return;
        node.replaceChildren(chunk.countryBarometer(countries, ctx));
        node.removeAttribute("aria-busy");
      },
      () => {
        node.replaceChildren(h("p", null, ctx.m.loadFailed));
        node.removeAttribute("aria-busy");
      },
    );
  return { node, load };
}
