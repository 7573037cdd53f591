import type { LabelLanguage } from "@korea-relations/core";

const LOCALES: Record<LabelLanguage, string> = { en: "en-GB", de: "de-DE" };

/**
 * Month names as en-GB and de-DE write them inside a date (unit-tested
 * against `Intl.DateTimeFormat`). Written here because the first
 * `Intl.DateTimeFormat` of a page loads its locale data, which at 4× CPU
 * slowdown was the slowest step of drawing the home page.
 */
const MONTHS: Record<LabelLanguage, Record<"long" | "short", readonly string[]>> = {
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

const formats = new Map<string, Intl.DateTimeFormat>();

/** Any other date (a year before 1000, an impossible day): `Intl.DateTimeFormat`. */
function viaIntl(value: string, lang: LabelLanguage, month: "long" | "short"): string {
  const parts = value.split("-").map(Number);
  const [year, m, day] = parts;
  if (year === undefined || Number.isNaN(year)) return value;
  const precision = parts.length - 1;
  const key = `${lang}${precision}${month}`;
  let fmt = formats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: "UTC",
      year: "numeric",
      ...(precision > 0 ? { month } : {}),
      ...(precision > 1 ? { day: "numeric" } : {}),
    });
    formats.set(key, fmt);
  }
  const date = new Date(Date.UTC(year, (m ?? 1) - 1, day ?? 1));
  date.setUTCFullYear(year);
  return fmt.format(date);
}

const DATE = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function one(value: string, lang: LabelLanguage, month: "long" | "short"): string {
  const match = DATE.exec(value);
  if (!match) return viaIntl(value, lang, month);
  const [, year, m, day] = match;
  if (m === undefined) return year as string;
  const name = MONTHS[lang][month][Number(m) - 1] as string;
  if (day === undefined) return `${name} ${year}`;
  const d = Number(day);
  // An impossible day (31 April) rolls over as Intl does.
  if (d > new Date(Date.UTC(Number(year), Number(m), 0)).getUTCDate()) {
    return viaIntl(value, lang, month);
  }
  return lang === "de" ? `${d}. ${name} ${year}` : `${d} ${name} ${year}`;
}

/**
 * A partial ISO date (`2020`, `2020-08`, `2020-08-10`), or a span with `end`,
 * as words at its own precision: "10 August 2020", "10. August 2020"; with
 * `short` months: "10 Aug 2020".
 */
export function formatDate(
  date: { readonly value: string; readonly end?: string },
  lang: LabelLanguage,
  month: "long" | "short" = "long",
): string {
  const start = one(date.value, lang, month);
  return date.end === undefined || date.end === date.value
    ? start
    : `${start} – ${one(date.end, lang, month)}`;
}
