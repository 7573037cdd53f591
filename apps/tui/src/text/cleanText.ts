/**
 * Escape sequences, 7-bit and 8-bit (ECMA-48): CSI (`ESC [` or U+009B, then
 * parameters and a final byte); the string controls OSC, DCS, SOS, PM and APC
 * (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or U+009D, U+0090, U+0098,
 * U+009E, U+009F) up to BEL or ST, or up to the next ESC when unterminated;
 * `ESC` with intermediate bytes (`ESC ( B`); any other two-byte `ESC x`.
 */
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed on purpose
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]+[0-~]|\u001b[0-~]/g;

/** C0 controls but "\n", DEL and C1 controls (and a lone ESC). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced on purpose
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Invisible characters that reorder or hide text (Trojan Source): the bidi
 * embeddings, overrides and isolates, the directional marks, and the Arabic
 * letter mark.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The Unicode line and paragraph separators: line breaks to a terminal. */
const SEPARATORS = /[\u2028\u2029]/g;

/** Any character that `cleanText` changes, for a quick test. */
export const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are looked for on purpose
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Text safe to print in a terminal, the one sanitiser for everything taken
 * from the dataset or from input: escape sequences removed (colours, titles,
 * OSC 52 clipboard writes, screen clears), every other control character (C0
 * but "\n", DEL, C1) replaced by a space, bidi controls removed, and the line
 * and paragraph separators (U+2028, U+2029) turned into "\n".
 */
export function cleanText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text
    .replace(ESCAPES, "")
    .replace(CONTROLS, " ")
    .replace(BIDI, "")
    .replace(SEPARATORS, "\n");
}

/** `cleanText` on one line: line breaks become spaces, runs of white space one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, " ").trim();
}

/**
 * `text` with every character `cleanText` changes replaced one for one (a
 * space, or "\n" for a line separator), so that offsets into the text
 * (evidence spans) stay valid. Escape sequences leave their printable bytes
 * behind, harmless without their ESC.
 */
export function cleanKeepingOffsets(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(CONTROLS, " ").replace(BIDI, " ").replace(SEPARATORS, "\n");
}
