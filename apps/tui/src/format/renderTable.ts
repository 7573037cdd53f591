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

interface Member<Row> {
  readonly column: Column<Row>;
  readonly i: number;
}

const rankOf = <Row>(c: Column<Row>) => c.giveWay ?? (c.id ? 0 : 1);
const headerWidth = <Row>(c: Column<Row>) => displayWidth(c.header);
const minOf = <Row>(c: Column<Row>) => Math.max(headerWidth(c), c.min ?? (c.id ? 10 : 8));

/**
 * Cuts the flexible columns among `shown` until the table fits: rank by rank
 * down to their minimums, then rank by rank down to their headers (at least
 * 3 columns); within a rank the widest first, so they end up even. Returns
 * the widths and how much is still too wide after the first round.
 */
function shrink<Row>(
  columns: readonly Column<Row>[],
  natural: readonly number[],
  shown: readonly boolean[],
  width: number,
): { widths: number[]; excessAtMinimums: number } {
  const out = natural.map((w, i) => (shown[i] ? w : 0));
  const count = shown.filter(Boolean).length;
  let excess = out.reduce((a, b) => a + b, 0) + GAP * (count - 1) - width;
  const flexible: Member<Row>[] = columns
    .map((column, i) => ({ column, i }))
    .filter(({ column, i }) => shown[i] && (column.flex || column.id));
  const ranks = [...new Set(flexible.map(({ column }) => rankOf(column)))].sort((a, b) => a - b);
  const cut = (members: Member<Row>[], floor: (c: Column<Row>) => number) => {
    while (excess > 0) {
      let widest: Member<Row> | undefined;
      for (const m of members)
        if (
          (out[m.i] ?? 0) > floor(m.column) &&
          (!widest || (out[m.i] ?? 0) > (out[widest.i] ?? 0))
        )
          widest = m;
      if (!widest) return;
      const w = out[widest.i] ?? 0;
      const next = Math.max(
        floor(widest.column),
        ...members.map((m) => out[m.i] ?? 0).filter((other) => other < w),
      );
      const by = Math.max(1, Math.min(excess, w - next));
      out[widest.i] = w - by;
      excess -= by;
    }
  };
  for (const rank of ranks)
    cut(
      flexible.filter(({ column }) => rankOf(column) === rank),
      minOf,
    );
  const excessAtMinimums = excess;
  for (const rank of ranks)
    cut(
      flexible.filter(({ column }) => rankOf(column) === rank),
      (c) => Math.max(3, headerWidth(c)),
    );
  return { widths: out, excessAtMinimums };
}

/**
 * The width of each column so that the table fits `width`. Flexible columns
 * give way rank by rank: ids first (down to 10 columns), then the others,
 * titles last, each down to its minimum. When that is not enough, the id
 * columns are left out (width 0) rather than cut to nothing, and the rest is
 * cut further. Without flexible columns a table may stay wider.
 */
export function fitColumns<Row>(
  columns: readonly Column<Row>[],
  natural: readonly number[],
  width: number,
): number[] {
  const all = columns.map(() => true);
  const first = shrink(columns, natural, all, width);
  if (first.excessAtMinimums <= 0 || !columns.some((c) => c.id)) return first.widths;
  return shrink(
    columns,
    natural,
    columns.map((c) => !c.id),
    width,
  ).widths;
}

/**
 * A plain-text table: a header and aligned columns separated by two spaces.
 * With `width` (a terminal), the flexible columns are cut to fit (ids first,
 * titles last; ids left out when even that is not enough); without it (a
 * pipe) nothing is cut. Cells are one line each, with every
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
  const shown = columns.map((_, i) => i).filter((i) => (widths[i] ?? 0) > 0);
  const last = shown.at(-1) ?? -1;
  const pad = (text: string, i: number) => {
    const width = widths[i] ?? 0;
    const cut = truncate(text, width);
    if (i === last && columns[i]?.align !== "right") return cut;
    const space = " ".repeat(Math.max(0, width - displayWidth(cut)));
    return columns[i]?.align === "right" ? space + cut : cut + space;
  };
  const header = options.style.bold(
    shown
      .map((i) => pad(columns[i]?.header ?? "", i))
      .join(" ".repeat(GAP))
      .trimEnd(),
  );
  const body = cells.map((line, r) =>
    shown
      .map((i) => {
        const text = pad(line[i] ?? "", i);
        const style = columns[i]?.style;
        return style ? style(text, rows[r] as Row) : text;
      })
      .join(" ".repeat(GAP))
      .replace(/ +$/, ""),
  );
  return `${[header, ...body].join("\n")}\n`;
}
