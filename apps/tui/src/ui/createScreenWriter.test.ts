import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VirtualTerminal } from "../../test/virtualTerminal.js";
import { createScreenWriter } from "./createScreenWriter.js";

const ESC = "\u001b";
// biome-ignore lint/suspicious/noControlCharactersInRegex: SGR sequences to strip
const SGR = /\u001b\[[\d;]*m/g;
const plain = (line: string) => line.replace(SGR, "").trimEnd();

/** A terminal in the state the UI puts it in (alternate screen, autowrap off) and a writer to it. */
async function setup(columns: number, rows: number) {
  const terminal = new VirtualTerminal(columns, rows);
  await terminal.write(`${ESC}[?1049h${ESC}[?7l`);
  const writes: string[] = [];
  const writer = createScreenWriter({ write: (text: string) => writes.push(text) }, () => rows);
  return { terminal, writer, writes };
}

async function flush(terminal: VirtualTerminal, writes: string[]) {
  await terminal.write(writes.join(""));
  writes.length = 0;
}

describe("createScreenWriter", () => {
  it("shows exactly the last frame, whatever frames came before (checked in xterm.js)", async () => {
    const columns = 30;
    const rows = 8;
    const cell = fc.constantFrom("a", "b", " ", "ü", "강", `${ESC}[1m`, `${ESC}[31m`, `${ESC}[0m`);
    const line = fc.array(cell, { maxLength: 20 }).map((cells) => cells.join(""));
    const frame = fc.array(line, { minLength: 0, maxLength: rows + 2 }).map((ls) => ls.join("\n"));
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 6 }), async (frames) => {
        const { terminal, writer, writes } = await setup(columns, rows);
        for (const f of frames) {
          writer.draw(f);
          await flush(terminal, writes);
        }
        const last = (frames.at(-1) as string).split("\n").slice(0, rows);
        const expected = Array.from({ length: rows }, (_, row) => plain(last[row] ?? ""));
        expect(terminal.screen()).toEqual(expected);
        expect(terminal.scrolled).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it("rewrites only the rows that changed, never clears the scrollback", async () => {
    const { terminal, writer, writes } = await setup(40, 10);
    const frame = Array.from({ length: 10 }, (_, i) => `row ${i}`);
    writer.draw(frame.join("\n"));
    expect(writes.join("")).not.toContain(`${ESC}[3J`);
    await flush(terminal, writes);
    frame[4] = "row 4 changed";
    writer.draw(frame.join("\n"));
    const out = writes.join("");
    expect(out).toContain("row 4 changed");
    expect(out).not.toContain("row 3");
    expect(out).not.toContain(`${ESC}[2J`);
    expect(out.match(new RegExp(`${ESC}\\[\\d+;1H`, "g"))).toEqual([`${ESC}[5;1H`]);
    await flush(terminal, writes);
    writer.draw(frame.join("\n"));
    expect(writes).toEqual([]); // nothing changed, nothing written
    expect(terminal.screen()[4]).toBe("row 4 changed");
  });

  it("repaints everything after invalidate, and redraws the last frame", async () => {
    const { terminal, writer, writes } = await setup(20, 3);
    writer.draw("a\nb\nc");
    await flush(terminal, writes);
    await terminal.write(`${ESC}[2J`); // someone else drew
    writer.redraw();
    await flush(terminal, writes);
    expect(terminal.screen()).toEqual(["a", "b", "c"]);
    writer.invalidate();
    writer.draw("a\nb\nc");
    expect(writes.join("")).toContain(`${ESC}[2J`);
    expect(writes.join("")).not.toContain(`${ESC}[3J`);
  });
});
