/** Why a file's text is not a list of records: where, and what. */
export type ParseProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "json"; readonly line: number; readonly column: number };

/** The records of a file, or why there are none (before core checks the records themselves). */
export type Parsed = { readonly records: readonly unknown[] } | { readonly problem: ParseProblem };

/** Line and column (1-based) of a character offset in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where `JSON.parse` stopped, from its message ("… at position 17 …"); the
 * end of the text when the message names no position (text cut short).
 */
function failure(text: string, error: unknown): number {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  return match ? Number(match[1]) : text.length;
}

/**
 * The records of a dataset file in the published shapes: `dataset.json` (one
 * JSON array of records) or NDJSON (one record per line; blank lines
 * skipped). Problems name the line and column, never the engine's wording.
 */
export function parseDatasetText(input: string): Parsed {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const first = /\S/.exec(text);
  if (!first) return { problem: { kind: "empty" } };
  if (first[0] === "[") {
    try {
      return { records: JSON.parse(text) as unknown[] };
    } catch (error) {
      return { problem: { kind: "json", ...lineColumn(text, failure(text, error)) } };
    }
  }
  if (first[0] !== "{") {
    return { problem: { kind: "json", ...lineColumn(text, first.index) } };
  }
  // One record written over several lines.
  try {
    return { records: [JSON.parse(text)] };
  } catch {
    // NDJSON, or broken: line by line.
  }
  const records: unknown[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    line++;
    const row = text.slice(start, stop);
    if (row.trim() !== "") {
      try {
        records.push(JSON.parse(row));
      } catch (error) {
        const at = Math.min(failure(row, error), row.length);
        return { problem: { kind: "json", line, column: at + 1 } };
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  return { records };
}
