import { CAMEO_ROOT_CODES, PLOVER_TYPES } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { cameoRootsOf, PLOVER_CAMEO_PAIRS } from "./ploverCameoPairs.js";

describe("PLOVER_CAMEO_PAIRS", () => {
  it("gives every PLOVER type at least one CAMEO root, and every pair once with a one-line reason", () => {
    for (const type of PLOVER_TYPES) expect(cameoRootsOf(type).length, type).toBeGreaterThan(0);
    const keys = PLOVER_CAMEO_PAIRS.map((pair) => `${pair.plover}/${pair.cameo}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const pair of PLOVER_CAMEO_PAIRS) {
      expect(pair.reason, `${pair.plover}/${pair.cameo}`).toMatch(/^[^\n]{20,200}$/);
    }
  });

  it("covers every CAMEO root but 01, which PLOVER does not code", () => {
    const covered = new Set<string>(PLOVER_CAMEO_PAIRS.map((pair) => pair.cameo));
    expect(CAMEO_ROOT_CODES.filter((root) => !covered.has(root))).toEqual(["01"]);
  });

  it("keeps PLOVER's splits: 08 is CONCEDE or RETREAT, 19 is ASSAULT or COERCE (occupation)", () => {
    const typesOf = (root: string) =>
      PLOVER_CAMEO_PAIRS.filter((pair) => pair.cameo === root)
        .map((pair) => pair.plover)
        .sort();
    expect(typesOf("08")).toEqual(["CONCEDE", "RETREAT"]);
    expect(typesOf("19")).toEqual(["ASSAULT", "COERCE"]);
    expect(cameoRootsOf("CONSULT")).toEqual(["04"]);
    expect(cameoRootsOf("REQUEST")).toEqual(["02", "10"]);
  });
});
