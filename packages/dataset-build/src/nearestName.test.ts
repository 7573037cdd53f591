import { describe, expect, it } from "vitest";
import { nearestName } from "./nearestName.js";

describe("nearestName", () => {
  it("finds a mistyped name and gives up on an unrelated one", () => {
    const commands = ["validate", "check", "generate"];
    expect(nearestName("generte", commands)).toBe("generate");
    expect(nearestName("chek", commands)).toBe("check");
    expect(nearestName("VALIDATE", commands)).toBe("validate");
    expect(nearestName("publish", commands)).toBeUndefined();
    expect(nearestName("dat", ["data", "root", "debug"])).toBe("data");
  });
});
