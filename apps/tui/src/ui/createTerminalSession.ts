import { EventEmitter } from "node:events";
import { createScreenWriter, type ScreenWriter } from "./createScreenWriter.js";

const ESC = "\u001b";

/**
 * Taking the terminal: the alternate screen (the shell's screen and
 * scrollback stay as they were), cursor hidden, autowrap off (a full last
 * row never scrolls), bracketed paste, mouse wheel reports (SGR).
 */
export const ENTER_SEQUENCE = [
  `${ESC}[?1049h`,
  `${ESC}[?25l`,
  `${ESC}[?7l`,
  `${ESC}[?2004h`,
  `${ESC}[?1000h`,
  `${ESC}[?1006h`,
].join("");

/** Giving it back: every mode above undone, attributes reset, the main screen restored. */
export const LEAVE_SEQUENCE = [
  `${ESC}[?1006l`,
  `${ESC}[?1000l`,
  `${ESC}[?2004l`,
  `${ESC}[?7h`,
  `${ESC}[0m`,
  `${ESC}[?25h`,
  `${ESC}[?1049l`,
].join("");

/** The streams of a terminal, as far as the session uses them. */
export interface TerminalInput {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
}
export interface TerminalOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
  on(event: "resize", listener: () => void): unknown;
  off(event: "resize", listener: () => void): unknown;
}

/** The stream Ink draws to: it takes whole frames (Ink's debug mode) and tells the size. */
export interface FrameStream extends EventEmitter {
  readonly columns: number;
  readonly rows: number;
  readonly isTTY: false;
  write(frame: string, callback?: () => void): boolean;
}

export interface TerminalSession {
  /** Give this to Ink as `stdout` (with `debug: true`): its frames are drawn row by row. */
  readonly frames: FrameStream;
  readonly writer: ScreenWriter;
  /** Whether the session has the terminal (between `enter` and `leave`). */
  readonly active: boolean;
  /** Takes the terminal: raw mode, the modes of ENTER_SEQUENCE, the last frame repainted. */
  enter(): void;
  /** Gives it back as it was; safe to call at any time, more than once, on a closed terminal. */
  leave(): void;
  /**
   * Puts `text` on the terminal's clipboard with OSC 52 (base64, so nothing
   * in it reaches the terminal as a control); false, writing nothing, when
   * the output is not a terminal or the session does not have it.
   */
  copy(text: string): boolean;
}

/**
 * A full-screen session on a terminal. Ink renders in debug mode to
 * `frames`, a stream that hands each frame to a screen writer (only changed
 * rows are written; never `ESC[3J`), forwards the terminal's size and its
 * resizes (which repaint the whole screen).
 */
export function createTerminalSession(
  input: TerminalInput,
  output: TerminalOutput,
): TerminalSession {
  const size = () => ({ columns: output.columns || 80, rows: output.rows || 24 });
  const writer = createScreenWriter(output, () => size().rows);
  let active = false;

  const frames = new EventEmitter() as FrameStream;
  Object.defineProperties(frames, {
    columns: { get: () => size().columns },
    rows: { get: () => size().rows },
    isTTY: { value: false },
  });
  frames.write = (frame: string, callback?: () => void) => {
    if (active && frame !== "") writer.draw(frame);
    callback?.();
    return true;
  };

  const onResize = () => {
    writer.invalidate();
    frames.emit("resize");
  };

  const safely = (action: () => void) => {
    try {
      action();
    } catch {
      // The terminal is gone (a hang-up): nothing left to restore.
    }
  };

  return {
    frames,
    writer,
    get active() {
      return active;
    },
    enter() {
      if (active) return;
      active = true;
      safely(() => {
        if (input.isTTY) input.setRawMode?.(true);
        output.write(ENTER_SEQUENCE);
      });
      output.on("resize", onResize);
      if (writer.lines.length > 0) safely(() => writer.redraw());
      else writer.invalidate();
    },
    copy(text: string) {
      if (!active || output.isTTY !== true) return false;
      const payload = Buffer.from(text, "utf8").toString("base64");
      safely(() => output.write(`${ESC}]52;c;${payload}\u0007`));
      return true;
    },
    leave() {
      if (!active) return;
      active = false;
      output.off("resize", onResize);
      safely(() => output.write(LEAVE_SEQUENCE));
      safely(() => {
        if (input.isTTY) input.setRawMode?.(false);
      });
    },
  };
}
