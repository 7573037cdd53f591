/** Colours the palette has (`--k0` … `--k11` in the style sheet, light and dark). */
const PALETTE_SIZE = 12;

/**
 * A colour class for each kind (`k0` … `k11`), stable for one list of kinds
 * (the palette repeats after 12). The style sheet gives each class a colour
 * with 3:1 contrast against the page in light and in dark mode.
 */
export function kindColors(kinds: readonly string[]): Map<string, string> {
  return new Map(kinds.map((kind, index) => [kind, `k${index % PALETTE_SIZE}`]));
}
