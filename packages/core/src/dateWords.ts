/**
 * Dates and spans of the dataset in words, in English (as en-GB writes them)
 * and German (as de-DE writes them): the one way the web page, the TUI and
 * the brief write a date. Written by hand rather than with
 * `Intl.DateTimeFormat`, whose first use on a page loads its locale data
 * (170 ms at 4× CPU slowdown); a test checks every month, day and precision
 * against `Intl.DateTimeFormat` in both languages.
 */
import { LABEL_LANGUAGES, type LabelLanguage, toDayRange } from "@korea-relations/model";
import { member } from "./arguments.js";

/** How a month is written: `August` / `August`, or `Aug` / `Aug.`. */
export type MonthStyle = "long" | "short";

const MONTH_STYLES: readonly MonthStyle[] = ["long", "short"];

const MONTHS: Record<LabelLanguage, Record<MonthStyle, readonly string[]>> = {
  en: {
    long: "January February March April May June July August September October November December".split(
      " ",
    ),
    short: "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split(" "),
  },
  de: {
    long: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(
      " ",
    ),
    short: "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(" "),
  },
};

/** A span from a year to a month or day of that year: known only to end by then. */
const BY: Record<LabelLanguage, string> = { en: "before", de: "bis zum" };

interface Parts {
  readonly year: string;
  readonly month?: string;
  readonly day?: string;
}

function parts(value: string, lang: LabelLanguage, style: MonthStyle, name: string): Parts {
  toDayRange(value, name);
  const year = String(Number(value.slice(0, 4)));
  if (value.length === 4) return { year };
  const month = MONTHS[lang][style][Number(value.slice(5, 7)) - 1] as string;
  if (value.length === 7) return { year, month };
  const day = String(Number(value.slice(8, 10)));
  return { year, month, day: lang === "de" ? `${day}.` : day };
}

function words(p: Parts): string {
  if (p.month === undefined) return p.year;
  return p.day === undefined ? `${p.month} ${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

/**
 * A partial ISO date (`2020`, `2020-08`, `2020-08-10`), or a dataset date
 * with an `end`, in words at its own precision, in `lang` (default English),
 * with `long` (default) or `short` month names. A span is written so that it
 * cannot be misread: `12–14 Nov 2020`, `19 May – 21 Jun 2023`,
 * `May–Aug 2020`, `1910–1945`, and a span from a year to a day of that year
 * (known only to end by that day) as `before 10 Aug 2020`
 * (`bis zum 10. Aug. 2020`).
 *
 * @example
 * dateWords("2020-08-10"); // "10 August 2020"
 * dateWords("2020-08-10", "de", "short"); // "10. Aug. 2020"
 * dateWords({ value: "2020-11-12", end: "2020-11-14" }, "en", "short"); // "12–14 Nov 2020"
 * dateWords({ value: "2023-05-19", end: "2023-06-21" }, "de"); // "19. Mai – 21. Juni 2023"
 * @throws TypeError when `date` is neither a string nor `{ value, end? }`;
 *   RangeError for an impossible date (`2020-02-30`), or a `lang` or `month`
 *   that is none of the valid ones (naming the nearest).
 */
export function dateWords(
  date: string | { readonly value: string; readonly end?: string | undefined },
  lang: LabelLanguage = "en",
  month: MonthStyle = "long",
): string {
  const language = member(lang, LABEL_LANGUAGES, "dateWords(lang)");
  const style = member(month, MONTH_STYLES, "dateWords(month)");
  if (typeof date !== "string" && (typeof date !== "object" || date === null)) {
    toDayRange(date, "dateWords(date)");
  }
  const { value, end } = typeof date === "string" ? { value: date, end: undefined } : date;
  const name = typeof date === "string" ? "dateWords(date)" : "dateWords(date).value";
  const a = parts(value, language, style, name);
  if (end === undefined || end === value) return words(a);
  const b = parts(end, language, style, "dateWords(date).end");
  if (a.year === b.year) {
    if (a.month === undefined && b.month !== undefined) return `${BY[language]} ${words(b)}`;
    if (a.day !== undefined && b.day !== undefined) {
      return a.month === b.month
        ? `${a.day}–${b.day} ${b.month} ${b.year}`
        : `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
    }
    if (
      a.month !== undefined &&
      b.month !== undefined &&
      a.day === undefined &&
      b.day === undefined
    ) {
      return `${a.month}–${b.month} ${b.year}`;
    }
  }
  const from = words(a);
  const to = words(b);
  return from.includes(" ") || to.includes(" ") ? `${from} – ${to}` : `${from}–${to}`;
}
