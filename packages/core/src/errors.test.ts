import { printable } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { DatasetError, LISTED_PROBLEMS, problemLine, UnknownEntityError } from "./errors.js";

describe("UnknownEntityError", () => {
  it("carries the type, the name as given and at most five suggestions, also in its message", () => {
    const error = new UnknownEntityError("person", "Kang Kyung-hwa", ["Kang Kyung-wha"]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("UnknownEntityError");
    expect(error).toMatchObject({
      type: "person",
      ref: "Kang Kyung-hwa",
      suggestions: ["Kang Kyung-wha"],
    });
    expect(error.message).toBe('Unknown person "Kang Kyung-hwa": did you mean "Kang Kyung-wha"?');
    expect(new UnknownEntityError("record", "x").message).toBe('Unknown record "x"');
    expect(Object.isFrozen(error.suggestions)).toBe(true);
  });

  it("quotes at most 80 characters of the name and escapes control characters", () => {
    const error = new UnknownEntityError("country", `\u001b[2J\u202e${"x".repeat(500)}`);
    expect(error.message).toMatch(/^Unknown country "\\u001b\[2J\\u202ex{74}…"$/);
    expect(error.ref).toHaveLength(505);
    expect(new UnknownEntityError("topic", "t", ["\u009b31m"]).message).toContain('"\\u009b31m"');
  });

  it("throws a TypeError naming the argument for a wrong one", () => {
    expect(() => new UnknownEntityError(1 as never, "x")).toThrow(
      'UnknownEntityError(type) must be a record type or "record", got a number',
    );
    expect(() => new UnknownEntityError("thing" as never, "x")).toThrow(
      'UnknownEntityError(type) must be a record type or "record", got "thing"',
    );
    expect(() => new UnknownEntityError("person", null as never)).toThrow(
      "UnknownEntityError(ref) must be a string, got null",
    );
    expect(() => new UnknownEntityError("person", "x", [1] as never)).toThrow(
      "UnknownEntityError(suggestions) must be an array of strings",
    );
  });
});

describe("DatasetError", () => {
  const problem = (index: number) => ({
    index,
    id: `r-${index}`,
    field: "id",
    message: "is wrong",
  });

  it("lists every problem, one per line, with record index, id and field", () => {
    const error = new DatasetError([
      { index: 3, id: "2020-summit", field: "evidence[0].source", message: 'unknown source "x"' },
      { index: 4, message: "must be an object, got null" },
    ]);
    expect(error.name).toBe("DatasetError");
    expect(error.message).toBe(
      [
        "Invalid dataset: 2 problems",
        'record 3 ("2020-summit"): evidence[0].source: unknown source "x"',
        "record 4: must be an object, got null",
      ].join("\n"),
    );
    expect(error.problems).toHaveLength(2);
    expect(Object.isFrozen(error.problems[0])).toBe(true);
  });

  it("lists the first 20 problems and counts the rest", () => {
    const error = new DatasetError(Array.from({ length: 27 }, (_, i) => problem(i)));
    const lines = error.message.split("\n");
    expect(LISTED_PROBLEMS).toBe(20);
    expect(lines[0]).toBe("Invalid dataset: 27 problems");
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe('record 19 ("r-19"): id: is wrong');
    expect(lines[21]).toBe("…and 7 more");
    expect(error.problems).toHaveLength(27);
    expect(new DatasetError([problem(0)]).message.startsWith("Invalid dataset: 1 problem\n")).toBe(
      true,
    );
  });

  it("escapes control characters in ids, fields and messages and cuts long ones", () => {
    const line = problemLine({
      index: 1,
      id: "\u001b[31mred",
      field: `\u001b[2J${"f".repeat(300)}`,
      message: "bad\u202e",
    });
    expect(printable(line)).toBe(line);
    expect(line).toContain('record 1 ("\\u001b[31mred")');
    expect(line).toContain("\\u001b[2J");
    expect(line).toContain("bad\\u202e");
    expect(line.length).toBeLessThan(300);
  });

  it("throws a TypeError naming the argument for wrong problems", () => {
    expect(() => new DatasetError("x" as never)).toThrow(
      "DatasetError(problems) must be an array, got a string",
    );
    expect(() => new DatasetError([null] as never)).toThrow(
      "DatasetError(problems)[0] must be an object, got null",
    );
    expect(() => new DatasetError([{ message: "m" }] as never)).toThrow(
      "DatasetError(problems)[0].index must be a number, got undefined",
    );
    expect(() => new DatasetError([{ index: 0, message: Symbol("m") }] as never)).toThrow(
      "DatasetError(problems)[0].message must be a string, got a symbol",
    );
    expect(
      () => new DatasetError([problem(0), { index: 1, message: "m", field: {} }] as never),
    ).toThrow("DatasetError(problems)[1].field must be a string, got an object");
  });
});
