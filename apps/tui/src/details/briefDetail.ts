import type { LabelLanguage } from "@korea-relations/core";
import type {
  Barometer,
  BarometerPeriod,
  Brief,
  BriefSection,
  Footnote,
  Line,
} from "@korea-relations/core/brief";
import { divergingMax } from "../format/divergingBar.js";
import { cleanLine } from "../text/cleanText.js";
import { periodEvents } from "./barometerRows.js";
import type { Detail, DetailRow, DetailSection } from "./Detail.js";

/** Words of the view that core's brief does not carry as data. */
const WORDS: Record<
  LabelLanguage,
  { caveat: string; footnotes: string; kind: (events: number, notes: number) => string }
> = {
  en: {
    caveat: "Caveat",
    footnotes: "Footnotes",
    kind: (events, notes) => `brief · ${events} events · ${notes} footnotes`,
  },
  de: {
    caveat: "Vorbehalt",
    footnotes: "Fußnoten",
    kind: (events, notes) => `Dossier · ${events} Ereignisse · ${notes} Fußnoten`,
  },
};

/** Footnote numbers as markers, runs joined: `[1–3, 7]`. */
export function notesText(notes: readonly number[]): string {
  const sorted = [...new Set(notes)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] as number;
    runs.push(
      end === start ? String(start) : end === start + 1 ? `${start}, ${end}` : `${start}–${end}`,
    );
  }
  return runs.length > 0 ? `[${runs.join(", ")}]` : "";
}

/** A footnote in one line: the excerpt, its source, where on the page, the facts it stands for that the source does not state. */
export function footnoteText(note: Footnote): string {
  // The source's id stands in where it has neither publisher nor title (as core's formats do).
  const named = note.publisher !== undefined || note.title !== undefined;
  const source = [
    note.publisher,
    note.title,
    named ? undefined : note.source,
    note.published,
    note.position,
  ]
    .filter((part): part is string => Boolean(part))
    .join(", ");
  const marks = note.marks.map(
    (m) => ` ${m.field}: ${m.basis}${m.reason === undefined ? "" : ` — ${m.reason}`}`,
  );
  return cleanLine(`“${note.excerpt}” — ${source}.${marks.join(";")}`);
}

/** A brief as a detail, and the footnotes of each of its rows (for the pane beside). */
export interface BriefDetail {
  readonly detail: Detail;
  readonly notes: ReadonlyMap<DetailRow, readonly number[]>;
  readonly footnoteByNumber: ReadonlyMap<number, Footnote>;
}

/**
 * Core's brief as a detail the detail view shows: the caveat first, each
 * section's lines (sentences ending in their footnote markers, Enter opens
 * the first record a line is built from), the barometer's periods as
 * diverging bars (Enter lists the period's events), then the footnotes
 * (excerpt, source, date, page position; Enter opens the record).
 */
export function briefDetail(brief: Brief): BriefDetail {
  const words = WORDS[brief.lang];
  const notes = new Map<DetailRow, readonly number[]>();
  const lineRow = (line: Line, extra: Partial<DetailRow> = {}): DetailRow => {
    const record = line.records[0];
    const row: DetailRow = {
      text: cleanLine(`${line.text} ${notesText(line.notes)}`),
      wrap: true,
      ...(record === undefined ? {} : { ref: record, evidence: record }),
      ...extra,
    };
    notes.set(row, line.notes);
    return row;
  };
  const barometerRows = (section: BriefSection, barometer: Barometer): DetailRow[] => {
    const role = section.id === "barometer" ? "party" : "about";
    const byPeriod = new Map<string, BarometerPeriod>(barometer.periods.map((p) => [p.period, p]));
    const max = divergingMax(barometer.periods.map((p) => p[role]));
    return section.lines.map((line) => {
      const period = byPeriod.get(line.cells[0] ?? "");
      if (!period) return lineRow(line);
      const counts = period[role];
      const { ref: _ref, ...row } = lineRow(line, {
        diverging: { conflict: counts.conflict, cooperation: counts.cooperation, max },
        events: { title: `${period.period} (barometer)`, ids: periodEvents(period) },
        timeline: brief.countries,
      });
      notes.set(row, line.notes);
      return row;
    });
  };
  const sections: DetailSection[] = [
    { title: words.caveat, rows: [lineRow(brief.caveat, { tone: "warn" })] },
    ...brief.sections.map(
      (section): DetailSection => ({
        title: cleanLine(section.heading),
        rows: [
          ...(section.id === "barometer"
            ? [cleanLine(brief.barometer.caveat), cleanLine(brief.barometer.formula)].map(
                (text): DetailRow => ({ text, wrap: true, tone: "dim" }),
              )
            : []),
          ...(section.lines.length === 0
            ? [{ text: cleanLine(section.empty), tone: "dim" } as DetailRow]
            : section.id === "barometer" || section.id === "barometerAbout"
              ? barometerRows(section, brief.barometer)
              : section.lines.map((line) => lineRow(line))),
        ],
      }),
    ),
    {
      title: words.footnotes,
      rows: brief.footnotes.map((note): DetailRow => {
        const row: DetailRow = {
          lead: `[${note.n}]`,
          text: footnoteText(note),
          wrap: true,
          ref: note.record,
          evidence: note.record,
        };
        notes.set(row, [note.n]);
        return row;
      }),
    },
  ];
  return {
    detail: {
      id: brief.countries.join("–"),
      type: "country",
      title: cleanLine(brief.title),
      kind: words.kind(brief.basis.events.length, brief.footnotes.length),
      sections,
      timeline: brief.countries,
    },
    notes,
    footnoteByNumber: new Map(brief.footnotes.map((note) => [note.n, note])),
  };
}
