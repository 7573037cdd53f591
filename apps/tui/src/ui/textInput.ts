import { cleanText } from "../text/cleanText.js";
import type { Action } from "./keyBindings.js";

/** The text of a box (the search query, a filter) and where its cursor is. */
export interface TextInput {
  readonly text: string;
  /** Offset of the cursor in `text` (UTF-16), always between two characters as shown. */
  readonly cursor: number;
}

/** The longest text a box keeps (the search itself reads fewer). */
export const MAX_TEXT = 200;

export const EMPTY_INPUT: TextInput = { text: "", cursor: 0 };

const segmenter = new Intl.Segmenter();

/** The offsets between the characters of `text` as shown (an emoji or syllable is one). */
function boundaries(text: string): number[] {
  return [...[...segmenter.segment(text)].map((s) => s.index), text.length];
}

const before = (text: string, at: number) => {
  const list = boundaries(text);
  return [...list].reverse().find((b) => b < at) ?? 0;
};
const after = (text: string, at: number) => boundaries(text).find((b) => b > at) ?? text.length;

const isWord = (char: string) => /[\p{L}\p{N}]/u.test(char);

/** The start of the word before `at` (Alt-B): back over non-word characters, then the word. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isWord(text[i - 1] as string)) i--;
  while (i > 0 && isWord(text[i - 1] as string)) i--;
  return i;
}

/** The end of the word after `at` (Alt-F). */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isWord(text[i] as string)) i++;
  while (i < text.length && isWord(text[i] as string)) i++;
  return i;
}

/** Typed or pasted text at the cursor: control characters dropped, line breaks as spaces. */
export function typeText(input: TextInput, typed: string): TextInput {
  const clean = cleanText(typed.replace(/[\r\n]+/g, " ")).replace(/\n/g, " ");
  if (clean === "") return input;
  const room = Math.max(0, MAX_TEXT - input.text.length);
  const added = clean.slice(0, room);
  return {
    text: input.text.slice(0, input.cursor) + added + input.text.slice(input.cursor),
    cursor: input.cursor + added.length,
  };
}

/** A box's text after an editing action, or undefined when the action edits nothing. */
export function editText(input: TextInput, action: Action): TextInput | undefined {
  const { text, cursor } = input;
  const cut = (from: number, to: number): TextInput => ({
    text: text.slice(0, from) + text.slice(to),
    cursor: from,
  });
  switch (action) {
    case "cursor-left":
      return { text, cursor: before(text, cursor) };
    case "cursor-right":
      return { text, cursor: after(text, cursor) };
    case "cursor-start":
      return { text, cursor: 0 };
    case "cursor-end":
      return { text, cursor: text.length };
    case "word-left":
      return { text, cursor: wordStart(text, cursor) };
    case "word-right":
      return { text, cursor: wordEnd(text, cursor) };
    case "delete-back":
      return cut(before(text, cursor), cursor);
    case "delete-forward":
      return { ...cut(cursor, after(text, cursor)), cursor };
    case "delete-word": {
      // Like a shell's Ctrl-W: back over spaces, then to the previous space.
      let i = cursor;
      while (i > 0 && /\s/.test(text[i - 1] as string)) i--;
      while (i > 0 && !/\s/.test(text[i - 1] as string)) i--;
      return cut(i, cursor);
    }
    case "kill-start":
      return cut(0, cursor);
    case "kill-end":
      return { text: text.slice(0, cursor), cursor };
    default:
      return undefined;
  }
}

/** A box holding `text` with the cursor at its end. */
export function inputOf(text: string): TextInput {
  const clean = typeText(EMPTY_INPUT, text);
  return clean;
}
