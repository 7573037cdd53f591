import { escapeJsonText } from "./jsonText.js";

/** The longest part of an argument an error message repeats. */
const MAX = 80;

/**
 * An argument as an error message shows it: in double quotes, control
 * characters, bidi controls and line separators escaped so they can be seen
 * (`"a\u001b[2J"`), cut to 80 characters. Safe for a terminal.
 */
export function quoteArg(arg: string): string {
  const chars = [...arg];
  const shown = chars.length > MAX ? `${chars.slice(0, MAX - 1).join("")}…` : arg;
  return escapeJsonText(JSON.stringify(shown));
}
