import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
