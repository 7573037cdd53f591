/**
 * A small RFC 4180 CSV writer: a header row, then one line per row, each
 * line ended by `\n`. A cell is quoted when it holds a comma, a double quote,
 * `\r` or `\n` (a double quote doubled inside), or when its column is listed
 * in `quoted`; otherwise it is written as is. It writes what csv-stringify
 * writes with its defaults for text cells, without csv-stringify's Node
 * streams (which need `Buffer` in a browser).
 */

/** A CSV cell: text as is, a number as `String(n)`, `true`/`false`, empty for `null` or `undefined`. */
export type CsvCell = string | number | boolean | null | undefined;

/** How {@link csvText} writes a table. */
export interface CsvOptions {
  /** Columns whose cells are always quoted (a code whose leading zeros matter, as `"04"`). */
  readonly quoted?: readonly string[];
}

const NEEDS_QUOTES = /[",\r\n]/;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

const text = (cell: CsvCell): string =>
  cell === undefined || cell === null ? "" : typeof cell === "string" ? cell : String(cell);

/**
 * A table as CSV (RFC 4180, `\n` line ends, a header row): cells with a
 * comma, a double quote or a line break are quoted, and so is every non-empty
 * cell of a column named in `options.quoted`.
 *
 * ```ts
 * csvText(["id", "title"], [["a", 'Said "hi", left'], ["b", undefined]]);
 * // 'id,title\na,"Said ""hi"", left"\nb,\n'
 * ```
 */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const forced = new Set(options.quoted ?? []);
  const always = header.map((name) => forced.has(name));
  const line = (cells: readonly CsvCell[], head: boolean) =>
    cells
      .map((cell, i) => {
        const value = text(cell);
        return NEEDS_QUOTES.test(value) || (!head && value !== "" && always[i])
          ? quote(value)
          : value;
      })
      .join(",");
  let out = `${line(header, true)}\n`;
  for (const row of rows) out += `${line(row, false)}\n`;
  return out;
}
