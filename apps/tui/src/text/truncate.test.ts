import { describe, expect, it } from "vitest";
import { displayWidth, fitWidth, truncate, truncateStart } from "./truncate.js";

describe("truncate", () => {
  it("keeps text that fits and cuts the rest with an ellipsis", () => {
    expect(truncate("Seoul", 5)).toBe("Seoul");
    expect(truncate("Südkorea", 5)).toBe("Südk…");
    expect(truncate("abc", 0)).toBe("");
  });

  it("counts wide characters twice and never splits a grapheme", () => {
    expect(displayWidth("강경화")).toBe(6);
    expect(truncate("강경화", 5)).toBe("강경…");
    expect(displayWidth(truncate("🇰🇷🇩🇪🇯🇵", 5))).toBeLessThanOrEqual(5);
    expect(truncate("🇰🇷🇩🇪🇯🇵", 5)).toBe("🇰🇷🇩🇪…");
  });
});

describe("fitWidth", () => {
  it("pads or cuts to exactly the width", () => {
    expect(fitWidth("ab", 4)).toBe("ab  ");
    expect(fitWidth("abcdef", 4)).toBe("abc…");
    expect(displayWidth(fitWidth("강경화", 5))).toBe(5);
  });
});

describe("truncateStart", () => {
  it("keeps the end", () => {
    expect(truncateStart("Search › a long query", 8)).toBe("…g query");
    expect(truncateStart("short", 8)).toBe("short");
  });
});
