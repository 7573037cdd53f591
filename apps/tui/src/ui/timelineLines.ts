import { eventKindName, type LabelLanguage, type TimelineEntry } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { displayWidth, fitWidth } from "../text/truncate.js";
import { type Line, padLine, styleLine } from "./Line.js";
import type { LineSource } from "./ScrollView.js";

/** One line of a timeline: a year's heading or an event. */
type Item =
  | { readonly kind: "year"; readonly year: string; readonly count: number }
  | { readonly kind: "event"; readonly entry: number };

/** A timeline laid out: year headings and events, lines made only when drawn. */
export interface TimelineLayout {
  readonly length: number;
  /** The line of entry i (of those shown). */
  readonly entryLine: ReadonlyMap<number, number>;
  /** Width of the date column. */
  readonly dateWidth: number;
  lines(options: {
    readonly width: number;
    readonly selected: number;
    readonly focused: boolean;
    readonly label: (entry: TimelineEntry) => string;
    /** The language of event kinds' names. */
    readonly lang: LabelLanguage;
  }): LineSource;
}

/**
 * Events grouped by year: a heading per year ("2020 · 3 events"), then one
 * line per event with its date, title, kind and whether the country is
 * only what it is about. With `kept`, only those entries.
 */
export function timelineLayout(
  entries: readonly TimelineEntry[],
  kept?: readonly number[],
  maxDateWidth = 26,
): TimelineLayout {
  const shown = kept ?? entries.map((_, i) => i);
  const counts = new Map<string, number>();
  for (const i of shown) {
    const y = (entries[i] as TimelineEntry).event.date.value.slice(0, 4);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const items: Item[] = [];
  const entryLine = new Map<number, number>();
  let year = "";
  let dateWidth = 4;
  for (const i of shown) {
    const entry = entries[i] as TimelineEntry;
    const y = entry.event.date.value.slice(0, 4);
    if (y !== year) {
      year = y;
      items.push({ kind: "year", year: y, count: counts.get(y) ?? 0 });
    }
    entryLine.set(i, items.length);
    items.push({ kind: "event", entry: i });
    if (dateWidth < maxDateWidth)
      dateWidth = Math.min(
        maxDateWidth,
        Math.max(dateWidth, displayWidth(dateText(entry.event.date))),
      );
  }
  return {
    length: items.length,
    entryLine,
    dateWidth,
    lines({ width, selected, focused, label, lang }) {
      const date = Math.min(dateWidth, Math.max(4, Math.floor(width / 3)));
      return {
        length: items.length,
        line(index: number): Line {
          const item = items[index];
          if (!item) return [];
          if (item.kind === "year")
            return [
              { text: `${item.year} `, bold: true, tone: "accent" },
              { text: `· ${item.count} event${item.count === 1 ? "" : "s"}`, tone: "dim" },
            ];
          const entry = entries[item.entry] as TimelineEntry;
          const { event } = entry;
          const isSelected = item.entry === selected;
          const line: Line = [
            { text: isSelected ? "›" : " ", bold: true },
            { text: ` ${fitWidth(dateText(event.date), date)} `, tone: "dim" },
            ...(entry.role === "about" ? [{ text: "about: ", tone: "warn" as const }] : []),
            { text: `${label(entry)}${event.status === "planned" ? " (planned)" : ""}` },
            { text: ` · ${eventKindName(event.kind, lang)}`, tone: "dim" },
          ];
          return isSelected
            ? styleLine(padLine(line, width), focused ? { inverse: true } : { bold: true })
            : line;
        },
      };
    },
  };
}
