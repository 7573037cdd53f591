/**
 * Keys under which a name is indexed and looked up. Names match regardless of
 * case, accents, umlaut spelling (`Südkorea` / `Suedkorea`), hyphens, spaces
 * and the order of given and family name (`Kyung-wha Kang`).
 */

import { expectString } from "./argument";

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
const MARKS = /\p{M}/gu;
const SEPARATORS = /[\s\-‐‑‒–—_.,'’‘"“”„()/·]+/u;
/** A character that is neither a space nor a separator: what a name's key is made of. */
const KEY_CHARACTER = /[^\s\-‐‑‒–—_.,'’‘"“”„()/·]/u;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test on purpose
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Lower-cases, spells umlauts out and strips accents; keeps separators. The
 * folding every name lookup uses.
 *
 * ```ts
 * foldName("Südkorea");   // "suedkorea"
 * foldName("Łódź Café");  // "łodz cafe"
 * ```
 */
export function foldName(name: string): string {
  expectString(name, "foldName(name)");
  // ASCII text only needs lower case: every normalization leaves it as it is.
  if (!NON_ASCII.test(name)) return name.toLowerCase();
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => UMLAUTS[char] ?? char)
    .normalize("NFKD")
    .replace(MARKS, "")
    .normalize("NFC");
}

/** The words of a name, folded, hyphenated parts joined (`Kyung-wha` → `kyungwha`). */
export function nameTokens(name: string): string[] {
  return foldName(name)
    .split(/\s+/u)
    .map((word) => word.split(SEPARATORS).join(""))
    .filter((word) => word !== "");
}

/** Whether a folded name has lookup keys: a character besides spaces and separators. */
export function hasNameKeys(folded: string): boolean {
  return KEY_CHARACTER.test(folded);
}

/**
 * The lookup keys of a name: every separator removed, and the words in sorted
 * order. Two names match when they share a key.
 *
 * ```ts
 * nameKeys("Kyung-wha Kang"); // ["kyungwhakang", "kang kyungwha"]
 * nameKeys("Kang Kyung-wha"); // shares "kang kyungwha": the same person
 * ```
 */
export function nameKeys(name: string): string[] {
  expectString(name, "nameKeys(name)");
  const tokens = nameTokens(name);
  if (tokens.length === 0) return [];
  const compact = tokens.join("");
  const sorted = [...tokens].sort().join(" ");
  return compact === sorted ? [compact] : [compact, sorted];
}
