import { describe, expect, it } from "vitest";
import { expectString, printable, quoted, typeName } from "./argument";

describe("printable", () => {
  it("writes every control, separator and bidi character as an escape", () => {
    expect(printable("a\u001b[2Jb")).toBe("a\\u001b[2Jb");
    expect(printable("\u0000\u007f\u009b\u2028\u2029\u202a\u202e\u2066\u2069")).toBe(
      "\\u0000\\u007f\\u009b\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069",
    );
    expect(printable("Südkorea 대한민국 😀")).toBe("Südkorea 대한민국 😀");
  });
});

describe("quoted", () => {
  it("quotes JSON-escaped, at most 80 characters, with no raw control character", () => {
    expect(quoted('a"b\n')).toBe('"a\\"b\\n"');
    expect(quoted("x".repeat(100))).toBe(`"${"x".repeat(79)}…"`);
    expect(quoted("\u009b31m\u202e")).toBe('"\\u009b31m\\u202e"');
  });
});

describe("typeName and expectString", () => {
  it("name what was given", () => {
    expect([null, [], {}, undefined, 1, "s", true, Symbol("s"), 1n, () => 1].map(typeName)).toEqual(
      [
        "null",
        "an array",
        "an object",
        "undefined",
        "a number",
        "a string",
        "a boolean",
        "a symbol",
        "a bigint",
        "a function",
      ],
    );
    expect(() => expectString(1, "f(x)")).toThrow("f(x) must be a string, got a number");
    expect(() => expectString("a", "f(x)")).not.toThrow();
  });
});
