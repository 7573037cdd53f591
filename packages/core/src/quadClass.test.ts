import { CAMEO_ROOT_CODES } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { dataset, QUAD_CLASSES, quadClass } from "./index.js";

// GDELT 2.0 Event Codebook, QuadClass: the root ranges, written out.
// biome-ignore format: one row per quad class
const GDELT: Record<string, number> = {
  "01": 1, "02": 1, "03": 1, "04": 1, "05": 1,
  "06": 2, "07": 2, "08": 2,
  "09": 3, "10": 3, "11": 3, "12": 3, "13": 3,
  "14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4,
};

describe("quadClass (exported by core)", () => {
  it("gives GDELT's quad class of every CAMEO root", () => {
    expect(Object.fromEntries(CAMEO_ROOT_CODES.map((code) => [code, quadClass(code)]))).toEqual(
      GDELT,
    );
  });

  it("gives every event of the dataset a named quad class from its CAMEO root", () => {
    for (const event of dataset.events) {
      expect(QUAD_CLASSES[quadClass(event.cameo)], event.id).toMatch(
        /^(Verbal|Material) (Cooperation|Conflict)$/,
      );
    }
  });

  it("rejects anything but a root code, naming the argument", () => {
    expect(() => quadClass("21" as never)).toThrow(RangeError);
    expect(() => quadClass("4" as never)).toThrow(/quadClass\(cameoRoot\).*"4"/);
    expect(() => quadClass(4 as never)).toThrow(TypeError);
    expect(() => quadClass(undefined as never)).toThrow(/must be a string, got undefined/);
  });
});
