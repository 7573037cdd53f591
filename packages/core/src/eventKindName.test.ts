import { EVENT_KINDS, LABEL_LANGUAGES } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { eventKindName } from "./eventKindName.js";

describe("eventKindName", () => {
  it("names every event kind in every label language, each name its own", () => {
    for (const lang of LABEL_LANGUAGES) {
      const names = EVENT_KINDS.map((kind) => eventKindName(kind, lang));
      for (const name of names) expect(name.trim()).not.toBe("");
      expect(new Set(names).size).toBe(EVENT_KINDS.length);
    }
  });

  it("writes English words (default) and German nouns", () => {
    expect(eventKindName("press-conference")).toBe("press conference");
    expect(eventKindName("military-buildup", "en")).toBe("military build-up");
    expect(eventKindName("press-conference", "de")).toBe("Pressekonferenz");
    expect(eventKindName("exercise", "de")).toBe("Manöver");
  });

  it("names what is wrong with a bad kind or language, and the nearest valid one", () => {
    const call = eventKindName as (kind: unknown, lang?: unknown) => string;
    expect(() => call("press-conferenc")).toThrow(
      /^Unknown eventKindName\(kind\) "press-conferenc": did you mean "press-conference"\?/,
    );
    expect(() => call("meeting", "fr")).toThrow(RangeError);
    expect(() => call("meeting", "fr")).toThrow(
      /^Unknown eventKindName\(lang\) "fr".*expected one of en, de$/,
    );
    expect(() => call(7)).toThrow(
      new TypeError("eventKindName(kind) must be a string, got a number"),
    );
  });
});
