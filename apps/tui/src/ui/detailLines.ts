import type { Detail, DetailRow } from "../details/Detail.js";
import { barText } from "../format/barText.js";
import { leadWidth } from "../format/renderDetail.js";
import { fitWidth } from "../text/truncate.js";
import { wrapText } from "../text/wrapText.js";
import { type Line, padLine, type Segment, styleLine } from "./Line.js";

/** The rows of a detail in order, as the cursor walks them. */
export function detailRows(detail: Detail): DetailRow[] {
  return detail.sections.flatMap((section) => section.rows);
}

/** Whether Enter on the row opens something. */
export function opens(row: DetailRow | undefined): boolean {
  return row?.ref !== undefined || row?.reader !== undefined;
}

/** One screen line of a laid-out detail: a blank, a section title, or a line of a row. */
type Entry =
  | { readonly kind: "blank" }
  | { readonly kind: "title"; readonly title: string }
  | { readonly kind: "row"; readonly row: number; readonly part: number };

/** A detail laid out `width` wide: its lines are made only when drawn. */
export interface DetailLayout {
  /** Number of lines. */
  readonly length: number;
  /** The first and last line of each row shown, by the row's index in `detailRows`. */
  readonly ranges: ReadonlyMap<number, readonly [number, number]>;
  /** Line `index`, the `selected` row marked ("›", inverse when `focused`). */
  line(index: number, selected: number, focused: boolean): Line;
}

/**
 * A detail's sections and rows as screen lines `width` wide; with `kept`,
 * only those rows (a filter), and only the sections that keep one. Long
 * rows marked `wrap` wrap, the others are cut when drawn.
 */
export function detailLayout(
  detail: Detail,
  width: number,
  kept?: ReadonlySet<number>,
): DetailLayout {
  const rows = detailRows(detail);
  const entries: Entry[] = [];
  const ranges = new Map<number, readonly [number, number]>();
  const lead = Math.min(leadWidth(detail, 26), Math.max(6, Math.floor(width / 3)));
  const barWidth = Math.max(4, Math.min(20, Math.floor(width / 5)));
  const headWidth = 1 + (lead > 0 ? lead + 1 : 0) + 2;
  const wrapped = new Map<number, string[]>();
  let index = 0;
  for (const section of detail.sections) {
    const first = index;
    index += section.rows.length;
    const shown: number[] = [];
    for (let i = first; i < index; i++) if (!kept || kept.has(i)) shown.push(i);
    if (shown.length === 0) continue;
    if (entries.length > 0) entries.push({ kind: "blank" });
    entries.push({ kind: "title", title: section.title });
    for (const i of shown) {
      const row = rows[i] as DetailRow;
      const parts = row.wrap ? wrapText(row.text, Math.max(8, width - headWidth)) : [row.text];
      if (row.wrap) wrapped.set(i, parts);
      const start = entries.length;
      parts.forEach((_, part) => {
        entries.push({ kind: "row", row: i, part });
      });
      ranges.set(i, [start, entries.length - 1]);
    }
  }

  const rowLine = (i: number, part: number, isSelected: boolean, focused: boolean): Line => {
    const row = rows[i] as DetailRow;
    const text = row.wrap ? ((wrapped.get(i) ?? [])[part] ?? "") : row.text;
    const tone = row.tone ?? "normal";
    let line: Line;
    if (part === 0) {
      const link = opens(row);
      const head: Segment[] = [
        { text: isSelected ? "›" : " ", bold: true },
        ...(lead > 0 ? [{ text: `${fitWidth(row.lead ?? "", lead)} `, tone: "dim" as const }] : []),
        { text: link ? "→ " : "  ", ...(link ? { tone: "accent" as const } : {}) },
      ];
      const bar: Segment[] = row.bar
        ? [
            {
              text: `${barText(row.bar.value, row.bar.max, barWidth).padEnd(barWidth)} `,
              tone: "accent",
            },
          ]
        : [];
      line = [...head, ...bar, { text, tone }];
    } else line = [{ text: " ".repeat(headWidth) }, { text, tone }];
    return isSelected
      ? styleLine(padLine(line, width), focused ? { inverse: true } : { bold: true })
      : line;
  };

  return {
    length: entries.length,
    ranges,
    line(at, selected, focused) {
      const entry = entries[at];
      if (!entry || entry.kind === "blank") return [];
      if (entry.kind === "title") return [{ text: entry.title, bold: true, tone: "accent" }];
      return rowLine(entry.row, entry.part, entry.row === selected, focused);
    },
  };
}

/** Every line of a detail at once, and the line range of each row (for tests and small details). */
export function detailLines(
  detail: Detail,
  width: number,
  selected: number,
  focused: boolean,
): { lines: Line[]; ranges: [number, number][] } {
  const layout = detailLayout(detail, width);
  const lines = Array.from({ length: layout.length }, (_, i) => layout.line(i, selected, focused));
  const ranges = detailRows(detail).map(
    (_, i) => [...(layout.ranges.get(i) ?? [0, 0])] as [number, number],
  );
  return { lines, ranges };
}
