/**
 * A search query read into terms: dates, amounts, numbers and words, each
 * matched on its own; a record matches the query when it matches every term.
 */
import { amountKey, CURRENCY_WORDS, scaleWord, tokenAmount } from "./amounts.js";
import { dateTerms } from "./dateTerms.js";
import { foldText } from "./fold.js";
import { eachToken, NUMBER } from "./tokenize.js";

export type QueryTerm =
  /** A word: matched whole, as a prefix, or (when no word is spelled so) fuzzily. */
  | { readonly kind: "word"; readonly token: string }
  /** A plain number: an amount or quantity, or (four digits) a year. */
  | {
      readonly kind: "number";
      readonly token: string;
      readonly value: number;
      readonly year: boolean;
    }
  /** A scaled amount ("15bn", "€15 billion"). */
  | { readonly kind: "amount"; readonly token: string; readonly value: number }
  /** A date ("1 Nov 2025"), as `yyyymmdd` bounds. */
  | { readonly kind: "date"; readonly token: string; readonly start: number; readonly end: number };

/** Longest query (in characters) that is searched; longer input is cut. */
export const MAX_QUERY_LENGTH = 100;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are stripped on purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export interface ParsedQuery {
  readonly terms: readonly QueryTerm[];
  /** Every word of the query, folded (for exact name and title matches). */
  readonly tokens: readonly string[];
}

export function queryTerms(query: string): ParsedQuery {
  const folded = foldText(query.slice(0, MAX_QUERY_LENGTH * 2).replace(CONTROL, " "))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const tokens: string[] = [];
  eachToken(folded, (token) => tokens.push(token));
  const terms: QueryTerm[] = [];
  let rest = "";
  let at = 0;
  for (const date of dateTerms(folded)) {
    rest += `${folded.slice(at, date.index)} `;
    at = date.index + date.length;
    const token = folded.slice(date.index, at);
    terms.push({ kind: "date", token, start: date.start, end: date.end });
  }
  rest += folded.slice(at);
  const words: string[] = [];
  eachToken(rest, (token) => words.push(token));
  for (let i = 0; i < words.length; i++) {
    const token = words[i] as string;
    const next = words[i + 1];
    const value = tokenAmount(token);
    if (value === undefined) {
      const last = terms.at(-1);
      const beside =
        (last !== undefined && last.kind !== "word" && last.kind !== "date") ||
        tokenAmount(next ?? "") !== undefined;
      if (!(CURRENCY_WORDS.has(token) && beside)) terms.push({ kind: "word", token });
      continue;
    }
    const scale = next === undefined ? undefined : scaleWord(next);
    if (scale !== undefined) {
      terms.push({ kind: "amount", token: `${token} ${next}`, value: amountKey(value * scale) });
      i++;
    } else if (NUMBER.test(token)) {
      const year = /^\d{4}$/.test(token);
      terms.push({ kind: "number", token, value, year });
    } else {
      terms.push({ kind: "amount", token, value });
    }
  }
  return { terms, tokens };
}
