// Dark enough for 3:1 against white (non-text contrast) and told apart by hue.
const PALETTE = [
  "#1f5fbf",
  "#c0392b",
  "#1e7d45",
  "#8e44ad",
  "#a0620a",
  "#117a8b",
  "#a93274",
  "#56606b",
  "#6b7a00",
  "#2e4053",
  "#c2410c",
  "#6e4b1f",
];

/** A colour for each kind, stable for one list of kinds (the palette repeats after 12). */
export function kindColors(kinds: readonly string[]): Map<string, string> {
  return new Map(kinds.map((kind, index) => [kind, PALETTE[index % PALETTE.length] as string]));
}
