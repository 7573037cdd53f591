/** The words and sentence templates of briefs in German. */
import { inQuotes } from "../inQuotes.js";
import type { BriefWords } from "./briefWords.js";

const plural = (n: string, one: boolean, singular: string, many: string) =>
  `${n} ${one ? singular : many}`;

/** The words of briefs in German. */
export const BRIEF_WORDS_DE: BriefWords = {
  quads: {
    verbalCooperation: "verbale Kooperation",
    materialCooperation: "materielle Kooperation",
    verbalConflict: "verbaler Konflikt",
    materialConflict: "materieller Konflikt",
  },
  bases: { inferred: "erschlossen", external: "außerhalb der Quellen bekannt" },
  sections: {
    glance: "Auf einen Blick",
    sources: "Quellen",
    chronology: "Chronik der wichtigsten Ereignisse",
    agreements: "Abkommen",
    meetings: "Wer traf wen",
    quotes: "In eigenen Worten",
    friction: "Reibungspunkte",
    cooperation: "Kooperation",
    barometer: "Barometer: Ereignisse, an denen sie beteiligt sind",
    barometerAbout: "Barometer: Ereignisse, die sie betreffen",
  },
  columns: {
    glance: ["Punkt", "Wert"],
    sources: ["Quelle", "Erschienen", "Ereignisse", "Abkommen", "Zitate"],
    chronology: ["Datum", "Ereignis", "Art", "Ort", "Rolle"],
    agreements: ["Datum", "Abkommen", "Art", "Parteien", "Wert", "Gegenstände"],
    meetings: ["Datum", "Treffen", "Ort", "Teilnehmende", "Ebene"],
    quotes: ["Datum", "Sprecher", "Zitat", "Sprache", "Übersetzung"],
    friction: ["Datum", "Ereignis", "Quad-Klasse", "CAMEO", "Rolle"],
    cooperation: ["Datum", "Ereignis", "Quad-Klasse", "CAMEO", "Rolle"],
    barometer: [
      "Zeitraum",
      "Verbale Koop.",
      "Materielle Koop.",
      "Verbaler Konfl.",
      "Materieller Konfl.",
      "Saldo",
    ],
    barometerAbout: [
      "Zeitraum",
      "Verbale Koop.",
      "Materielle Koop.",
      "Verbaler Konfl.",
      "Materieller Konfl.",
      "Saldo",
    ],
  },
  empty: {
    glance: "Keine Ereignisse in diesem Zeitraum.",
    sources: "Keine Quellen.",
    chronology: "Keine wichtigen Ereignisse in diesem Zeitraum.",
    agreements: "Keine Abkommen in diesem Zeitraum.",
    meetings: "Keine Treffen in diesem Zeitraum.",
    quotes: "Keine Zitate in diesem Zeitraum.",
    friction: "Keine Konfliktereignisse in diesem Zeitraum.",
    cooperation: "Keine Kooperationsereignisse in diesem Zeitraum.",
    barometer: "Keine Ereignisse in diesem Zeitraum.",
    barometerAbout: "Keine Ereignisse in diesem Zeitraum.",
  },
  levels: { head: "Staats- oder Regierungsspitzen", minister: "Ministerebene", other: "andere" },
  roleMarks: { party: "beteiligt", about: "betrifft" },
  quote: (text) => inQuotes(text, "de"),
  brief: "Dossier",
  caveatLabel: "Vorbehalt",
  footnotes: "Fußnoten",
  fields: {
    date: "Datum",
    place: "Ort",
    participants: "Teilnehmende",
    value: "Wert",
    items: "Gegenstände",
    title: "Titel",
  },
  positions: {
    body: "Fließtext",
    headline: "Schlagzeile",
    teaser: "Anreißer",
    caption: "Bildunterschrift",
    tag: "Schlagwort",
    link: "Link",
    credit: "Nennung",
  },
  allDates: "alle Daten",
  undated: "ohne Datum",
  planned: "geplant",
  approx: "ca.",
  subject: "Gegenstand",
  translatedBySource: "von der Quelle übersetzt",
  renderingBy: "Übersetzung dieses Datensatzes",
  netLabel: "Saldo",
  glance: {
    agreements: "Abkommen",
    quotes: "Zitate",
    headMeetings: "Treffen auf Ebene der Staats- oder Regierungsspitzen",
    ministerMeetings: "Treffen auf Ministerebene",
    first: "Erstes datiertes Ereignis",
    last: "Letztes datiertes Ereignis",
  },
  counts: {
    events: (n, one) => plural(n, one, "Ereignis", "Ereignisse"),
    agreements: (n) => `${n} Abkommen`,
    quotes: (n, one) => plural(n, one, "Zitat", "Zitate"),
    sources: (n, one) => plural(n, one, "Quelle", "Quellen"),
  },
  period: (from, to) =>
    from && to
      ? from === to
        ? from
        : `${from}–${to}`
      : from
        ? `ab ${from}`
        : to
          ? `bis ${to}`
          : "alle Daten",
  title: (names, period) => `${names}: Dossier, ${period}`,
  caveat: (names, counts, sources, pair) =>
    `Dieses Dossier (${names}) stützt sich auf ${counts} aus ${sources}. Es zeigt, was diese Artikel berichten, nicht ${pair ? "die Beziehungen der beiden Länder" : "die Außenbeziehungen des Landes"} in ihrer Gesamtheit.`,
  barometerCaveat: (names, counts, sources, pair) =>
    `Dieses Barometer (${names}) zählt ${counts} aus ${sources}. Es zeigt, was diese Artikel berichten, nicht ${pair ? "die Beziehungen der beiden Länder" : "die Außenbeziehungen des Landes"} in ihrer Gesamtheit.`,
  formula:
    "Saldo = (verbale Kooperation + materielle Kooperation) − (verbaler Konflikt + materieller Konflikt); jedes Ereignis zählt 1, eingeordnet nach GDELTs Quad-Klasse seines CAMEO-Grundcodes",
  list: (items) =>
    items.length <= 1
      ? (items[0] ?? "")
      : `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`,
  omitted: {
    rows: (n, one, shown) =>
      `${n} ${one ? "frühere Zeile" : "frühere Zeilen"} ausgelassen; die letzten ${shown} gezeigt.`,
    notes: (limit) => `Zählungen über ${limit} belegen die letzten ${limit} nach Datum.`,
  },
};
