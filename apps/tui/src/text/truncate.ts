import fastStringWidth, { NARROW } from "./fastStringWidth.js";

const segmenter = new Intl.Segmenter();

/** The width `text` takes in a terminal (wide CJK characters and emoji count two). */
export function displayWidth(text: string): number {
  return fastStringWidth(text);
}

/**
 * `text` cut to at most `width` columns, ending in "…" when it was cut. Cuts
 * between grapheme clusters, so an emoji or a Hangul syllable is never split.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (displayWidth(text) <= width) return text;
  if (NARROW.test(text)) return `${text.slice(0, width - 1)}…`;
  let out = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** `text` padded with spaces (or truncated) to exactly `width` columns. */
export function fitWidth(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + " ".repeat(Math.max(0, width - displayWidth(cut)));
}

/** `text` cut from the left to at most `width` columns, starting with "…" when cut. */
export function truncateStart(text: string, width: number): string {
  if (width <= 0) return "";
  if (displayWidth(text) <= width) return text;
  if (NARROW.test(text)) return `…${text.slice(text.length - (width - 1))}`;
  const segments = [...segmenter.segment(text)].map((s) => s.segment);
  let out = "";
  let used = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] as string;
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out = segment + out;
    used += w;
  }
  return `…${out}`;
}
