/** Patterns of terminal escape sequences, for assertions. */
const ESC = String.fromCharCode(27);

/** Any escape sequence. */
export const ANY_ESCAPE = new RegExp(`${ESC}\\[`);
/** A foreground colour (30–37, alone or among other parameters). */
export const COLOUR = new RegExp(`${ESC}\\[(?:[\\d;]*;)?3[1-7](?:;[\\d;]*)?m`);
/** Inverse video. */
export const INVERSE = new RegExp(`${ESC}\\[(?:[\\d;]*;)?7(?:;[\\d;]*)?m`);
/** Select graphic rendition sequences, to strip. */
export const SGR = new RegExp(`${ESC}\\[\\d+m`, "g");
