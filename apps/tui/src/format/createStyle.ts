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

/** The values of `--color`. */
export const COLOR_MODES = ["auto", "always", "never"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/**
 * Whether to colour output. `--color always` and `never` (or `--no-color`)
 * decide; `auto` colours a terminal only, never with `NO_COLOR` set (to
 * anything but the empty string) or `TERM=dumb`; `FORCE_COLOR` (but "0" or
 * "false", which turn colour off) colours a pipe too. `NO_COLOR` wins over
 * `FORCE_COLOR`.
 */
export function wantsColor(options: {
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly mode?: ColorMode;
}): boolean {
  const { env, mode = "auto" } = options;
  if (mode !== "auto") return mode === "always";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (env.TERM === "dumb") return false;
  return options.isTTY;
}
