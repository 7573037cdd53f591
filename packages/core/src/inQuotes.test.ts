import { describe, expect, it } from "vitest";
import { inQuotes } from "./inQuotes.js";

describe("inQuotes", () => {
  it("uses German marks for German, by the tag's primary language", () => {
    expect(inQuotes("konstruktive", "de")).toBe("„konstruktive“");
    expect(inQuotes("Rolle", "de-AT")).toBe("„Rolle“");
    expect(inQuotes("Rolle", "DE")).toBe("„Rolle“");
  });

  it("uses English marks for English, Korean and every other language", () => {
    expect(inQuotes("constructive", "en")).toBe("“constructive”");
    expect(inQuotes("건설적인", "ko")).toBe("“건설적인”");
    expect(inQuotes("x", "ja")).toBe("“x”");
    // Only the primary subtag counts: "dev" and "den" are not German.
    expect(inQuotes("x", "dev")).toBe("“x”");
  });

  it("names a wrong argument", () => {
    expect(() => inQuotes(1 as unknown as string, "de")).toThrow(
      new TypeError("inQuotes(text) must be a string, got a number"),
    );
    expect(() => inQuotes("x", undefined as unknown as string)).toThrow(
      new TypeError("inQuotes(language) must be a string, got undefined"),
    );
  });
});
