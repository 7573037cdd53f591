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
});
