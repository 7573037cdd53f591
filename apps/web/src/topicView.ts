import type { Topic } from "@korea-relations/core";
import { citeRegistry } from "./citeRegistry.js";
import { eventList } from "./eventList.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { quoteList } from "./quoteList.js";
import { recordHeader } from "./recordHeader.js";
import { routeHash } from "./routeHash.js";
import { section } from "./section.js";
import { splitEvidence } from "./splitEvidence.js";
import type { View, ViewContext } from "./viewContext.js";

/** A topic: the events and quotes about it, evidence. */
export function topicView(topic: Topic, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(topic.id));
  const title = topic.label[ctx.lang];
  const other = topic.label[ctx.lang === "en" ? "de" : "en"];
  const events = r.findEvents({ topics: [topic.id] });
  const quotes = r.findQuotes({ topics: [topic.id] });
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader("topic", title, cites.marks(ev.general), ctx),
      factList([
        [m.fields.names, h("span", { lang: ctx.lang === "en" ? "de" : "en" }, other)],
        [m.fields.aliases, topic.aliases.join(" · ")],
      ]),
      events.length > 0
        ? h(
            "p",
            null,
            h(
              "a",
              { href: routeHash({ name: "timeline", topic: topic.id, group: "kind" }) },
              m.openTimeline,
            ),
          )
        : null,
      section(m.fields.events, eventList(events, ctx), events.length),
      section(m.fields.quotes, quoteList(quotes, ctx, cites), quotes.length),
      cites.section(),
    ),
  };
}
