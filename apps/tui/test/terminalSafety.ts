/**
 * What a terminal must never get from data, checked on bytes (UTF-8): C0
 * controls but "\n", DEL, C1 controls (U+0080–U+009F, as C2 80–C2 9F), the
 * bidi controls and marks, and the line and paragraph separators. ESC is
 * allowed only as the start of an SGR sequence (`ESC [ digits ; m`), the
 * colours the CLI writes itself, when `sgr` is set.
 */
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

const FORBIDDEN_CODEPOINTS = new Set([
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067,
  0x2068, 0x2069,
]);

/** The unsafe characters in `output` (bytes or a string), described, empty when there are none. */
export function unsafeCharacters(
  output: Uint8Array | string,
  options: { sgr?: boolean } = {},
): string[] {
  let bytes = typeof output === "string" ? Buffer.from(output, "utf8") : Buffer.from(output);
  if (options.sgr) bytes = Buffer.from(bytes.toString("latin1").replace(SGR, ""), "latin1");
  const found: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    const at = () => `byte ${i}: ${bytes.subarray(Math.max(0, i - 12), i + 12).toString("utf8")}`;
    if ((byte < 0x20 && byte !== 0x0a) || byte === 0x7f)
      found.push(`0x${byte.toString(16)} at ${at()}`);
    else if (byte === 0xc2 && (bytes[i + 1] as number) >= 0x80 && (bytes[i + 1] as number) <= 0x9f)
      found.push(`U+00${(bytes[i + 1] as number).toString(16)} at ${at()}`);
    else if (byte >= 0xd8 && byte <= 0xef) {
      const length = byte >= 0xe0 ? 3 : 2;
      const code =
        bytes
          .subarray(i, i + length)
          .toString("utf8")
          .codePointAt(0) ?? 0;
      if (FORBIDDEN_CODEPOINTS.has(code)) found.push(`U+${code.toString(16)} at ${at()}`);
    }
  }
  return found;
}
