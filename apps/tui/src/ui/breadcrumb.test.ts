import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { viewTitle } from "./breadcrumb.js";

describe("viewTitle", () => {
  it("names every view", () => {
    const r = fixtureRelations();
    expect(viewTitle({ kind: "search" }, r, "en")).toBe("Search");
    expect(viewTitle({ kind: "search" }, r, "en", "Südkorea")).toBe("Search “Südkorea”");
    expect(viewTitle({ kind: "detail", id: "KR" }, r, "de")).toBe("Südkorea");
    expect(viewTitle({ kind: "evidence", id: "KR" }, r, "en")).toBe("Evidence: South Korea");
    expect(viewTitle({ kind: "timeline", countries: ["KR", "JP"] }, r, "en")).toBe(
      "Timeline: South Korea – Japan",
    );
    expect(viewTitle({ kind: "sources" }, r, "en")).toBe("Sources");
    expect(viewTitle({ kind: "reader", source: "src-a" }, r, "en")).toBe("Reader: Alpha report");
  });
});
