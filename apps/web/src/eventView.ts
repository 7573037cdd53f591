import { CAMEO_ROOTS, type Event } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { citeRegistry, spaced } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { recordHeader } from "./recordHeader.js";
import { recordHref } from "./recordHref.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import type { View, ViewContext } from "./viewContext.js";

/** An event: when, where, who, about what; its sub-events, what came of it; evidence. */
export function eventView(event: Event, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, event.id);
  const title = r.recordLabel(event, ctx.lang);
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
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader(
        "event",
        title,
        cites,
        ctx,
        h("p", { class: "lead" }, event.summary[ctx.lang], spaced(cites.field("summary"))),
      ),
      factList([
        [
          m.fields.date,
          [
            dateText(event.date, ctx),
            event.status === "planned" ? h("span", { class: "badge planned" }, m.planned) : null,
          ],
          cites.field("date"),
        ],
        [
          m.fields.place,
          event.place && [recordLink(event.place.id, ctx), basisMark(event.place, m, ctx.lang)],
          cites.field("place"),
        ],
        [m.fields.kind, kindLabel(event.kind, m), cites.field("kind")],
        [m.fields.participants, participants, cites.field("participants")],
        [m.fields.countries, linkList(event.countries, ctx), cites.field("countries")],
        [m.fields.subjects, linkList(event.subjects, ctx), cites.field("subjects")],
        [m.fields.organizations, linkList(event.organizations, ctx), cites.field("organizations")],
        [m.fields.topics, linkList(event.topics, ctx), cites.field("topics")],
        [
          m.fields.partOf,
          event.partOf ? recordLink(event.partOf, ctx) : null,
          cites.field("partOf"),
        ],
        [
          m.fields.plover,
          event.plover.mode ? `${event.plover.type} · ${event.plover.mode}` : event.plover.type,
        ],
        [m.fields.cameo, `${event.cameo} · ${CAMEO_ROOTS[event.cameo] ?? ""}`],
      ]),
      relatedSections(event, ctx, cites, [
        "place",
        "participants",
        "offices",
        "parties",
        "subjects",
        "organizations",
        "topics",
        "partOf",
      ]),
      cites.section(),
    ),
  };
}
