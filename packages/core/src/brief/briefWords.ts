/**
 * The words and sentence templates of briefs and barometers, in English and
 * German. Every sentence of a brief is one of these templates filled with
 * values read from records; nothing else is written. The names of roles,
 * agreement kinds and languages are the model's (`ROLE_NAMES`,
 * `AGREEMENT_KIND_NAMES`, `LANGUAGE_NAMES`), shared with the web page.
 */
import type { LabelLanguage } from "@korea-relations/model";
import type { QuadKey } from "./BarometerTypes.js";
import type { BriefSectionId } from "./BriefTypes.js";
import { BRIEF_WORDS_DE } from "./briefWordsDe.js";
import { BRIEF_WORDS_EN } from "./briefWordsEn.js";

export interface BriefWords {
  readonly quads: Readonly<Record<QuadKey, string>>;
  readonly bases: { readonly inferred: string; readonly external: string };
  readonly sections: Readonly<Record<BriefSectionId, string>>;
  readonly columns: Readonly<Record<BriefSectionId, readonly string[]>>;
  readonly empty: Readonly<Record<BriefSectionId, string>>;
  readonly levels: { readonly head: string; readonly minister: string; readonly other: string };
  readonly roleMarks: { readonly party: string; readonly about: string };
  /** Quotation marks around verbatim text. */
  readonly quote: (text: string) => string;
  readonly brief: string;
  readonly caveatLabel: string;
  readonly footnotes: string;
  /** Names of the fields a basis mark names. */
  readonly fields: Readonly<Record<string, string>>;
  /** Page positions of excerpts. */
  readonly positions: Readonly<Record<string, string>>;
  readonly allDates: string;
  readonly undated: string;
  readonly approx: string;
  /** An event still ahead at the source's date. */
  readonly planned: string;
  readonly subject: string;
  readonly translatedBySource: string;
  readonly renderingBy: string;
  readonly netLabel: string;
  readonly glance: {
    readonly agreements: string;
    readonly quotes: string;
    readonly headMeetings: string;
    readonly ministerMeetings: string;
    readonly first: string;
    readonly last: string;
  };
  readonly counts: {
    readonly events: (n: string, one: boolean) => string;
    readonly agreements: (n: string, one: boolean) => string;
    readonly quotes: (n: string, one: boolean) => string;
    readonly sources: (n: string, one: boolean) => string;
  };
  /** "2020–2025", "from 2020", "until 2019". */
  readonly period: (from: string | undefined, to: string | undefined) => string;
  readonly title: (names: string, period: string) => string;
  readonly caveat: (names: string, counts: string, sources: string, pair: boolean) => string;
  readonly barometerCaveat: (
    names: string,
    counts: string,
    sources: string,
    pair: boolean,
  ) => string;
  readonly formula: string;
  readonly list: (items: readonly string[]) => string;
  /** What a section of a large dataset leaves out (see `BRIEF_LIMITS`). */
  readonly omitted: {
    /** `n` earlier rows left out, the last `shown` shown. */
    readonly rows: (n: string, one: boolean, shown: string) => string;
    /** A count of more than `limit` records cites the last `limit` by date. */
    readonly notes: (limit: string) => string;
  };
}

/** The words of a language. */
export const BRIEF_WORDS: Readonly<Record<LabelLanguage, BriefWords>> = {
  en: BRIEF_WORDS_EN,
  de: BRIEF_WORDS_DE,
};
