/**
 * Words of a text as the search engine indexes and matches them: runs of
 * letters and digits, folded (lower case, accents stripped, umlauts spelled
 * out), with numbers kept whole ("1,000", "16.2") and written canonically
 * ("1000", "16.2"). The same scan serves the index, the query and the
 * highlighting, so what is highlighted is what matched. Words are found in
 * the text as written and folded one by one (ASCII words just lower-cased);
 * regular expressions do the scanning, which keeps a cold start short.
 */
import { foldText } from "./fold.js";

/** A word and where it stands in the text it came from (UTF-16 offsets, end exclusive). */
export interface TokenSpan {
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{M}\p{N}]*|[\p{L}\p{M}\p{N}]+/gu;
const GROUPED = /^\d+(?:[.,]\d+)+$/;
/** Whole numbers and decimals, as `canonicalToken` writes them. */
export const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * A number written with separators, canonical: thousands separators dropped
 * ("1,000" and "1.000" → "1000"), a decimal comma or point → "."
 * ("16,2" → "16.2"). Anything else is returned as it is.
 */
export function canonicalToken(token: string): string {
  if (!GROUPED.test(token)) return token;
  const seps = token.replace(/\d+/g, "");
  const groups = token.split(/[.,]/);
  const tail = groups.slice(1);
  const same = seps.split("").every((sep) => sep === seps[0]);
  let plain: string;
  if (same && tail.every((group) => group.length === 3)) plain = groups.join("");
  else if (seps.length === 1) plain = groups.join(".");
  else if (
    !same &&
    seps
      .slice(0, -1)
      .split("")
      .every((sep) => sep === seps[0])
  )
    plain = `${groups.slice(0, -1).join("")}.${groups.at(-1)}`;
  else return token;
  const value = Number(plain);
  return Number.isFinite(value) ? String(value) : token;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test on purpose
const ASCII = /^[\u0000-\u007f]*$/;
const ASCII_TOKEN = /\d+(?:[.,]\d+)*[a-z0-9]*|[a-z0-9]+/g;

const folded = new Map<string, string[]>();
/** The words a non-ASCII word folds to (usually one), remembered. */
function foldWord(word: string): string[] {
  let words = folded.get(word);
  if (words === undefined) {
    words = Array.from(foldText(word).matchAll(TOKEN), (m) => canonicalToken(m[0]));
    if (folded.size > 50_000) folded.clear();
    folded.set(word, words);
  }
  return words;
}

/** A word as found, folded (usually one word; none or more for odd characters). */
function wordsOf(word: string): readonly string[] | string {
  if (!ASCII.test(word)) return foldWord(word);
  const lower = word.toLowerCase();
  return lower.includes(",") || lower.includes(".") ? canonicalToken(lower) : lower;
}

/** Calls `sink` with each folded, canonical word of `text`, in order. */
export function eachToken(text: string, sink: (token: string) => void): void {
  if (ASCII.test(text)) {
    const tokens = text.toLowerCase().match(ASCII_TOKEN);
    if (tokens === null) return;
    for (const token of tokens) {
      sink(token.includes(",") || token.includes(".") ? canonicalToken(token) : token);
    }
    return;
  }
  for (const word of text.match(TOKEN) ?? []) {
    const words = wordsOf(word);
    if (typeof words === "string") sink(words);
    else for (const token of words) sink(token);
  }
}

/**
 * The words of `text` with their spans in `text` itself (UTF-16 offsets, end
 * exclusive), for highlighting: the words `eachToken` gives, in order.
 */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const words = wordsOf(match[0]);
    if (typeof words === "string") spans.push({ token: words, start, end });
    else for (const token of words) spans.push({ token, start, end });
  }
  return spans;
}
