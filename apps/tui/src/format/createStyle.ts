/** ANSI styles for the CLI's output, or plain text when colour is off. */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  /** Kind tags, headings: cyan. */
  accent(text: string): string;
  /** Inferred or external facts, warnings: yellow. */
  warn(text: string): string;
  /** Errors: red. */
  error(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

/** Styles that emit ANSI escapes only when `enabled`. */
export function createStyle(enabled: boolean): Style {
  const id = (text: string) => text;
  return {
    enabled,
    bold: enabled ? wrap(1, 22) : id,
    dim: enabled ? wrap(2, 22) : id,
    underline: enabled ? wrap(4, 24) : id,
    accent: enabled ? wrap(36, 39) : id,
    warn: enabled ? wrap(33, 39) : id,
    error: enabled ? wrap(31, 39) : id,
  };
}

/**
 * Whether to colour output: only on a terminal, never with `NO_COLOR` set
 * (to anything but the empty string), `TERM=dumb` or `--no-color`;
 * `FORCE_COLOR` (not "0") forces it on.
 */
export function wantsColor(options: {
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly noColor?: boolean;
}): boolean {
  const { env } = options;
  if (options.noColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false")
    return true;
  if (env.TERM === "dumb") return false;
  return options.isTTY;
}
