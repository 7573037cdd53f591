import { cleanText } from "../text/cleanText.js";

/** The longest query the search box keeps (the search itself reads fewer). */
export const MAX_QUERY = 200;

const segmenter = new Intl.Segmenter();

/** `query` with typed or pasted `input` appended: control characters dropped, newlines as spaces. */
export function insertText(query: string, input: string): string {
  const text = cleanText(input.replace(/[\r\n]+/g, " ")).replace(/\n/g, " ");
  if (text === "") return query;
  return (query + text).slice(0, MAX_QUERY);
}

/** `query` without its last character (a whole emoji or syllable). */
export function deleteChar(query: string): string {
  const segments = [...segmenter.segment(query)];
  const last = segments.at(-1);
  return last ? query.slice(0, last.index) : query;
}

/** `query` without its last word (Ctrl-W). */
export function deleteWord(query: string): string {
  return query.replace(/\s*\S+\s*$/, "");
}
