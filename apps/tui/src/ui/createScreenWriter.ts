const ESC = "\u001b";
/** Begin and end of a synchronized update: the terminal shows the frame at once. */
export const BEGIN_FRAME = `${ESC}[?2026h`;
export const END_FRAME = `${ESC}[?2026l`;
const RESET = `${ESC}[0m`;
const CLEAR_SCREEN = `${ESC}[H${ESC}[2J`;
const CLEAR_LINE = `${ESC}[2K`;

/** Draws frames on a full-screen terminal. */
export interface ScreenWriter {
  /**
   * Draws `frame` (its lines joined by `\n`, one per terminal row from the
   * top), writing only the rows that differ from the last frame drawn.
   */
  draw(frame: string): void;
  /** The next frame repaints every row (after a resize, or when the screen was left). */
  invalidate(): void;
  /** Repaints the last frame (after the terminal was given back and taken again). */
  redraw(): void;
  /** The rows as last drawn. */
  readonly lines: readonly string[];
}

/**
 * A writer to `out`, a terminal of `rows()` rows in the alternate screen with
 * autowrap off: each changed row is rewritten whole (cursor to its start,
 * attributes reset, row erased, its text), inside a synchronized update. It
 * never clears the scrollback (`ESC[3J`); it clears the screen only to
 * repaint after `invalidate`.
 */
export function createScreenWriter(
  out: { write(text: string): unknown },
  rows: () => number,
): ScreenWriter {
  let drawn: string[] = [];
  let full = true;

  const draw = (frame: string) => {
    const height = Math.max(1, rows());
    const next = frame.split("\n").slice(0, height);
    let text = "";
    if (full) {
      text += CLEAR_SCREEN;
      next.forEach((line, row) => {
        if (line !== "") text += `${ESC}[${row + 1};1H${line}${RESET}`;
      });
    } else {
      const count = Math.max(next.length, drawn.length);
      for (let row = 0; row < count && row < height; row++) {
        const line = next[row] ?? "";
        if (line === (drawn[row] ?? "")) continue;
        text += `${ESC}[${row + 1};1H${RESET}${CLEAR_LINE}${line}${RESET}`;
      }
    }
    full = false;
    drawn = next;
    if (text !== "") out.write(`${BEGIN_FRAME}${text}${END_FRAME}`);
  };

  return {
    draw,
    invalidate() {
      full = true;
    },
    redraw() {
      full = true;
      draw(drawn.join("\n"));
    },
    get lines() {
      return drawn;
    },
  };
}
