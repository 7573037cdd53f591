import type { LabelLanguage } from "@korea-relations/core";

const LOCALES: Record<LabelLanguage, string> = { en: "en-GB", de: "de-DE" };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(
  lang: LabelLanguage,
  precision: number,
  month: "long" | "short",
): Intl.DateTimeFormat {
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
  return fmt;
}

function one(value: string, lang: LabelLanguage, style: "long" | "short"): string {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  date.setUTCFullYear(year);
  return format(lang, value.split("-").length - 1, style).format(date);
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
