import { describe, expect, it } from "vitest";
import { basisText, datedBasis, dateText } from "./dateText.js";

describe("dateText", () => {
  it("writes a date or span", () => {
    expect(dateText({ value: "2025-08-23", end: "2025-08-24", basis: "stated" })).toBe(
      "2025-08-23–2025-08-24",
    );
    expect(dateText(undefined)).toBe("undated");
  });

  it("says how it is known, with the reason", () => {
    expect(basisText({ basis: "stated" })).toBe("stated");
    expect(
      basisText({ basis: "inferred", reason: { en: "Same\nvisit.", de: "Derselbe\nBesuch." } }),
    ).toBe("inferred: Same visit.");
    expect(
      basisText({ basis: "inferred", reason: { en: "Same visit.", de: "Derselbe Besuch." } }, "de"),
    ).toBe("inferred: Derselbe Besuch.");
    expect(
      datedBasis({
        value: "2020",
        basis: "external",
        reason: { en: "Public record.", de: "Öffentlich bekannt." },
      }),
    ).toBe("2020 · external: Public record.");
  });
});
