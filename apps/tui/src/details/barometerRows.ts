import type { LabelLanguage, Relations } from "@korea-relations/core";
import { type BarometerPeriod, barometer, QUAD_KEYS } from "@korea-relations/core/brief";
import { divergingMax } from "../format/divergingBar.js";
import { cleanLine } from "../text/cleanText.js";
import type { DetailRow } from "./Detail.js";

/** A net score with its sign: `+3`, `−2`, `0`. */
export const signedText = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/** The ids behind a period's counts, party and about, oldest first within each class. */
export function periodEvents(period: BarometerPeriod): string[] {
  return [
    ...new Set(
      (["party", "about"] as const).flatMap((role) =>
        QUAD_KEYS.flatMap((key) => period[role].events[key]),
      ),
    ),
  ];
}

/**
 * Core's barometer of a country or a pair by year as detail rows: one row per year with events, a diverging bar of the
 * events they take part in (conflict left of the axis, cooperation right)
 * and the numbers beside it, events about them apart; Enter on a year lists
 * its events in the timeline. Its caveat and formula follow.
 */
export function barometerRows(
  relations: Relations,
  countries: readonly string[],
  lang: LabelLanguage,
): DetailRow[] {
  const b = barometer(relations, countries[0] as string, countries[1], { by: "year", lang });
  const periods = b.periods.filter((p) => p.party.total + p.about.total > 0);
  if (periods.length === 0) return [];
  const max = divergingMax(periods.map((p) => p.party));
  const about = countries.length > 1 ? "about them" : "about it";
  return [
    ...periods.map(
      (p): DetailRow => ({
        lead: p.period,
        // The numbers as the bar shows them: conflict (−) left, cooperation (+) right.
        text: [
          `−${p.party.conflict} +${p.party.cooperation} · net ${signedText(p.party.net)}`,
          ...(p.about.total > 0 ? [`${about} −${p.about.conflict} +${p.about.cooperation}`] : []),
        ].join(" · "),
        diverging: { conflict: p.party.conflict, cooperation: p.party.cooperation, max },
        events: { title: `${p.period} (barometer)`, ids: periodEvents(p) },
        timeline: countries,
      }),
    ),
    { text: cleanLine(b.caveat), wrap: true, tone: "dim" },
    { text: cleanLine(b.formula), wrap: true, tone: "dim" },
  ];
}
