import type { Place } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { citeRegistry } from "./citeRegistry.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import type { View, ViewContext } from "./viewContext.js";

/** A place: its names, kind and country; the events held there and what was agreed and said there; evidence. */
export function placeView(place: Place, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, place.id);
  const title = r.recordLabel(place, ctx.lang);
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader("place", title, cites, ctx),
      factList([
        [
          m.fields.names,
          [
            h("span", { lang: "en" }, place.names.en),
            " · ",
            h("span", { lang: "de" }, place.names.de),
          ],
        ],
        [
          m.fields.native,
          place.native && [
            h("span", { lang: place.native.lang }, place.native.name),
            basisMark(place.native, m, ctx.lang),
          ],
          cites.field("native"),
        ],
        [m.fields.aliases, place.aliases.join(" · ")],
        [m.fields.kind, kindLabel(place.kind, m)],
        [
          m.fields.country,
          place.country ? recordLink(place.country, ctx) : null,
          cites.field("country"),
        ],
      ]),
      relatedSections(place, ctx, cites, ["country"]),
      cites.section(),
    ),
  };
}
