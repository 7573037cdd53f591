import { describe, expect, it } from "vitest";
import { relationField } from "./relationField.js";

describe("relationField", () => {
  it("names the field holding a record's own links, none for links pointing at it", () => {
    expect(relationField("event", "parties")).toBe("countries");
    expect(relationField("event", "participants")).toBe("participants");
    expect(relationField("event", "place")).toBe("place");
    expect(relationField("person", "nationality")).toBe("nationality");
    expect(relationField("quote", "speaker")).toBe("speaker");
    expect(relationField("person", "events")).toBeUndefined();
    expect(relationField("country", "events")).toBeUndefined();
  });
});
