import { describe, expect, it } from "vitest";
import { createStyle, wantsColor } from "./createStyle.js";

describe("createStyle", () => {
  it("adds escapes only when enabled", () => {
    expect(createStyle(true).bold("x")).toBe("\u001b[1mx\u001b[22m");
    expect(createStyle(false).bold("x")).toBe("x");
    expect(createStyle(false).accent("x")).toBe("x");
  });
});

describe("wantsColor", () => {
  it("colours a terminal only", () => {
    expect(wantsColor({ isTTY: true, env: {} })).toBe(true);
    expect(wantsColor({ isTTY: false, env: {} })).toBe(false);
  });

  it("honours NO_COLOR, TERM=dumb, --no-color and FORCE_COLOR", () => {
    expect(wantsColor({ isTTY: true, env: { NO_COLOR: "1" } })).toBe(false);
    expect(wantsColor({ isTTY: true, env: { NO_COLOR: "" } })).toBe(true);
    expect(wantsColor({ isTTY: true, env: { TERM: "dumb" } })).toBe(false);
    expect(wantsColor({ isTTY: true, env: {}, noColor: true })).toBe(false);
    expect(wantsColor({ isTTY: false, env: { FORCE_COLOR: "1" } })).toBe(true);
    expect(wantsColor({ isTTY: true, env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).toBe(false);
  });
});
