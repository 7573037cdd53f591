import type { Event, LabelLanguage } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { labelOf } from "../details/labelOf.js";
import { fitWidth } from "../text/truncate.js";
import { type Line, padLine, styleLine } from "./Line.js";

/**
 * Events grouped by year: a heading per year ("2020 · 3 events"), then one
 * line per event with its date, title and kind. `eventLine[i]` is the line of
 * event i.
 */
export function timelineLines(
  events: readonly Event[],
  width: number,
  selected: number,
  focused: boolean,
  lang: LabelLanguage,
): { lines: Line[]; eventLine: number[] } {
  const lines: Line[] = [];
  const eventLine: number[] = [];
  let year = "";
  const dateWidth = Math.min(23, Math.max(4, ...events.map((e) => dateText(e.date).length)));
  const counts = new Map<string, number>();
  for (const e of events)
    counts.set(e.date.value.slice(0, 4), (counts.get(e.date.value.slice(0, 4)) ?? 0) + 1);
  events.forEach((event, i) => {
    const y = event.date.value.slice(0, 4);
    if (y !== year) {
      year = y;
      const n = counts.get(y) ?? 0;
      lines.push([
        { text: `${y} `, bold: true, tone: "accent" },
        { text: `· ${n} event${n === 1 ? "" : "s"}`, tone: "dim" },
      ]);
    }
    const planned = event.status === "planned" ? (lang === "de" ? " (geplant)" : " (planned)") : "";
    const line: Line = [
      { text: i === selected ? "›" : " ", bold: true },
      { text: ` ${fitWidth(dateText(event.date), dateWidth)} `, tone: "dim" },
      { text: `${labelOf(event, lang)}${planned}` },
      { text: ` · ${event.kind}`, tone: "dim" },
    ];
    eventLine.push(lines.length);
    lines.push(
      i === selected
        ? styleLine(padLine(line, width), focused ? { inverse: true } : { bold: true })
        : line,
    );
  });
  return { lines, eventLine };
}
