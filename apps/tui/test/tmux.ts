import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { BIN } from "./binary.js";

/** Whether tmux can be run here. */
export const HAS_TMUX = spawnSync("tmux", ["-V"]).status === 0;

/** A tmux server of its own (socket `kr-e2e-<pid>`) running one program in a window. */
export class Tmux {
  readonly socket = `kr-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  readonly target = "e2e";

  tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8" });
  }

  /** Starts `command` (a shell command line) in a columns×rows window. */
  start(command: string, columns: number, rows: number): void {
    this.tmux(
      "new-session",
      "-d",
      "-s",
      this.target,
      "-x",
      String(columns),
      "-y",
      String(rows),
      command,
    );
    // Keep the window at the size given, whatever clients attach.
    this.tmux("set-option", "-t", this.target, "window-size", "manual");
  }

  /** Sends keys by tmux name (Enter, Escape, Down, C-u…). */
  keys(...keys: string[]): void {
    this.tmux("send-keys", "-t", this.target, ...keys);
  }

  /** Types text literally. */
  type(text: string): void {
    this.tmux("send-keys", "-t", this.target, "-l", text);
  }

  /** Pastes text as a terminal paste (one write, like a user's paste). */
  paste(text: string): void {
    const dir = mkdtempSync(join(tmpdir(), "kr-paste-"));
    try {
      const file = join(dir, "paste.txt");
      writeFileSync(file, text);
      this.tmux("load-buffer", "-b", "kr", file);
      this.tmux("paste-buffer", "-b", "kr", "-t", this.target);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The screen as text (with escapes when `escapes`). */
  screen(escapes = false): string {
    return this.tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", this.target);
  }

  /** A tmux format of the pane (`#{alternate_on}`, `#{pane_pid}`…). */
  display(format: string): string {
    return this.tmux("display-message", "-p", "-t", this.target, format).trim();
  }

  /** Appends everything the program writes to the terminal to `file`. */
  pipeOutput(file: string): void {
    this.tmux("pipe-pane", "-o", "-t", this.target, `cat >> ${JSON.stringify(file)}`);
  }

  /** The whole pane with its scrollback. */
  history(): string {
    return this.tmux("capture-pane", "-p", "-S", "-", "-t", this.target);
  }

  resize(columns: number, rows: number): void {
    this.tmux("resize-window", "-t", this.target, "-x", String(columns), "-y", String(rows));
  }

  /** Polls the screen until `until` holds; throws with the last screen after `timeout` ms. */
  async waitFor(until: (screen: string) => boolean, timeout = 10_000): Promise<string> {
    const end = Date.now() + timeout;
    let screen = "";
    while (Date.now() < end) {
      screen = this.screen();
      if (until(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Screen did not match in ${timeout} ms:\n${screen}`);
  }

  /** Stops the server and removes its socket. */
  kill(): void {
    const path = spawnSync("tmux", ["-L", this.socket, "display-message", "-p", "#{socket_path}"], {
      encoding: "utf8",
    }).stdout.trim();
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
    if (path) rmSync(path, { force: true });
  }
}

/** Quotes an argument for the shell. */
const shellQuote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;

/**
 * Runs the built binary with `args` in a columns×rows tmux window, without
 * CI's or the user's colour settings (plus `env`, e.g. `NO_COLOR=1`); when it
 * ends, the shell prints `EXITED:<status>` and waits. The tmux server is
 * killed when the test ends.
 */
export function startBinary(
  args: readonly string[] = [],
  columns = 100,
  rows = 30,
  env = "",
): Tmux {
  const t = new Tmux();
  onTestFinished(() => t.kill());
  const clean = "env -u CI -u CONTINUOUS_INTEGRATION -u NO_COLOR -u FORCE_COLOR";
  t.start(
    `sleep 0.3; ${clean} ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args.map(shellQuote).join(" ")}; echo "EXITED:$?"; sleep 120`,
    columns,
    rows,
  );
  return t;
}

/** A captured screen's lines. */
export const screenLines = (screen: string): string[] => screen.replace(/\n$/, "").split("\n");
/** The screen's first line (the header). */
export const header = (screen: string): string => screenLines(screen)[0] ?? "";
/** The screen's last line (the footer). */
export const footer = (screen: string): string => screenLines(screen).at(-1) ?? "";
/** The selected line of a list (marked `›`). */
export const selected = (screen: string): string =>
  screenLines(screen).find((line) => line.startsWith("›")) ?? "";

/**
 * The characters of a captured line (with escapes) drawn with one SGR
 * attribute: `on` sets it (`7` inverse, `4` underline), `off` (`27`, `24`),
 * `0` or an empty parameter clears it.
 */
export function styledText(line: string, on: string, off: string): string {
  let out = "";
  let active = false;
  const ESC = String.fromCharCode(27);
  for (let i = 0; i < line.length; i++) {
    if (line[i] === ESC && line[i + 1] === "[") {
      const end = line.indexOf("m", i);
      for (const p of line.slice(i + 2, end).split(";")) {
        if (p === "0" || p === "" || p === off) active = false;
        else if (p === on) active = true;
      }
      i = end;
      continue;
    }
    if (active) out += line[i];
  }
  return out;
}
