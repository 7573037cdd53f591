/**
 * Characters JSON may carry raw that a terminal would act on or that hide or
 * reorder text: DEL, the C1 controls (U+0080–U+009F, U+009B is a CSI), the
 * bidi controls and marks, and the line and paragraph separators.
 * (`JSON.stringify` already escapes C0 controls and lone surrogates.)
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Escapes, as `\uXXXX`, the characters of a JSON text that a terminal must
 * not get raw. Such characters can only stand inside JSON strings, so the
 * result is the same JSON value, byte for byte the same text when there were
 * none.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape);
}

/** `value` as JSON (indented by `indent` spaces, 0 for one line), safe for a terminal. */
export function jsonText(value: unknown, indent = 2): string {
  return escapeJsonText(JSON.stringify(value, null, indent) ?? "null");
}
