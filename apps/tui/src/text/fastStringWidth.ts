import stringWidth, { type Options } from "string-width";

/** Printable characters one column wide each: ASCII and Latin letters, most punctuation, arrows, box drawing. */
export const NARROW =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20ac\u2190-\u21ff\u23ce\u2500-\u25fc]*$/;

/** Characters two columns wide each: Hangul, kana, CJK ideographs, fullwidth forms (no combining marks). */
const WIDE_CHARS =
  "\u1100-\u115e\u2e9b-\u2ef3\u2f00-\u2fd5\u2ff0-\u3029\u3041-\u3096\u309b-\u30ff\u3250-\ua48c\ua490-\ua4c6\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60";
const WIDE = new RegExp(`[${WIDE_CHARS}]`, "g");
const NARROW_OR_WIDE = new RegExp(`^(?:${NARROW.source.slice(1, -2)}|[${WIDE_CHARS}])*$`);

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are what this strips
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * `string-width` with a fast path: text of narrow characters only (after
 * colour codes) is as wide as it is long, and each Hangul, kana or CJK
 * character adds one more column. The build puts this in place of
 * `string-width` for Ink too, which measures every line of every frame;
 * anything else goes to `string-width` itself, so results are the same.
 */
export default function fastStringWidth(input: string, options?: Options): number {
  if (typeof input !== "string" || input.length === 0) return 0;
  if (options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false)
    return stringWidth(input, options);
  const plain = input.includes("\u001b") ? input.replace(SGR, "") : input;
  if (NARROW.test(plain)) return plain.length;
  if (NARROW_OR_WIDE.test(plain)) return plain.length + (plain.match(WIDE)?.length ?? 0);
  return stringWidth(input, options);
}
