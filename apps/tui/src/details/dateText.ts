import type { Attested, DateValue, LabelLanguage, Office } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface Parts {
  readonly year: string;
  readonly month?: string;
  readonly day?: number;
}

function parts(value: string): Parts {
  const [year = value, month, day] = value.split("-");
  const name = month === undefined ? undefined : MONTHS[Number(month) - 1];
  return {
    year,
    ...(name ? { month: name } : {}),
    ...(name && day !== undefined ? { day: Number(day) } : {}),
  };
}

/** One partial date in words: `10 Aug 2020`, `Aug 2020`, `2020`. */
export function dayText(value: string): string {
  const p = parts(value);
  return [p.day, p.month, p.year].filter((x) => x !== undefined).join(" ");
}

/**
 * A date or span in words that cannot be misread: `10 Aug 2020`,
 * `12–14 Nov 2020`, `19 May – 21 Jun 2023`, `1910–1945`, and a span from a
 * year to a day of that year (known only to be before the day) as
 * `before 10 Aug 2020`.
 */
export function dateText(date: DateValue | undefined): string {
  if (!date) return "undated";
  if (!date.end || date.end === date.value) return dayText(date.value);
  const a = parts(date.value);
  const b = parts(date.end);
  if (a.year === b.year) {
    if (!a.month && b.month) return `before ${dayText(date.end)}`;
    if (a.month && a.month === b.month && a.day !== undefined && b.day !== undefined)
      return `${a.day}–${b.day} ${a.month} ${a.year}`;
    if (a.month && b.month && a.day !== undefined && b.day !== undefined)
      return `${a.day} ${a.month} – ${b.day} ${b.month} ${a.year}`;
    if (a.month && b.month && a.day === undefined && b.day === undefined)
      return `${a.month}–${b.month} ${a.year}`;
  }
  const from = dayText(date.value);
  const to = dayText(date.end);
  return from.includes(" ") || to.includes(" ") ? `${from} – ${to}` : `${from}–${to}`;
}

/** The date an office is placed at: its start, else the first date a source shows it held. */
export function officeDate(office: Office): DateValue | undefined {
  return office.start ?? office.evidence.find((evidence) => evidence.seen)?.seen;
}

/** How a fact is known, in words: `stated`, `inferred: <reason>`, `external: <reason>` (the reason in `lang`). */
export function basisText(
  fact: Pick<Attested<unknown>, "basis" | "reason">,
  lang: LabelLanguage = "en",
): string {
  return fact.reason ? `${fact.basis}: ${cleanLine(fact.reason[lang])}` : fact.basis;
}

/** A date with how it is known: `2020-08 · inferred: Same visit.` */
export function datedBasis(date: DateValue | undefined, lang: LabelLanguage = "en"): string {
  return date ? `${dateText(date)} · ${basisText(date, lang)}` : "undated";
}
