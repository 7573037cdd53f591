import type { Description } from "@korea-relations/core";
import { dateWords } from "@korea-relations/core";
import { kindLabel } from "./kindLabel.js";
import type { ViewContext } from "./viewContext.js";

/** One line of context for a record, worded for the page from core's description parts. */
export function describeText(description: Description, ctx: ViewContext): string {
  const { lang, m } = ctx;
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(" · ");
  switch (description.type) {
    case "event":
      return join(
        `${dateWords(description.date, lang)}${description.status === "planned" ? ` (${m.planned})` : ""}`,
        description.summary,
      );
    case "person":
    case "organization":
      return description.description;
    case "country":
      return join(description.alpha3, m.eventsCount(description.events));
    case "topic":
      return description.otherLabel;
    case "place":
      return join(kindLabel(description.kind, m), description.country);
    case "office":
      return join(
        description.roles.map((role) => kindLabel(role, m)).join(", "),
        description.start ? dateWords(description.start, lang) : undefined,
      );
    case "source":
      return join(
        description.publisher,
        description.published ? dateWords(description.published, lang) : m.undated,
      );
    case "quote":
      return join(description.speaker, dateWords(description.date, lang));
    case "agreement":
      return join(
        description.date ? dateWords(description.date, lang) : undefined,
        description.parties.join(", "),
        description.summary,
      );
  }
}
