import { describe, expect, it } from "vitest";
import { fitLine, lineText, padLine, styleLine } from "./Line.js";

describe("Line", () => {
  const line = [{ text: "South " }, { text: "Korea", bold: true }];

  it("fits a line to a width, cutting the last segment with an ellipsis", () => {
    expect(lineText(fitLine(line, 8))).toBe("South K…");
    expect(lineText(fitLine(line, 20))).toBe("South Korea");
  });

  it("pads to a width and styles every segment", () => {
    expect(lineText(padLine(line, 14))).toBe("South Korea   ");
    expect(styleLine(line, { inverse: true }).every((s) => s.inverse)).toBe(true);
  });
});
