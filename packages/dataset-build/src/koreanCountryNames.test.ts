import { describe, expect, it } from "vitest";
import { baseCountry } from "./countries.js";
import { KOREAN_NAME_OVERRIDES, KOREAN_NAMES_KEPT } from "./koreanCountryNames.js";
import { koreanNameRows, sameKoreanName } from "./koreanNameCheck.js";

describe("Korean country names", () => {
  const rows = koreanNameRows();

  it("reviews every disagreement of i18n-iso-countries with world-countries: overridden or kept", () => {
    const disagreeing = rows
      .filter((row) => !sameKoreanName(row.isoCountries, row.worldCountries))
      .map((row) => row.code);
    const reviewed = new Set([
      ...Object.keys(KOREAN_NAME_OVERRIDES),
      ...Object.keys(KOREAN_NAMES_KEPT),
    ]);
    expect(disagreeing.filter((code) => !reviewed.has(code))).toEqual([]);
    // A kept name still disagrees (else the entry is stale) and is not also overridden.
    for (const code of Object.keys(KOREAN_NAMES_KEPT)) {
      expect(disagreeing, code).toContain(code);
      expect(KOREAN_NAME_OVERRIDES[code], code).toBeUndefined();
    }
  });

  it("overrides only real changes, each with a one-line basis", () => {
    for (const [code, override] of Object.entries(KOREAN_NAME_OVERRIDES)) {
      const row = rows.find((r) => r.code === code);
      expect(row, code).toBeDefined();
      expect(sameKoreanName(override.name, row?.isoCountries), code).toBe(false);
      expect(override.basis, code).toMatch(/^[^\n]{10,200}$/);
    }
  });

  it("uses the override as the Korean name and keeps the replaced name as an alias", () => {
    const poland = baseCountry("PL");
    expect(poland.names.ko).toBe("폴란드");
    expect(poland.aliases).toContain("폴랜드");
    expect(baseCountry("TR").names.ko).toBe("튀르키예");
    expect(baseCountry("KP").names.ko).toBe("북한");
  });
});
