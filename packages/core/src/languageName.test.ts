import { LABEL_LANGUAGES, LANGUAGES } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { languageName } from "./index.js";

describe("languageName", () => {
  it("names every language in every label language, each name its own", () => {
    for (const lang of LABEL_LANGUAGES) {
      const names = LANGUAGES.map((language) => languageName(language, lang));
      for (const name of names) expect(name.trim()).not.toBe("");
      expect(new Set(names).size).toBe(LANGUAGES.length);
    }
  });

  it("writes English (default) and German", () => {
    expect(languageName("ko")).toBe("Korean");
    expect(languageName("ja", "de")).toBe("Japanisch");
  });

  it("names what is wrong with a bad language or language, and the nearest valid one", () => {
    const call = languageName as (language: unknown, lang?: unknown) => string;
    expect(() => call("kr")).toThrow(RangeError);
    expect(() => call("kr")).toThrow(/^Unknown languageName\(language\) "kr": did you mean "ko"\?/);
    expect(() => call("ko", "fr")).toThrow(/^Unknown languageName\(lang\) "fr"/);
    expect(() => call(7)).toThrow(TypeError);
  });
});
