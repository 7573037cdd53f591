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

  it("honours NO_COLOR, TERM=dumb and FORCE_COLOR in auto mode", () => {
    expect(wantsColor({ isTTY: true, env: { NO_COLOR: "1" } })).toBe(false);
    expect(wantsColor({ isTTY: true, env: { NO_COLOR: "" } })).toBe(true);
    expect(wantsColor({ isTTY: true, env: { TERM: "dumb" } })).toBe(false);
    expect(wantsColor({ isTTY: false, env: { FORCE_COLOR: "1" } })).toBe(true);
    expect(wantsColor({ isTTY: true, env: { FORCE_COLOR: "0" } })).toBe(false);
    expect(wantsColor({ isTTY: true, env: { FORCE_COLOR: "false" } })).toBe(false);
    expect(wantsColor({ isTTY: true, env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).toBe(false);
  });

  it("lets --color always and never override the terminal and the environment", () => {
    expect(wantsColor({ isTTY: false, env: {}, mode: "always" })).toBe(true);
    expect(wantsColor({ isTTY: false, env: { NO_COLOR: "1" }, mode: "always" })).toBe(true);
    expect(wantsColor({ isTTY: true, env: {}, mode: "never" })).toBe(false);
    expect(wantsColor({ isTTY: true, env: { FORCE_COLOR: "1" }, mode: "never" })).toBe(false);
    expect(wantsColor({ isTTY: true, env: {}, mode: "auto" })).toBe(true);
  });
});
