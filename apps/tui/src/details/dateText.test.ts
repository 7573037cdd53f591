import { describe, expect, it } from "vitest";
import { basisText, datedBasis, dateText } from "./dateText.js";

const d = (value: string, end?: string) => ({
  value,
  ...(end ? { end } : {}),
  basis: "stated" as const,
});

describe("dateText", () => {
  it("writes a day, a month or a year in words", () => {
    expect(dateText(d("2020-08-10"))).toBe("10 Aug 2020");
    expect(dateText(d("2018-07"))).toBe("Jul 2018");
    expect(dateText(d("2020"))).toBe("2020");
    expect(dateText(undefined)).toBe("undated");
  });

  it("writes German where a line is worded in German", () => {
    expect(dateText(d("2020-08-10"), "de")).toBe("10. Aug. 2020");
    expect(dateText(d("2020-11-12", "2020-11-14"), "de")).toBe("12.–14. Nov. 2020");
    expect(dateText(undefined, "de")).toBe("undatiert");
  });

  it("writes spans so that they cannot be misread", () => {
    expect(dateText(d("2020", "2020-08-10"))).toBe("before 10 Aug 2020");
    expect(dateText(d("2020-11-12", "2020-11-14"))).toBe("12–14 Nov 2020");
    expect(dateText(d("2023-05-19", "2023-06-21"))).toBe("19 May – 21 Jun 2023");
    expect(dateText(d("2020-05", "2020-08"))).toBe("May–Aug 2020");
    expect(dateText(d("1910", "1945"))).toBe("1910–1945");
    expect(dateText(d("2013", "2023-05-24"))).toBe("2013 – 24 May 2023");
    expect(dateText(d("2024-06-19", "2025-08-26"))).toBe("19 Jun 2024 – 26 Aug 2025");
    expect(dateText(d("2020-08-10", "2020-08-10"))).toBe("10 Aug 2020");
    expect(dateText("2025-09")).toBe("Sept 2025");
    expect(dateText("soon\u001b[2J")).toBe("soon");
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
