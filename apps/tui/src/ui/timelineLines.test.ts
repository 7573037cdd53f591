import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { lineText } from "./Line.js";
import { timelineLines } from "./timelineLines.js";

describe("timelineLines", () => {
  it("groups events by year under headings", () => {
    const r = fixtureRelations();
    const events = r.timeline("KR").map((e) => e.event);
    const { lines, eventLine } = timelineLines(events, 80, 0, true, "en");
    const text = lines.map(lineText);
    expect(text[0]).toBe("2020 · 3 events");
    expect(text).toContain("2025 · 2 events");
    expect(eventLine).toHaveLength(events.length);
    expect(text[eventLine[0] ?? 0]).toContain("Stockholm Initiative meeting");
    expect(text.join("\n")).toContain("57th SCM (planned)");
  });
});
