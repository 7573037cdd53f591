/**
 * The real binary and the terminal it runs in (tmux): no key lost or
 * crashing it, the terminal left as it was on every way out, Ctrl-Z and
 * `fg`, the mouse wheel.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, PACKAGE } from "./binary.js";
import { HAS_TMUX, Tmux } from "./tmux.js";

beforeAll(ensureBuilt, 120_000);

const ESC = "\u001b";
const HISTORY_LINES = 172;

let tmux: Tmux | undefined;
let dir: string | undefined;
afterEach(() => {
  tmux?.kill();
  tmux = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/**
 * An interactive shell in tmux (job control, so Ctrl-Z and `fg` work) that
 * has printed HISTORY_LINES lines into the scrollback, then runs the binary.
 */
async function startInShell(
  columns = 100,
  rows = 30,
  command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`,
  ready: (screen: string) => boolean = (s) => s.includes("Search ›") && /help\s*$/.test(s),
): Promise<Tmux> {
  const t = new Tmux();
  tmux = t;
  t.start(
    "env -u CI -u CONTINUOUS_INTEGRATION -u NO_COLOR -u FORCE_COLOR PS1='$ ' bash --norc --noprofile -i",
    columns,
    rows,
  );
  await t.waitFor((s) => s.includes("$"));
  t.type(`for i in $(seq 1 ${HISTORY_LINES}); do echo history-line-$i; done`);
  t.keys("Enter");
  await t.waitFor((s) => s.includes(`history-line-${HISTORY_LINES}`));
  t.type(command);
  t.keys("Enter");
  await t.waitFor(ready);
  return t;
}

/** Waits for the binary to end; resolves with its exit status as the shell saw it. */
async function exitStatus(t: Tmux): Promise<number> {
  await t.waitFor((s) => /^\$ *$/m.test(s) && !s.includes("korea-relations ›"));
  t.type('echo "STATUS:$?"');
  t.keys("Enter");
  const screen = await t.waitFor((s) => /^STATUS:\d+/m.test(s));
  return Number(/^STATUS:(\d+)/m.exec(screen)?.[1]);
}

/** The pid of the binary: the shell's child. */
function binaryPid(t: Tmux): string {
  const shell = t.display("#{pane_pid}");
  const pid = spawnSync("pgrep", ["-P", shell], { encoding: "utf8" }).stdout.trim();
  expect(pid, "the binary runs under the shell").toMatch(/^\d+$/);
  return pid;
}

/** The pane's modes: alternate screen, cursor shown, mouse reports, SGR mouse, autowrap. */
const modes = (t: Tmux) =>
  t.display("#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag} #{wrap_flag}");
const UI_MODES = "1 0 1 1 0";
const SHELL_MODES = "0 1 0 0 1";

/** The shell's lines kept in the scrollback and on screen. */
const historyLines = (t: Tmux) =>
  t
    .history()
    .split("\n")
    .filter((line) => /^history-line-\d+$/.test(line)).length;

/** The reader's position, "passage 3/27". */
const passage = (screen: string) => /passage (\d+)\/(\d+)/.exec(screen);

/** Opens the first source in the reader; resolves with its passage count. */
async function openReader(t: Tmux): Promise<number> {
  t.keys("Tab");
  // The footer of the results (the first screen's intro names the keys too).
  await t.waitFor((s) => (s.trimEnd().split("\n").at(-1) ?? "").includes("q quit"));
  t.keys("s");
  await t.waitFor((s) => s.includes("Sources:"));
  t.keys("Enter");
  const screen = await t.waitFor((s) => passage(s)?.[1] === "1");
  return Number(passage(screen)?.[2]);
}

/** Waits until the passage number is `n`, then a while longer to see that no key comes late. */
async function passageSettlesAt(t: Tmux, n: number) {
  await t.waitFor((s) => passage(s)?.[1] === String(n), 20_000);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(passage(t.screen())?.[1]).toBe(String(n));
}

describe("the terminal (tmux)", () => {
  it("has tmux to drive the terminal", () => {
    expect(HAS_TMUX, "tmux is missing: run `node scripts/system-deps.mjs`").toBe(true);
  });

  it("survives Ctrl-F1…F4, function keys with modifiers and pasted escape sequences", async () => {
    const t = await startInShell(80, 24);
    t.keys("C-F1", "C-F2", "C-F3", "C-F4", "S-F5", "M-F12", "C-S-Up", "M-Home", "C-PageDown");
    t.type(`${ESC}[0m${ESC}[0K${ESC}[5x${ESC}]0;pwned\u0007${ESC}[I${ESC}[O`);
    t.paste(`${ESC}[0m${ESC}[0K${ESC}[5x`);
    t.type("Südkorea");
    const screen = await t.waitFor((s) => /^›country +South Korea/m.test(s));
    expect(screen).toContain("Search › ");
    expect(t.display("#{pane_title}")).not.toContain("pwned");
    t.keys("C-c");
    expect(await exitStatus(t)).toBe(0);
    expect(modes(t)).toBe(SHELL_MODES);
  });

  it("moves exactly as many passages as keys: ten quick n, ten quick ↓, a pasted NNNNN", async () => {
    const t = await startInShell(100, 30);
    const count = await openReader(t);
    expect(count).toBeGreaterThan(21);
    t.keys(..."nnnnnnnnnn");
    await passageSettlesAt(t, 11);
    t.keys(...Array(10).fill("Down"));
    await passageSettlesAt(t, 21);
    t.paste("NNNNN");
    await passageSettlesAt(t, 16);
    t.keys("q");
    expect(await exitStatus(t)).toBe(0);
  });

  it("leaves the scrollback as it was, and redraws only the lines that change", async () => {
    dir = mkdtempSync(join(tmpdir(), "kr-e2e-"));
    const output = join(dir, "output.bin");
    const t = await startInShell(100, 30);
    t.pipeOutput(output);
    t.type("Kang");
    await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s));
    // Typing may still be drawing (the preview, the count): wait until the output rests.
    let before = readFileSync(output, "latin1").length;
    for (let rested = 0; rested < 3; ) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const now = readFileSync(output, "latin1").length;
      rested = now === before ? rested + 1 : 0;
      before = now;
    }
    t.keys("Down");
    await t.waitFor((s) => /^ person +Kang Kyung-wha/m.test(s));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const written = readFileSync(output, "latin1");
    t.keys("C-c");
    expect(await exitStatus(t)).toBe(0);
    expect(historyLines(t)).toBe(HISTORY_LINES);
    expect(written).not.toContain(`${ESC}[3J`);
    expect(written).not.toContain(`${ESC}[2J`); // no clearing after the first frame
    // One ↓ rewrites the rows that changed (selection, preview), not the whole 30-row screen.
    const rows = written.slice(before).match(new RegExp(`${ESC}\\[\\d+;1H`, "g")) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(30);
  });

  it.each([
    ["INT", 130],
    ["TERM", 143],
    ["HUP", 129],
  ])("gives the terminal back when killed with SIG%s", async (signal, status) => {
    dir = mkdtempSync(join(tmpdir(), "kr-e2e-"));
    const output = join(dir, "output.bin");
    const t = await startInShell(80, 24);
    expect(modes(t)).toBe(UI_MODES);
    t.pipeOutput(output);
    spawnSync("kill", [`-${signal}`, binaryPid(t)]);
    expect(await exitStatus(t)).toBe(status);
    expect(t.screen()).not.toContain("korea-relations ›");
    expect(modes(t)).toBe(SHELL_MODES);
    // Bracketed paste off too (tmux shows no flag for it).
    expect(readFileSync(output, "latin1")).toContain(`${ESC}[?2004l`);
    expect(historyLines(t)).toBe(HISTORY_LINES);
  });

  it.each([
    ["while drawing a search result (React's error boundary)", "render"],
    ["outside React (an uncaught exception)", "timer"],
  ])("gives the terminal back and says so in one line when it crashes %s", async (_name, mode) => {
    const fixture = join(PACKAGE, "test", "fixtures", "crashTui.mjs");
    const t = await startInShell(
      80,
      24,
      `${JSON.stringify(process.execPath)} ${JSON.stringify(fixture)} ${mode}`,
      (s) => s.includes("internal error") || /help\s*$/.test(s),
    );
    // The first screen draws no result; typing draws some.
    if (mode === "render") t.type("Kang");
    await t.waitFor((s) => s.includes("internal error"));
    expect(await exitStatus(t)).toBe(1);
    const screen = t.screen();
    expect(screen).toMatch(
      /^korea-relations: the UI stopped on an internal error: boom: the dataset failed$/m,
    );
    expect(screen).not.toMatch(/^\s+at /m); // no stack trace
    expect(modes(t)).toBe(SHELL_MODES);
    expect(historyLines(t)).toBe(HISTORY_LINES);
  });

  it("suspends on Ctrl-Z and comes back with fg as it was", async () => {
    const t = await startInShell(100, 30);
    t.type("Kang");
    await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s));
    t.keys("C-z");
    let screen = await t.waitFor((s) => /Stopped/.test(s));
    expect(screen).toContain("history-line-");
    expect(modes(t)).toBe(SHELL_MODES);
    t.type("fg");
    t.keys("Enter");
    screen = await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s) && /F1 help/.test(s));
    expect(screen).toContain("Search › Kang");
    expect(modes(t)).toBe(UI_MODES);
    // Still takes keys.
    t.keys("C-u");
    await t.waitFor((s) => s.includes("Search › ▏"));
    t.keys("C-c");
    expect(await exitStatus(t)).toBe(0);
    expect(modes(t)).toBe(SHELL_MODES);
    expect(historyLines(t)).toBe(HISTORY_LINES);
  });

  it("scrolls with the mouse wheel: the results, and the article in the reader", async () => {
    const t = await startInShell(100, 30);
    t.type("Kang");
    await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s));
    const wheelDown = `${ESC}[<65;10;10M`;
    const wheelUp = `${ESC}[<64;10;10M`;
    const selectedRow = (s: string) => s.split("\n").findIndex((line) => line.startsWith("›"));
    const first = selectedRow(t.screen());
    t.type(wheelDown + wheelDown);
    await t.waitFor((s) => selectedRow(s) === first + 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(selectedRow(t.screen())).toBe(first + 2);
    t.type(wheelUp + wheelUp);
    await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s));
    t.keys("Escape");
    await t.waitFor((s) => s.includes("Search › ▏"));
    await openReader(t);
    const firstLines = /lines (\d+)–/.exec(t.screen())?.[1];
    expect(firstLines).toBe("1");
    t.type(wheelDown + wheelDown);
    await t.waitFor((s) => /lines 7–/.test(s));
    expect(passage(t.screen())?.[1]).toBe("1");
    t.keys("q");
    expect(await exitStatus(t)).toBe(0);
  });
});
