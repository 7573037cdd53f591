import { describe, expect, it } from "vitest";
import { foldName, nameKeys } from "./normalizeName";

const same = (a: string, b: string) => nameKeys(a).some((key) => nameKeys(b).includes(key));

describe("nameKeys", () => {
  it("matches regardless of case, accents, umlaut spelling, hyphens and spaces", () => {
    expect(same("Südkorea", "Suedkorea")).toBe(true);
    expect(same("Südkorea", "SÜDKOREA")).toBe(true);
    expect(same("KANG Kyung‑wha", "kang kyung-wha")).toBe(true);
    expect(same("Lee Jae-myung", "Lee Jaemyung")).toBe(true);
    expect(same("Tōkyō", "Tokyo")).toBe(true);
    expect(same("Ägypten", "Aegypten")).toBe(true);
    expect(same("Österreich", "Oesterreich")).toBe(true);
    expect(same("Großbritannien", "Grossbritannien")).toBe(true);
  });

  it("matches given and family name in either order", () => {
    expect(same("Kyung-wha Kang", "Kang Kyung-wha")).toBe(true);
    expect(same("Shigeru Ishiba", "Ishiba Shigeru")).toBe(true);
  });

  it("keeps different names apart", () => {
    expect(same("Südkorea", "Sudkorea")).toBe(false);
    expect(same("North Korea", "South Korea")).toBe(false);
    expect(nameKeys("  - ")).toEqual([]);
  });

  it("folds native scripts without changing them", () => {
    expect(foldName("강경화")).toBe("강경화");
    expect(same("石破茂", "石破茂")).toBe(true);
  });
});
