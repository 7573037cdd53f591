// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed on purpose
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed on purpose
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text safe to print in a terminal: escape sequences removed, other control
 * characters (but newlines and tabs) replaced by a space, tabs by a space.
 * Every string taken from the dataset or from input passes through here.
 */
export function cleanText(text: string): string {
  return text.replace(ESCAPES, "").replace(CONTROLS, " ").replace(/\t/g, " ");
}

/** `cleanText` on one line: newlines become spaces, runs of white space one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, " ").trim();
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced on purpose
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` with every control character but "\n" replaced by one space, so that
 * offsets into the text (evidence spans) stay valid.
 */
export function cleanKeepingOffsets(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, " ");
}
