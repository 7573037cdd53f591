/**
 * Every distinct word the index holds, with an id, and the lookups a query
 * needs: by prefix, by edit distance, and (for Hangul, Kanji and other
 * scripts written without spaces) by substring. Plain numbers are not words:
 * they are indexed as amounts.
 */
import { editDistance } from "./editDistance.js";

const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const DIGITS = /^\d/;

export class TokenDictionary {
  readonly tokens: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #byFirst = new Map<string, number[]>();
  readonly #byTwo = new Map<string, number[]>();
  readonly #byLength: number[][] = [];
  /** Letters each word holds, as bits (a–z, the rest folded into six more). */
  readonly #letters: number[] = [];
  readonly #cjk: number[] = [];

  get size(): number {
    return this.tokens.length;
  }

  get(token: string): number | undefined {
    return this.#ids.get(token);
  }

  /** The id of `token`, added if new. */
  add(token: string): number {
    let id = this.#ids.get(token);
    if (id !== undefined) return id;
    id = this.tokens.length;
    this.tokens.push(token);
    this.#ids.set(token, id);
    this.#letters.push(letters(token));
    push(this.#byFirst, token.slice(0, 1), id);
    if (token.length > 1) push(this.#byTwo, token.slice(0, 2), id);
    if (!DIGITS.test(token)) {
      const sameLength = this.#byLength[token.length];
      if (sameLength) sameLength.push(id);
      else this.#byLength[token.length] = [id];
      if (CJK.test(token)) this.#cjk.push(id);
    }
    return id;
  }

  /** The words' first one or two characters, those starting most words first (at most `max`). */
  commonStarts(length: 1 | 2, max: number): string[] {
    return [...(length === 1 ? this.#byFirst : this.#byTwo)]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([start]) => start);
  }

  /** Ids of the words that start with `prefix` and are longer than it. */
  prefixed(prefix: string, each: (id: number, token: string) => void): void {
    const bucket =
      prefix.length === 1 ? this.#byFirst.get(prefix) : this.#byTwo.get(prefix.slice(0, 2));
    for (const id of bucket ?? []) {
      const token = this.tokens[id] as string;
      if (token.length > prefix.length && token.startsWith(prefix)) each(id, token);
    }
  }

  /** Words written without spaces (Hangul, Kanji…) that contain `part` inside them. */
  containing(part: string, each: (id: number, token: string) => void): void {
    if (!CJK.test(part)) return;
    for (const id of this.#cjk) {
      const token = this.tokens[id] as string;
      if (token.length > part.length && token.indexOf(part) > 0) each(id, token);
    }
  }

  /** Words within `max` edits of `word` (not `word` itself), with their distance. */
  near(word: string, max: number, each: (id: number, distance: number, token: string) => void) {
    const mine = letters(word);
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const id of this.#byLength[length] ?? []) {
        // Each edit adds or removes at most one kind of letter: skip words
        // whose letters differ by more kinds than edits allowed.
        const theirs = this.#letters[id] as number;
        if (bits(mine & ~theirs) > max || bits(theirs & ~mine) > max) continue;
        const token = this.tokens[id] as string;
        const distance = editDistance(word, token, max);
        if (distance > 0 && distance <= max) each(id, distance, token);
      }
    }
  }
}

function letters(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

function bits(n: number): number {
  let count = 0;
  for (let x = n; x !== 0; x &= x - 1) count++;
  return count;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
