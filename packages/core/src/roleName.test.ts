import { LABEL_LANGUAGES, ROLES } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { roleName } from "./index.js";

describe("roleName", () => {
  it("names every role in every label language, each name its own", () => {
    for (const lang of LABEL_LANGUAGES) {
      const names = ROLES.map((role) => roleName(role, lang));
      for (const name of names) expect(name.trim()).not.toBe("");
      expect(new Set(names).size).toBe(ROLES.length);
    }
  });

  it("writes English (default) and German", () => {
    expect(roleName("head-of-state")).toBe("head of state");
    expect(roleName("defense-minister", "de")).toBe("Verteidigungsminister");
  });

  it("names what is wrong with a bad role or language, and the nearest valid one", () => {
    const call = roleName as (role: unknown, lang?: unknown) => string;
    expect(() => call("head-of-stat")).toThrow(RangeError);
    expect(() => call("head-of-stat")).toThrow(
      /^Unknown roleName\(role\) "head-of-stat": did you mean "head-of-state"\?/,
    );
    expect(() => call("head-of-state", "fr")).toThrow(/^Unknown roleName\(lang\) "fr"/);
    expect(() => call(7)).toThrow(TypeError);
  });
});
