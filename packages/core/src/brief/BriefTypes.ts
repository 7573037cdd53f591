/**
 * The types of a brief: sections of lines built from records, each line with
 * footnotes that quote the passages it rests on. Plain data (JSON as is), so
 * that every front end renders the same brief.
 */
import type { AnyId, Basis, IdMap, LabelLanguage, Language, Span } from "@korea-relations/model";
import type { Barometer } from "./BarometerTypes.js";

/** `brief(relations, a, b?, options)`: the period and the language. */
export interface BriefOptions {
  /** Partial ISO date: events whose date overlaps `[from, to]`. */
  readonly from?: string;
  /** Partial ISO date; a partial `to` covers its whole year or month. */
  readonly to?: string;
  /** Language of the templates and labels (`en` by default). */
  readonly lang?: LabelLanguage;
}

/** A fact of a line that the sources do not state: inferred from them, or known from outside. */
export interface BasisMark<I extends IdMap = IdMap> {
  /** The record the fact belongs to. */
  readonly record: AnyId<I>;
  /** Its field (`date`, `place`). */
  readonly field: string;
  readonly basis: Exclude<Basis, "stated">;
  /** Why, in the brief's language, where the record says. */
  readonly reason?: string;
}

/** A verbatim passage a line rests on, with where it stands. */
export interface Footnote<I extends IdMap = IdMap> {
  /** Its number, from 1, in order of first reference. */
  readonly n: number;
  /** The record the passage backs. */
  readonly record: AnyId<I>;
  readonly source: I["source"];
  /** The excerpt, verbatim as the record cites it. */
  readonly excerpt: string;
  /** Language of the source the excerpt is from. */
  readonly language?: Language;
  /** Start and end of the excerpt in the source text, where known. */
  readonly span?: Span;
  /** Where on the page the excerpt stands (`body`, `headline`, `caption`…), where known. */
  readonly position?: string;
  /** The source's title, publisher and date of publication, where it has them. */
  readonly title?: string;
  readonly publisher?: string;
  readonly published?: string;
  /** The facts this passage stands for that the source does not state itself. */
  readonly marks: readonly BasisMark<I>[];
}

/** One sentence or table row of a brief. */
export interface Line<I extends IdMap = IdMap> {
  /** The line as one sentence, built from a template. */
  readonly text: string;
  /** The same facts by column, for sections shown as a table. */
  readonly cells: readonly string[];
  /** Numbers of its footnotes (at least one). */
  readonly notes: readonly number[];
  /** The records it is built from (of a count, the records it cites). */
  readonly records: readonly AnyId<I>[];
  /** Its facts that the sources do not state. */
  readonly marks: readonly BasisMark<I>[];
  /**
   * Records a count counts but does not cite, where it counts more than
   * `BRIEF_LIMITS.notes`: it cites the last by date (absent when it cites all).
   */
  readonly uncited?: number;
}

/** The sections of a brief, in order. */
export const BRIEF_SECTIONS = [
  "glance",
  "sources",
  "chronology",
  "agreements",
  "meetings",
  "quotes",
  "friction",
  "cooperation",
  "barometer",
  "barometerAbout",
] as const;

export type BriefSectionId = (typeof BRIEF_SECTIONS)[number];

export interface BriefSection<I extends IdMap = IdMap> {
  readonly id: BriefSectionId;
  readonly heading: string;
  /** How front ends show it: a table of cells, or a list of sentences. */
  readonly layout: "table" | "list";
  /** Column headings of its table form (as many as each line has cells). */
  readonly columns: readonly string[];
  readonly lines: readonly Line<I>[];
  /** What to show where it has no lines. */
  readonly empty: string;
  /**
   * What the section of a large dataset leaves out (see `BRIEF_LIMITS`):
   * how many rows, and a sentence saying so and what it shows instead, in
   * the brief's language, to show under it. Absent where it shows everything.
   */
  readonly omitted?: { readonly rows: number; readonly text: string };
}

/** A cited brief of one country or a pair over a period. */
export interface Brief<I extends IdMap = IdMap> {
  readonly lang: LabelLanguage;
  /** The country, or the pair, as codes. */
  readonly countries: readonly I["country"][];
  readonly from?: string;
  readonly to?: string;
  readonly title: string;
  /** What the brief rests on and what it cannot show; first in every rendering. */
  readonly caveat: Line<I>;
  readonly sections: readonly BriefSection<I>[];
  /** The barometer of the same events, by year. */
  readonly barometer: Barometer<I>;
  readonly footnotes: readonly Footnote<I>[];
  /** What it rests on: the events, agreements and quotes, and the sources they cite. */
  readonly basis: {
    readonly events: readonly I["event"][];
    readonly agreements: readonly I["agreement"][];
    readonly quotes: readonly I["quote"][];
    readonly sources: readonly I["source"][];
  };
}
