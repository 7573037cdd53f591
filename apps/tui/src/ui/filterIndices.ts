import { foldName } from "@korea-relations/core";

/** Text folded for matching: case, accents and umlauts (ä = ae) ignored. */
export function foldText(text: string): string {
  return foldName(text);
}

/**
 * The indices of the items whose folded text contains every word of
 * `query` (all of them for an empty query).
 */
export function filterIndices(folded: readonly string[], query: string): number[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const text = folded[i] as string;
    if (words.every((word) => text.includes(word))) out.push(i);
  }
  return out;
}
