import distance from "damerau-levenshtein";

/**
 * The valid name nearest to a mistyped one, for "did you mean": the only name
 * it is a prefix of, else the name fewest edits away (Damerau-Levenshtein,
 * ignoring case: a swap of two neighbours is one edit) when that is at most
 * 40% of its length, at least one edit. Undefined when nothing is near.
 */
export function nearest(input: string, names: readonly string[]): string | undefined {
  const typed = input.toLowerCase();
  if (typed === "") return undefined;
  const prefixed = names.filter((name) => name.toLowerCase().startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  const max = Math.max(1, Math.floor(typed.length * 0.4));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const name of names) {
    const { steps } = distance(typed, name.toLowerCase());
    if (steps < bestDistance) {
      best = name;
      bestDistance = steps;
    }
  }
  return best;
}
