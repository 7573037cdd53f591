import { describe, expect, it } from "vitest";
import { displayWidth } from "../text/truncate.js";
import { createStyle } from "./createStyle.js";
import { renderTable } from "./renderTable.js";

const rows = [
  { name: "South Korea", code: "KR", n: 12 },
  { name: "Germany", code: "DE", n: 3 },
];
const columns = [
  { header: "CODE", value: (r: (typeof rows)[number]) => r.code },
  { header: "N", value: (r: (typeof rows)[number]) => String(r.n), align: "right" as const },
  { header: "NAME", value: (r: (typeof rows)[number]) => r.name, flex: true },
];

describe("renderTable", () => {
  it("aligns columns under a header", () => {
    expect(renderTable(rows, columns, { style: createStyle(false) })).toBe(
      "CODE   N  NAME\nKR    12  South Korea\nDE     3  Germany\n",
    );
  });

  it("cuts flexible columns to a terminal's width, never without one", () => {
    const long = [{ name: "x".repeat(200), code: "KR", n: 1 }];
    const cut = renderTable(long, columns, { style: createStyle(false), width: 40 });
    for (const line of cut.trimEnd().split("\n"))
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(cut).toContain("…");
    const piped = renderTable(long, columns, { style: createStyle(false) });
    expect(piped).toContain("x".repeat(200));
  });

  it("removes control characters from cells", () => {
    const evil = [{ name: "a\u001b[2Jb\nc", code: "KR", n: 1 }];
    expect(renderTable(evil, columns, { style: createStyle(false) })).toContain("ab c");
  });

  it("cuts ids before titles, and leaves ids out before a title is cut below its minimum", () => {
    const title = "A very long title of a summit between two countries";
    const id = "2025-08-23-a-very-long-identifier-of-the-summit";
    const long = [{ kind: "summit", title, id }];
    const byWidth = (width: number) => {
      const out = renderTable(
        long,
        [
          { header: "KIND", value: (r: (typeof long)[number]) => r.kind },
          {
            header: "TITLE",
            value: (r: (typeof long)[number]) => r.title,
            flex: true,
            giveWay: 2,
            min: 24,
          },
          { header: "ID", value: (r: (typeof long)[number]) => r.id, id: true },
        ],
        { style: createStyle(false), width },
      );
      const [header, row] = out.trimEnd().split("\n");
      for (const line of [header, row]) expect(displayWidth(line ?? "")).toBeLessThanOrEqual(width);
      return { header, row };
    };
    // 80 columns: only the id gives way.
    expect(byWidth(80).row).toBe(`summit  ${title}  ${id.slice(0, 18)}…`);
    // 60: the id down to 10, then the title.
    expect(byWidth(60).row).toBe(`summit  ${title.slice(0, 39)}…  ${id.slice(0, 9)}…`);
    // 40: the title would be cut below 24, so the id column goes.
    expect(byWidth(40)).toEqual({ header: "KIND    TITLE", row: `summit  ${title.slice(0, 31)}…` });
  });
});
