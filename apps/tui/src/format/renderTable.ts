import { cleanLine } from "../text/cleanText.js";
import { displayWidth, truncate } from "../text/truncate.js";
import type { Style } from "./createStyle.js";

export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  /** Right-align (numbers). */
  readonly align?: "right";
  /** This column gives way (is cut with "…") when the table is wider than `width`. */
  readonly flex?: boolean;
  /** Style of the cells (not the header). */
  readonly style?: (text: string, row: Row) => string;
}

/**
 * A plain-text table: a header and aligned columns separated by two spaces.
 * With `width` (a terminal), the flexible columns are cut to fit; without it
 * (a pipe) nothing is cut. Cells are one line each, control characters removed.
 */
export function renderTable<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  options: { readonly style: Style; readonly width?: number },
): string {
  const cells = rows.map((row) => columns.map((column) => cleanLine(column.value(row))));
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i] ?? ""))),
  );
  if (options.width !== undefined) {
    const gap = 2 * (columns.length - 1);
    let excess = widths.reduce((a, b) => a + b, 0) + gap - options.width;
    // Cut the widest flexible column first, never below its header or 8 columns.
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < columns.length; i++) {
        const min = Math.max(8, displayWidth(columns[i]?.header ?? ""));
        if (!columns[i]?.flex || (widths[i] ?? 0) <= min) continue;
        if (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0)) widest = i;
      }
      if (widest < 0) break;
      const min = Math.max(8, displayWidth(columns[widest]?.header ?? ""));
      const cut = Math.min(excess, (widths[widest] ?? 0) - min);
      widths[widest] = (widths[widest] ?? 0) - cut;
      excess -= cut;
    }
  }
  const last = columns.length - 1;
  const pad = (text: string, i: number) => {
    const width = widths[i] ?? 0;
    const cut = truncate(text, width);
    if (i === last && columns[i]?.align !== "right") return cut;
    const space = " ".repeat(Math.max(0, width - displayWidth(cut)));
    return columns[i]?.align === "right" ? space + cut : cut + space;
  };
  const header = options.style.bold(
    columns
      .map((column, i) => pad(column.header, i))
      .join("  ")
      .trimEnd(),
  );
  const body = cells.map((line, r) =>
    line
      .map((cell, i) => {
        const text = pad(cell, i);
        const style = columns[i]?.style;
        return style ? style(text, rows[r] as Row) : text;
      })
      .join("  ")
      .replace(/ +$/, ""),
  );
  return `${[header, ...body].join("\n")}\n`;
}
