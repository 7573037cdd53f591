import { describe, expect, it } from "vitest";
import { QUAD_CLASSES, quadClass } from "./quadClass";
import { CAMEO_ROOT_CODES } from "./vocabulary";

describe("quadClass", () => {
  it("maps every CAMEO root to GDELT's quad class, boundaries included", () => {
    expect(Object.fromEntries(CAMEO_ROOT_CODES.map((root) => [root, quadClass(root)]))).toEqual({
      "01": 1,
      "02": 1,
      "03": 1,
      "04": 1,
      "05": 1,
      "06": 2,
      "07": 2,
      "08": 2,
      "09": 3,
      "10": 3,
      "11": 3,
      "12": 3,
      "13": 3,
      "14": 4,
      "15": 4,
      "16": 4,
      "17": 4,
      "18": 4,
      "19": 4,
      "20": 4,
    });
    expect(QUAD_CLASSES[quadClass("09")]).toBe("Verbal Conflict");
  });

  it("rejects what is not a root code with an error naming it", () => {
    for (const bad of ["1", "00", "21", "4", " 04", "04 ", "", "0x", "1e1"]) {
      expect(() => quadClass(bad as never)).toThrow(RangeError);
    }
    expect(() => quadClass("21" as never)).toThrow(
      'quadClass(cameoRoot): "21" is not a CAMEO root code (two digits, "01" to "20")',
    );
    expect(() => quadClass(4 as never)).toThrow(
      new TypeError("quadClass(cameoRoot) must be a string, got a number"),
    );
    expect(() => quadClass("toString" as never)).toThrow(RangeError);
  });
});
