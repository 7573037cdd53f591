import { foldName } from "@korea-relations/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "./fold.js";

describe("foldText", () => {
  it("folds as foldName does, ASCII or not", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
        expect(foldText(text)).toBe(foldName(text));
      }),
      { numRuns: 2000 },
    );
    expect(foldText("Kyung-Wha KANG")).toBe("kyung-wha kang");
    expect(foldText("Südkorea Ähnlich")).toBe("suedkorea aehnlich");
  });
});
