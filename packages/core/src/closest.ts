/**
 * The nearest of a set of names to what was typed, for "did you mean"
 * suggestions: Damerau–Levenshtein distance (optimal string alignment),
 * case-insensitive, within a third of the name's length.
 */
import { editDistance as boundedDistance } from "./search/editDistance.js";

/**
 * Edit distance with adjacent transpositions, stopping early past `max` (any
 * distance above it is `max + 1`): the search's, on reused typed arrays.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  return boundedDistance(a, b, max);
}

/** The candidate nearest to `input`, or undefined when none is near enough. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const name = candidate.toLowerCase();
    const limit = Math.max(1, Math.ceil(name.length / 3));
    const distance =
      name.startsWith(wanted) || wanted.startsWith(name) ? 0.5 : editDistance(wanted, name, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
