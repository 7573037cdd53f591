import { describe, expect, it } from "vitest";
import { lineText } from "./Line.js";
import { readerLines } from "./readerLines.js";

describe("readerLines", () => {
  const text = "Alpha beta gamma delta.\n\nEpsilon zeta eta theta.";
  const passages = [
    { start: 6, end: 16 },
    { start: 25, end: 32 },
  ];

  it("wraps the text behind a gutter that marks cited lines", () => {
    const { lines } = readerLines(text, 14, passages, 0);
    expect(lines.map(lineText)).toEqual([
      "▶ Alpha beta",
      "▶ gamma delta.",
      "  ",
      "┃ Epsilon zeta",
      "  eta theta.",
    ]);
  });

  it("draws the current passage inverse and the others underlined", () => {
    const { lines, passageLines } = readerLines(text, 14, passages, 1);
    expect(lines[0]?.find((s) => s.text === "beta")?.underline).toBe(true);
    expect(lines[3]?.find((s) => s.text === "Epsilon")?.inverse).toBe(true);
    expect(passageLines).toEqual([
      [0, 1],
      [3, 3],
    ]);
  });
});
