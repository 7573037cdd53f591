import type { Person } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { citeRegistry, spaced } from "./citeRegistry.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { linkList } from "./linkList.js";
import { recordHeader } from "./recordHeader.js";
import { relatedSections } from "./relatedSections.js";
import type { View, ViewContext } from "./viewContext.js";

/** A person: offices held (as terms), events taken part in, quotes, agreements, credits; evidence. */
export function personView(person: Person, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, person.id);
  const title = r.recordLabel(person, ctx.lang);
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader(
        "person",
        title,
        cites,
        ctx,
        h("p", { class: "lead" }, person.description[ctx.lang], spaced(cites.field("description"))),
      ),
      factList([
        [
          m.fields.native,
          person.native && [
            h("span", { lang: person.native.lang }, person.native.name),
            basisMark(person.native, m, ctx.lang),
          ],
          cites.field("native"),
        ],
        [m.fields.aliases, person.aliases.join(" · ")],
        [m.fields.nationality, linkList(person.nationality, ctx), cites.field("nationality")],
      ]),
      relatedSections(person, ctx, cites, ["nationality"]),
      cites.section(),
    ),
  };
}
