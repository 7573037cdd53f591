/**
 * The one place the search engine takes name folding from (so it can be
 * repointed when `normalizeName` moves to a shared package).
 */
import { foldName } from "@korea-relations/model";

// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test on purpose
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * `foldName`, with a fast path for ASCII text (lower-casing is all folding
 * does to it). Same result as `foldName` for every string.
 */
export function foldText(text: string): string {
  return NON_ASCII.test(text) ? foldName(text) : text.toLowerCase();
}
