import type { Organization } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { citeRegistry, spaced } from "./citeRegistry.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import type { View, ViewContext } from "./viewContext.js";

/** An organization: what it is, its members, what it belongs to, its officials, events and statements; evidence. */
export function organizationView(org: Organization, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, org.id);
  const name = r.recordLabel(org, ctx.lang);
  return {
    title: name,
    node: h(
      "article",
      null,
      recordHeader(
        "organization",
        name,
        cites,
        ctx,
        h("p", { class: "lead" }, org.description[ctx.lang], spaced(cites.field("description"))),
      ),
      factList([
        [m.fields.names, name === org.name ? null : org.name],
        [
          m.fields.native,
          org.native && [
            h("span", { lang: org.native.lang }, org.native.name),
            basisMark(org.native, m, ctx.lang),
          ],
          cites.field("native"),
        ],
        [m.fields.aliases, org.aliases.join(" · ")],
        [m.fields.kind, kindLabel(org.kind, m)],
        [
          m.fields.country,
          org.country ? recordLink(org.country, ctx) : null,
          cites.field("country"),
        ],
        [m.fields.members, linkList(org.members ?? [], ctx), cites.field("members")],
      ]),
      relatedSections(org, ctx, cites, ["country", "members"]),
      cites.section(),
    ),
  };
}
