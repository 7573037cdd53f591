import type { LabelLanguage, Relations, Topic } from "@korea-relations/core";
import type { Detail } from "./Detail.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/** A topic: the events, agreements and quotes about it, and every other link. */
export function topicDetail(relations: Relations, topic: Topic, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(topic.id);
  return {
    id: topic.id,
    type: "topic",
    title: labelText(relations, topic, lang),
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
      ...relationSections(relations, related, lang, {
        order: ["events", "agreements", "quotes", "sources"],
      }),
    ],
    timeline: [],
  };
}
