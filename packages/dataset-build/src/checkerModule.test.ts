import { describe, expect, it } from "vitest";
import { checkerModule } from "./checkerModule.js";
import { recordJsonSchema } from "./jsonSchema.js";

const HEADER = "// @generated test\n";

describe("checkerModule", () => {
  it("writes the same module for the same schema, one check per record type", () => {
    const schema = recordJsonSchema({ version: "0.0.0+test" });
    const code = checkerModule(schema, HEADER);
    expect(checkerModule(recordJsonSchema({ version: "0.0.0+test" }), HEADER)).toBe(code);
    for (const type of ["Source", "Country", "Event", "Agreement", "Quote", "Topic"]) {
      expect(code).toContain(`function d${type}(`);
    }
    expect(code).toContain("export const checkRecord");
  });

  it("fails on a keyword, format or condition it cannot check, naming it", () => {
    const items = (node: object) => ({ type: "array", items: node });
    expect(() => checkerModule(items({ type: "string", contentMediaType: "x" }), HEADER)).toThrow(
      "unsupported keyword contentMediaType",
    );
    expect(() => checkerModule(items({ type: "string", format: "email" }), HEADER)).toThrow(
      "unsupported format email",
    );
    expect(() => checkerModule(items({ not: { type: "string" } }), HEADER)).toThrow(
      "unsupported keyword not",
    );
    expect(() =>
      checkerModule(items({ if: { required: ["a"] }, else: { required: ["b"] } }), HEADER),
    ).toThrow("an if other than");
    expect(() =>
      checkerModule(items({ type: "object", additionalProperties: { type: "string" } }), HEADER),
    ).toThrow("additionalProperties other than false");
  });
});
