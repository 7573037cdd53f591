import { CAMEO_ROOTS, type Event } from "@korea-relations/core";
import { agreementList } from "./agreementList.js";
import { basisMark } from "./basisMark.js";
import { citeRegistry } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { quoteList } from "./quoteList.js";
import { recordHeader } from "./recordHeader.js";
import { recordHref } from "./recordHref.js";
import { recordLink } from "./recordLink.js";
import { section } from "./section.js";
import { splitEvidence } from "./splitEvidence.js";
import type { View, ViewContext } from "./viewContext.js";

/** An event: when, where, who, about what, what came of it, evidence. */
export function eventView(event: Event, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(event.id));
  const title = event.title[ctx.lang];
  const participants =
    event.participants.length === 0
      ? null
      : h(
          "ul",
          { class: "plain" },
          event.participants.map((p) => {
            const office = p.office ? r.resolve(p.office) : undefined;
            return h(
              "li",
              null,
              recordLink(p.person, ctx),
              office?.type === "office"
                ? [", ", h("a", { href: recordHref("office", office.id) }, office.label[ctx.lang])]
                : null,
            );
          }),
        );
  const agreements = r.findAgreements({ event: event.id });
  const quotes = r.findQuotes({ event: event.id });
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader(
        "event",
        title,
        cites.marks(ev.general),
        ctx,
        h("p", { class: "lead" }, event.summary[ctx.lang]),
      ),
      factList([
        [
          m.fields.date,
          [
            dateText(event.date, ctx),
            event.status === "planned" ? h("span", { class: "badge planned" }, m.planned) : null,
          ],
          cites.marks(ev.of("date")),
        ],
        [
          m.fields.place,
          event.place && [recordLink(event.place.id, ctx), basisMark(event.place, m, ctx.lang)],
          cites.marks(ev.of("place")),
        ],
        [m.fields.kind, kindLabel(event.kind, m), cites.marks(ev.of("kind"))],
        [m.fields.participants, participants, cites.marks(ev.of("participants"))],
        [m.fields.countries, linkList(event.countries, ctx), cites.marks(ev.of("countries"))],
        [m.fields.subjects, linkList(event.subjects, ctx), cites.marks(ev.of("subjects"))],
        [
          m.fields.organizations,
          linkList(event.organizations, ctx),
          cites.marks(ev.of("organizations")),
        ],
        [m.fields.topics, linkList(event.topics, ctx), cites.marks(ev.of("topics"))],
        [m.fields.partOf, event.partOf ? recordLink(event.partOf, ctx) : null],
        [
          m.fields.plover,
          event.plover.mode ? `${event.plover.type} · ${event.plover.mode}` : event.plover.type,
        ],
        [m.fields.cameo, `${event.cameo} · ${CAMEO_ROOTS[event.cameo] ?? ""}`],
      ]),
      section(m.fields.agreements, agreementList(agreements, ctx), agreements.length),
      section(m.fields.quotes, quoteList(quotes, ctx, cites), quotes.length),
      cites.section(),
    ),
  };
}
