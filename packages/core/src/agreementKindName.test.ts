import { AGREEMENT_KINDS, LABEL_LANGUAGES } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { agreementKindName } from "./index.js";

describe("agreementKindName", () => {
  it("names every kind in every label language, each name its own", () => {
    for (const lang of LABEL_LANGUAGES) {
      const names = AGREEMENT_KINDS.map((kind) => agreementKindName(kind, lang));
      for (const name of names) expect(name.trim()).not.toBe("");
      expect(new Set(names).size).toBe(AGREEMENT_KINDS.length);
    }
  });

  it("writes English (default) and German", () => {
    expect(agreementKindName("joint-declaration")).toBe("joint declaration");
    expect(agreementKindName("arms-contract", "de")).toBe("Rüstungsvertrag");
  });

  it("names what is wrong with a bad kind or language, and the nearest valid one", () => {
    const call = agreementKindName as (kind: unknown, lang?: unknown) => string;
    expect(() => call("treatie")).toThrow(RangeError);
    expect(() => call("treatie")).toThrow(
      /^Unknown agreementKindName\(kind\) "treatie": did you mean "treaty"\?/,
    );
    expect(() => call("joint-declaration", "fr")).toThrow(
      /^Unknown agreementKindName\(lang\) "fr"/,
    );
    expect(() => call(7)).toThrow(TypeError);
  });
});
