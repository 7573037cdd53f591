import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { buildDetail } from "../details/buildDetail.js";
import { displayWidth } from "../text/truncate.js";
import { detailLines, detailRows, opens } from "./detailLines.js";
import { lineText } from "./Line.js";

const r = fixtureRelations();

describe("detailLines", () => {
  it("lays out sections and rows, links marked with an arrow", () => {
    const detail = buildDetail(r, "kang-kyung-wha", "en");
    const { lines } = detailLines(detail, 80, 0, true);
    const text = lines.map(lineText);
    expect(text[0]).toBe("Facts");
    expect(text.some((l) => l.includes("→ South Korea"))).toBe(true);
    expect(text).toContain("Offices over time");
  });

  it("marks the selected row and keeps its line range", () => {
    const detail = buildDetail(r, "kang-kyung-wha", "en");
    const rows = detailRows(detail);
    const { lines, ranges } = detailLines(detail, 80, 2, true);
    const [first] = ranges[2] ?? [0, 0];
    expect(lineText(lines[first] ?? []).startsWith("›")).toBe(true);
    expect(lines[first]?.every((s) => s.inverse)).toBe(true);
    expect(ranges).toHaveLength(rows.length);
  });

  it("wraps long rows within the width and leaves the others to be cut", () => {
    const detail = buildDetail(r, "2022-arms-deal", "en");
    for (const width of [30, 60]) {
      const { lines, ranges } = detailLines(detail, width, -1, false);
      detailRows(detail).forEach((row, i) => {
        const [first, last] = ranges[i] ?? [0, 0];
        if (row.wrap) {
          for (const line of lines.slice(first, last + 1)) {
            expect(displayWidth(lineText(line))).toBeLessThanOrEqual(width);
          }
        } else expect(last).toBe(first);
      });
    }
    expect(opens({ text: "x", ref: "KR" })).toBe(true);
    expect(opens({ text: "x", reader: "src-a" })).toBe(true);
    expect(opens({ text: "x" })).toBe(false);
  });
});
