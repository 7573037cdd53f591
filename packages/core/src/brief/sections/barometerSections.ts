/**
 * The barometer in a brief: one row per period with events, counts by quad
 * class and the net score, citing every event it counts (of more than
 * `BRIEF_LIMITS.notes`, the last by date); events the countries take part in
 * and events about them in two tables, of the last
 * `BRIEF_LIMITS.rows` periods.
 */
import type { IdMap } from "@korea-relations/model";
import { numberWords } from "../../numberWords.js";
import { type Barometer, QUAD_KEYS } from "../BarometerTypes.js";
import { type BriefContext, briefLine } from "../BriefContext.js";
import type { BriefSection, Line } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";

/** A net score with its sign: `+3`, `−2`, `0`. */
export function signed(n: number, lang: "en" | "de"): string {
  const text = numberWords(Math.abs(n), lang);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

function barometerSection<I extends IdMap>(
  ctx: BriefContext<I>,
  barometer: Barometer<I>,
  role: "party" | "about",
): BriefSection<I> {
  const { words, lang, relations } = ctx;
  const id = role === "party" ? "barometer" : "barometerAbout";
  const lines: Line<I>[] = [];
  const { kept, left } = lastOf(
    barometer.periods.filter((period) => period[role].total > 0),
    BRIEF_LIMITS.rows,
  );
  // Each event's place in the brief's timeline (date order).
  const at = new Map<string, number>(ctx.entries.map((entry, i) => [entry.event.id, i]));
  for (const period of kept) {
    const counts = period[role];
    const numbers = QUAD_KEYS.map((key) => numberWords(counts[key], lang));
    const net = signed(counts.net, lang);
    const parts = QUAD_KEYS.map((key, i) => `${words.quads[key]} ${numbers[i]}`).join(", ");
    const events = QUAD_KEYS.flatMap((key) => counts.events[key]);
    const { kept: cited, left: uncited } = lastOf(
      events.length > BRIEF_LIMITS.notes
        ? events.sort((x, y) => (at.get(x) ?? 0) - (at.get(y) ?? 0))
        : events,
      BRIEF_LIMITS.notes,
    );
    const cites = cited.map((event) => ({ record: relations.getEvent(event), field: "date" }));
    lines.push(
      briefLine(
        ctx,
        `${period.period}: ${parts}; ${words.netLabel} ${net}.`,
        [period.period, ...numbers, net],
        cites,
        uncited,
      ),
    );
  }
  return {
    id,
    layout: "table",
    heading: words.sections[id],
    columns: words.columns[id],
    lines,
    empty: words.empty[id],
    ...omittedOf(ctx, left, lines),
  };
}

export const barometerPartySection = <I extends IdMap>(ctx: BriefContext<I>, b: Barometer<I>) =>
  barometerSection(ctx, b, "party");
export const barometerAboutSection = <I extends IdMap>(ctx: BriefContext<I>, b: Barometer<I>) =>
  barometerSection(ctx, b, "about");
