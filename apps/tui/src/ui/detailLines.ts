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

/**
 * A detail's sections and rows as screen lines `width` wide, with the
 * selected row marked ("›", and inverse when `focused`). `ranges[i]` gives
 * the first and last line of row i, so the view can keep it in sight.
 */
export function detailLines(
  detail: Detail,
  width: number,
  selected: number,
  focused: boolean,
): { lines: Line[]; ranges: [number, number][] } {
  const lines: Line[] = [];
  const ranges: [number, number][] = [];
  const lead = Math.min(leadWidth(detail), Math.max(6, Math.floor(width / 4)));
  const barWidth = Math.max(4, Math.min(20, Math.floor(width / 5)));
  let index = 0;
  detail.sections.forEach((section, s) => {
    if (s > 0) lines.push([]);
    lines.push([{ text: section.title, bold: true, tone: "accent" }]);
    for (const row of section.rows) {
      const isSelected = index === selected;
      const first = lines.length;
      const head: Segment[] = [
        { text: isSelected ? "›" : " ", bold: true },
        ...(lead > 0 ? [{ text: `${fitWidth(row.lead ?? "", lead)} `, tone: "dim" as const }] : []),
        { text: opens(row) ? "→ " : "  ", ...(opens(row) ? { tone: "accent" as const } : {}) },
      ];
      const bar: Segment[] = row.bar
        ? [
            {
              text: `${barText(row.bar.value, row.bar.max, barWidth).padEnd(barWidth)} `,
              tone: "accent",
            },
          ]
        : [];
      const headWidth = 1 + (lead > 0 ? lead + 1 : 0) + 2;
      const tone = row.tone ?? "normal";
      const textLines = row.wrap ? wrapText(row.text, Math.max(8, width - headWidth)) : [row.text];
      textLines.forEach((text, i) => {
        const line: Line =
          i === 0
            ? [...head, ...bar, { text, tone }]
            : [{ text: " ".repeat(headWidth) }, { text, tone }];
        lines.push(
          isSelected
            ? styleLine(padLine(line, width), focused ? { inverse: true } : { bold: true })
            : line,
        );
      });
      ranges.push([first, lines.length - 1]);
      index++;
    }
  });
  return { lines, ranges };
}
