import { describe, expect, it } from "vitest";
import { labelLines } from "./labelLines.js";

describe("labelLines", () => {
  it("keeps a short label on one line", () => {
    expect(labelLines("South Korea")).toEqual(["South Korea"]);
  });

  it("breaks a long label at the space nearest its middle", () => {
    expect(labelLines("ASEAN Defence Ministers' Meeting-Plus")).toEqual([
      "ASEAN Defence ",
      "Ministers' Meeting-Plus",
    ]);
  });

  it("cuts a line that would still run out of the chart, with an ellipsis", () => {
    const lines = labelLines("South Korean cross-party parliamentary group on Japan");
    expect(lines).toEqual(["South Korean cross-party ", "parliamentary group on …"]);
    for (const line of lines) expect(line.trimEnd().length).toBeLessThanOrEqual(24);
  });
});
