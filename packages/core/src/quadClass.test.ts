import { describe, expect, it } from "vitest";
import { dataset, QUAD_CLASSES, quadClass } from "./index.js";

describe("quadClass (exported by core)", () => {
  it("gives every event of the dataset a quad class from its CAMEO root", () => {
    const counts = new Map<string, number>();
    for (const event of dataset.events) {
      const name = QUAD_CLASSES[quadClass(event.cameo)];
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(dataset.events.length);
    expect(quadClass("06")).toBe(2);
    expect(quadClass("09")).toBe(3);
  });
});
