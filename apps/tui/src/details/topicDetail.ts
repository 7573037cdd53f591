import type { LabelLanguage, Relations, Topic } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { labelOf } from "./labelOf.js";
import { agreementRow, eventRow, fieldRow, quoteRow, section } from "./rows.js";

/** A topic: the events, agreements and quotes about it. */
export function topicDetail(relations: Relations, topic: Topic, lang: LabelLanguage): Detail {
  const { links } = relations.relatedRecords(topic.id);
  return {
    id: topic.id,
    type: "topic",
    title: labelOf(topic, lang),
    kind: "topic",
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("en", topic.label.en),
          fieldRow("de", topic.label.de),
          ...(topic.aliases.length > 0
            ? [fieldRow("also", topic.aliases.join(", "), { wrap: true })]
            : []),
        ],
      },
      ...section(
        "Events",
        (links.events ?? []).map((e) => eventRow(e, lang)),
      ),
      ...section(
        "Agreements",
        (links.agreements ?? []).map((a) => agreementRow(a, lang)),
      ),
      ...section(
        "Quotes",
        (links.quotes ?? []).map((q) => quoteRow(q, relations, lang)),
      ),
    ],
    timeline: [],
  };
}
