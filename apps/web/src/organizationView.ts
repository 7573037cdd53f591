import type { Organization } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { citeRegistry } from "./citeRegistry.js";
import { eventList } from "./eventList.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { quoteList } from "./quoteList.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { section } from "./section.js";
import { splitEvidence } from "./splitEvidence.js";
import type { View, ViewContext } from "./viewContext.js";

/** An organization: what it is, its members, its events and quotes, evidence. */
export function organizationView(org: Organization, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(org.id));
  const name = org.names?.[ctx.lang] ?? org.name;
  const events = r.findEvents({ organizations: [org.id] });
  const quotes = r.findQuotes({ speaker: org.id });
  return {
    title: name,
    node: h(
      "article",
      null,
      recordHeader(
        "organization",
        name,
        cites.marks(ev.general),
        ctx,
        h("p", { class: "lead" }, org.description[ctx.lang]),
      ),
      factList([
        [m.fields.names, name === org.name ? null : org.name],
        [
          m.fields.native,
          org.native && [
            h("span", { lang: org.native.lang }, org.native.name),
            basisMark(org.native, m, ctx.lang),
          ],
        ],
        [m.fields.aliases, org.aliases.join(" · ")],
        [m.fields.kind, kindLabel(org.kind, m)],
        [
          m.fields.country,
          org.country ? recordLink(org.country, ctx) : null,
          cites.marks(ev.of("country")),
        ],
        [m.fields.members, linkList(org.members ?? [], ctx), cites.marks(ev.of("members"))],
      ]),
      section(m.fields.events, eventList(events, ctx), events.length),
      section(m.fields.quotes, quoteList(quotes, ctx, cites), quotes.length),
      cites.section(),
    ),
  };
}
