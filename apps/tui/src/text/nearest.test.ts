import { describe, expect, it } from "vitest";
import { nearest } from "./nearest.js";

const COMMANDS = ["search", "show", "timeline", "partners", "offices", "quotes", "sources"];

describe("nearest", () => {
  it("suggests the name a few edits away", () => {
    expect(nearest("serch", COMMANDS)).toBe("search");
    expect(nearest("timelin", COMMANDS)).toBe("timeline");
    expect(nearest("Qoutes", COMMANDS)).toBe("quotes");
    expect(nearest("sources", COMMANDS)).toBe("sources");
    expect(nearest("tpye", ["type", "limit"])).toBe("type");
  });

  it("completes a unique prefix", () => {
    expect(nearest("part", COMMANDS)).toBe("partners");
    expect(nearest("ti", COMMANDS)).toBe("timeline");
  });

  it("suggests nothing when no name is near", () => {
    expect(nearest("frobnicate", COMMANDS)).toBeUndefined();
    expect(nearest("", COMMANDS)).toBeUndefined();
    expect(nearest("kind", ["type"])).toBeUndefined();
  });
});
