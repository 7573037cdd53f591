import { describe, expect, it } from "vitest";
import { lineText } from "./Line.js";
import { passageContext } from "./passageContext.js";

describe("passageContext", () => {
  it("shows the lines around a passage, the passage highlighted", () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join("\n");
    const start = text.indexOf("line 20");
    const lines = passageContext(text, [start, start + 7], 40, 5);
    expect(lines.map(lineText)).toEqual([
      "  line 18",
      "  line 19",
      "▶ line 20",
      "  line 21",
      "  line 22",
    ]);
  });
});
