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
  /**
   * An id column: flexible, and the first to give way (ids are for pipes and
   * for `show`, where nothing is cut; a terminal reader wants the titles).
   */
  readonly id?: boolean;
  /**
   * When a flexible column gives way: columns of a lower rank are cut (down
   * to `min`) before those of a higher one. Ids 0, default 1, titles 2.
   */
  readonly giveWay?: number;
  /** The narrowest the first round of cuts makes this column (default 8, ids 10). */
  readonly min?: number;
  /** Style of the cells (not the header). */
  readonly style?: (text: string, row: Row) => string;
}

const GAP = 2;

/**
 * The width of each column so that the table fits `width`: flexible columns
 * are cut rank by rank (ids first, titles last), each rank widest first and
 * down to its minimum; if the table is still too wide, every flexible column
 * is cut further, widest first, down to its header (at least 3 columns).
 */
export function fitColumns<Row>(
  columns: readonly Column<Row>[],
  widths: readonly number[],
  width: number,
): number[] {
  const out = [...widths];
  let excess = out.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) - width;
  const flexible = columns
    .map((column, i) => ({ column, i }))
    .filter(({ column }) => column.flex || column.id);
  const rank = (c: Column<Row>) => c.giveWay ?? (c.id ? 0 : 1);
  const shrink = (
    members: { column: Column<Row>; i: number }[],
    floor: (c: Column<Row>) => number,
  ) => {
    while (excess > 0) {
      let widest: { column: Column<Row>; i: number } | undefined;
      for (const member of members) {
        if ((out[member.i] ?? 0) <= floor(member.column)) continue;
        if (!widest || (out[member.i] ?? 0) > (out[widest.i] ?? 0)) widest = member;
      }
      if (!widest) return;
      // Cut the widest down to the next widest (or its floor) at most, so that
      // columns of one rank end up even.
      const next = Math.max(
        floor(widest.column),
        ...members
          .filter((m) => m !== widest && (out[m.i] ?? 0) < (out[widest.i] ?? 0))
          .map((m) => out[m.i] ?? 0),
      );
      const cut = Math.max(1, Math.min(excess, (out[widest.i] ?? 0) - next));
      out[widest.i] = (out[widest.i] ?? 0) - cut;
      excess -= cut;
    }
  };
  const header = (c: Column<Row>) => displayWidth(c.header);
  for (const r of [...new Set(flexible.map(({ column }) => rank(column)))].sort((a, b) => a - b)) {
    shrink(
      flexible.filter(({ column }) => rank(column) === r),
      (c) => Math.max(header(c), c.min ?? (c.id ? 10 : 8)),
    );
  }
  shrink(flexible, (c) => Math.max(3, header(c)));
  return out;
}

/**
 * A plain-text table: a header and aligned columns separated by two spaces.
 * With `width` (a terminal), the flexible columns are cut to fit (ids first);
 * without it (a pipe) nothing is cut. Cells are one line each, with every
 * control character, escape sequence and bidi control removed.
 */
export function renderTable<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  options: { readonly style: Style; readonly width?: number },
): string {
  const cells = rows.map((row) => columns.map((column) => cleanLine(column.value(row))));
  const natural = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i] ?? ""))),
  );
  const widths =
    options.width === undefined ? natural : fitColumns(columns, natural, options.width);
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
      .join(" ".repeat(GAP))
      .trimEnd(),
  );
  const body = cells.map((line, r) =>
    line
      .map((cell, i) => {
        const text = pad(cell, i);
        const style = columns[i]?.style;
        return style ? style(text, rows[r] as Row) : text;
      })
      .join(" ".repeat(GAP))
      .replace(/ +$/, ""),
  );
  return `${[header, ...body].join("\n")}\n`;
}
