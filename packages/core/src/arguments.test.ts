import { describe, expect, it } from "vitest";
import { count, didYouMean, member, members, optionalArray, optionsObject } from "./arguments.js";

describe("optionsObject", () => {
  it("takes a plain object with known keys, and undefined as none", () => {
    const filter = { a: 1 };
    expect(optionsObject(filter, "f(x)", ["a", "b"])).toBe(filter);
    expect(optionsObject(undefined, "f(x)", ["a"])).toEqual({});
  });

  it("throws a TypeError naming the argument for anything else", () => {
    for (const [value, got] of [
      [null, "null"],
      [[], "an array"],
      ["x", "a string"],
      [1, "a number"],
      [true, "a boolean"],
    ] as const) {
      expect(() => optionsObject(value, "f(x)", ["a"])).toThrow(
        `f(x) must be an object, got ${got}`,
      );
    }
  });

  it("names an unknown key and the nearest valid one, or lists the valid ones", () => {
    expect(() => optionsObject({ countrys: [] }, "f(x)", ["countries", "topics"])).toThrow(
      'Unknown key "countrys" in f(x): did you mean "countries"?',
    );
    expect(() => optionsObject({ zzz: 1 }, "f(x)", ["countries", "topics"])).toThrow(
      'Unknown key "zzz" in f(x): expected one of countries, topics',
    );
    let message = "";
    try {
      optionsObject({ ["\u001b[2J".repeat(50)]: 1 }, "f(x)", ["a"]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Unknown key "(\\u001b\[2J)+\\u001b\[2…" in f\(x\)/);
    expect(message).not.toContain("\u001b");
  });
});

describe("optionalArray", () => {
  it("takes an array or undefined, and names the argument otherwise", () => {
    expect(optionalArray([1], "f(x).a")).toEqual([1]);
    expect(optionalArray(undefined, "f(x).a")).toBeUndefined();
    expect(() => optionalArray("KR", "f(x).a")).toThrow("f(x).a must be an array, got a string");
    expect(() => optionalArray({ length: 1 }, "f(x).a")).toThrow("got an object");
  });
});

describe("member and members", () => {
  const colours = ["red", "green", "blue"] as const;

  it("takes a string of the set", () => {
    expect(member("red", colours, "f(x).c")).toBe("red");
    expect(members(["red", "blue"], colours, "f(x).c")).toEqual(["red", "blue"]);
    expect(members(undefined, colours, "f(x).c")).toBeUndefined();
  });

  it("throws a TypeError for a non-string, a RangeError naming the set for an unknown value", () => {
    expect(() => member(1, colours, "f(x).c")).toThrow(TypeError);
    expect(() => member(1, colours, "f(x).c")).toThrow("f(x).c must be a string, got a number");
    expect(() => member("gren", colours, "f(x).c")).toThrow(RangeError);
    expect(() => member("gren", colours, "f(x).c")).toThrow(
      'Unknown f(x).c "gren": did you mean "green"?: expected one of red, green, blue',
    );
    expect(() => member("x".repeat(300), colours, "f(x).c")).toThrow(/"x{79}…"/);
    expect(() => members("red", colours, "f(x).c")).toThrow("f(x).c must be an array");
  });
});

describe("count", () => {
  it("takes a non-negative number, floored, or the default", () => {
    expect(count(undefined, "f(x).n", 20)).toBe(20);
    expect(count(3.7, "f(x).n", 20)).toBe(3);
    expect(count(0, "f(x).n", 20)).toBe(0);
    expect(count(Number.POSITIVE_INFINITY, "f(x).n", 20)).toBe(Number.POSITIVE_INFINITY);
  });

  it("names the argument for a wrong type or a negative number", () => {
    expect(() => count("3", "f(x).n", 20)).toThrow("f(x).n must be a number, got a string");
    expect(() => count(Number.NaN, "f(x).n", 20)).toThrow("f(x).n must be a number, got a number");
    expect(() => count(-1, "f(x).n", 20)).toThrow(RangeError);
    expect(() => count(-1, "f(x).n", 20)).toThrow("f(x).n must be 0 or more, got -1");
  });
});

describe("didYouMean", () => {
  it("gives a tail for a near candidate, else nothing", () => {
    expect(didYouMean("lmit", ["limit", "offset"])).toBe(': did you mean "limit"?');
    expect(didYouMean("zzzz", ["limit"])).toBe("");
  });
});
