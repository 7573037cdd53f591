/** The words and sentence templates of briefs in English. */
import { inQuotes } from "../inQuotes.js";
import type { BriefWords } from "./briefWords.js";

const plural = (n: string, one: boolean, singular: string, many: string) =>
  `${n} ${one ? singular : many}`;

/** The words of briefs in English. */
export const BRIEF_WORDS_EN: BriefWords = {
  quads: {
    verbalCooperation: "verbal cooperation",
    materialCooperation: "material cooperation",
    verbalConflict: "verbal conflict",
    materialConflict: "material conflict",
  },
  bases: { inferred: "inferred", external: "from outside the sources" },
  sections: {
    glance: "At a glance",
    sources: "Sources",
    chronology: "Chronology of key events",
    agreements: "Agreements",
    meetings: "Who met whom",
    quotes: "In their own words",
    friction: "Points of friction",
    cooperation: "Points of cooperation",
    barometer: "Barometer: events they take part in",
    barometerAbout: "Barometer: events about them",
  },
  columns: {
    glance: ["Item", "Value"],
    sources: ["Source", "Published", "Events", "Agreements", "Quotes"],
    chronology: ["Date", "Event", "Kind", "Place", "Role"],
    agreements: ["Date", "Agreement", "Kind", "Parties", "Value", "Items"],
    meetings: ["Date", "Meeting", "Place", "Participants", "Level"],
    quotes: ["Date", "Speaker", "Quote", "Language", "Translation"],
    friction: ["Date", "Event", "Quad class", "CAMEO", "Role"],
    cooperation: ["Date", "Event", "Quad class", "CAMEO", "Role"],
    barometer: [
      "Period",
      "Verbal coop.",
      "Material coop.",
      "Verbal conflict",
      "Material conflict",
      "Net",
    ],
    barometerAbout: [
      "Period",
      "Verbal coop.",
      "Material coop.",
      "Verbal conflict",
      "Material conflict",
      "Net",
    ],
  },
  empty: {
    glance: "No events in this period.",
    sources: "No sources.",
    chronology: "No key events in this period.",
    agreements: "No agreements in this period.",
    meetings: "No meetings in this period.",
    quotes: "No quotes in this period.",
    friction: "No events of conflict in this period.",
    cooperation: "No events of cooperation in this period.",
    barometer: "No events in this period.",
    barometerAbout: "No events in this period.",
  },
  levels: { head: "heads of state or government", minister: "ministers", other: "other" },
  roleMarks: { party: "party", about: "about" },
  quote: (text) => inQuotes(text, "en"),
  brief: "brief",
  caveatLabel: "Caveat",
  footnotes: "Footnotes",
  fields: {
    date: "date",
    place: "place",
    participants: "participants",
    value: "value",
    items: "items",
    title: "title",
  },
  positions: {
    body: "body text",
    headline: "headline",
    teaser: "teaser",
    caption: "caption",
    tag: "tag",
    link: "link",
    credit: "credit",
  },
  allDates: "all dates",
  undated: "undated",
  planned: "planned",
  approx: "approx.",
  subject: "subject",
  translatedBySource: "translated by the source",
  renderingBy: "translation by this dataset",
  netLabel: "net",
  glance: {
    agreements: "Agreements",
    quotes: "Quotes",
    headMeetings: "Meetings of heads of state or government",
    ministerMeetings: "Meetings at minister level",
    first: "First dated event",
    last: "Last dated event",
  },
  counts: {
    events: (n, one) => plural(n, one, "event", "events"),
    agreements: (n, one) => plural(n, one, "agreement", "agreements"),
    quotes: (n, one) => plural(n, one, "quote", "quotes"),
    sources: (n, one) => plural(n, one, "source", "sources"),
  },
  period: (from, to) =>
    from && to
      ? from === to
        ? from
        : `${from}–${to}`
      : from
        ? `from ${from}`
        : to
          ? `until ${to}`
          : "all dates",
  title: (names, period) => `${names}: brief, ${period}`,
  caveat: (names, counts, sources, pair) =>
    `This brief (${names}) rests on ${counts} from ${sources}. It shows what these articles report, not the whole of ${pair ? "the two countries' relationship" : "the country's foreign relations"}.`,
  barometerCaveat: (names, counts, sources, pair) =>
    `This barometer (${names}) counts ${counts} from ${sources}. It shows what these articles report, not the whole of ${pair ? "the two countries' relationship" : "the country's foreign relations"}.`,
  formula:
    "net = (verbal cooperation + material cooperation) − (verbal conflict + material conflict); every event counts 1, sorted by GDELT's quad class of its CAMEO root code",
  list: (items) =>
    items.length <= 1
      ? (items[0] ?? "")
      : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
  omitted: {
    rows: (n, one, shown) =>
      `${n} earlier ${one ? "row" : "rows"} left out; the last ${shown} shown.`,
    notes: (limit) => `Counts over ${limit} cite the last ${limit} by date.`,
  },
};
