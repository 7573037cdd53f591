/**
 * One line of context for a record, worded from core's description parts:
 * the words ("planned", "former", "events") are the terminal's, in `lang`,
 * and so are its dates and office roles (core's `dateWords`, `roleName`).
 */
import type { Description, LabelLanguage } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { roleText } from "../details/roleText.js";

const WORDS = {
  en: { planned: "planned", former: "former", event: "event", events: "events", about: "about it" },
  de: {
    planned: "geplant",
    former: "ehem.",
    event: "Ereignis",
    events: "Ereignisse",
    about: "darüber",
  },
} as const;

export function describeLine(description: Description, lang: LabelLanguage): string {
  const w = WORDS[lang];
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(" · ");
  switch (description.type) {
    case "event":
      return join(
        `${dateText(description.date, lang)}${description.status === "planned" ? ` (${w.planned})` : ""}`,
        description.summary,
      );
    case "person": {
      const office = description.office;
      return office
        ? `${office.status === "former" ? `${w.former} ` : ""}${office.label}${office.start ? ` (${dateText(office.start, lang)})` : ""}`
        : description.description;
    }
    case "country":
      return join(
        description.alpha3,
        `${description.events} ${description.events === 1 ? w.event : w.events}`,
        description.eventsAbout > 0 ? `${description.eventsAbout} ${w.about}` : undefined,
      );
    case "organization":
      return description.description;
    case "place":
      return join(description.kind, description.country);
    case "topic":
      return description.otherLabel;
    case "agreement":
      return join(
        description.date && dateText(description.date, lang),
        description.parties.join(", "),
        description.summary,
      );
    case "quote":
      return join(description.speaker, dateText(description.date, lang));
    case "office":
      return join(
        description.roles.map((role) => roleText(role, lang)).join(", "),
        dateText(description.start ?? description.seen[0], lang),
      );
    case "source":
      return join(
        description.publisher,
        description.published && dateText(description.published, lang),
        description.language,
      );
  }
}
