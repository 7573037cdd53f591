/**
 * Matching of evidence quotes in source texts. Both sides are compared after
 * Unicode NFKC, with every run of whitespace (line breaks and no-break spaces
 * included) folded to one space, hyphen variants (U+2010, U+2011) folded to
 * "-", and the source's declared line-wrap artifacts removed. Nothing looser:
 * case, digits and punctuation must match exactly.
 */

export interface TextIndex {
  /** The normalised text. */
  readonly text: string;
  /** For each character of `text`, its start offset in the raw text. */
  readonly starts: readonly number[];
  /** For each character of `text`, its end offset (exclusive) in the raw text. */
  readonly ends: readonly number[];
}

const HYPHENS = /[\u2010\u2011]/g;
const SPACE = /\s/;

function foldChar(char: string): string {
  return char.normalize("NFKC").replace(HYPHENS, "-");
}

/** Normalises a quote the same way source texts are. */
export function normalizeQuote(quote: string): string {
  let out = "";
  for (const char of quote) {
    for (const folded of foldChar(char)) {
      if (SPACE.test(folded)) {
        if (out !== "" && !out.endsWith(" ")) out += " ";
      } else {
        out += folded;
      }
    }
  }
  return out.trimEnd();
}

/**
 * Builds the normalised form of a source text with a map back to raw offsets.
 * `linePatterns` are regular expressions removed from every line (a source's
 * line-wrap artifacts, e.g. a trailing ` | |`).
 */
export function indexText(raw: string, linePatterns: readonly string[] = []): TextIndex {
  const patterns = linePatterns.map((pattern) => new RegExp(pattern, "gu"));
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const space = (at: number) => {
    if (text !== "" && !text.endsWith(" ")) {
      text += " ";
      starts.push(at);
      ends.push(at);
    }
  };
  let lineStart = 0;
  for (const line of raw.split("\n")) {
    const removed = new Uint8Array(line.length);
    for (const pattern of patterns) {
      for (const match of line.matchAll(pattern)) {
        removed.fill(1, match.index, match.index + match[0].length);
      }
    }
    let offset = 0;
    for (const char of line) {
      const at = lineStart + offset;
      if (!removed[offset]) {
        for (const folded of foldChar(char)) {
          if (SPACE.test(folded)) {
            space(at);
          } else {
            text += folded;
            starts.push(at);
            ends.push(at + char.length);
          }
        }
      }
      offset += char.length;
    }
    space(lineStart + line.length);
    lineStart += line.length + 1;
  }
  return { text, starts, ends };
}

/**
 * Finds a quote in an indexed text. Returns its raw span `[start, end)` or
 * `undefined` when the quote is not in the text.
 */
export function findQuote(index: TextIndex, quote: string): [number, number] | undefined {
  const needle = normalizeQuote(quote);
  if (needle === "") return undefined;
  const at = index.text.indexOf(needle);
  if (at < 0) return undefined;
  const start = index.starts[at];
  const end = index.ends[at + needle.length - 1];
  if (start === undefined || end === undefined) return undefined;
  return [start, end];
}

/** Every raw span at which a quote occurs in an indexed text. */
export function findAllQuotes(index: TextIndex, quote: string): [number, number][] {
  const needle = normalizeQuote(quote);
  const spans: [number, number][] = [];
  if (needle === "") return spans;
  for (let at = index.text.indexOf(needle); at >= 0; at = index.text.indexOf(needle, at + 1)) {
    const start = index.starts[at];
    const end = index.ends[at + needle.length - 1];
    if (start !== undefined && end !== undefined) spans.push([start, end]);
  }
  return spans;
}
