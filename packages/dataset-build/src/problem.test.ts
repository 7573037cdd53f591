import { describe, expect, it } from "vitest";
import { escapeControls, formatProblem, problemLines } from "./problem.js";

describe("formatProblem", () => {
  it("joins the parts it has", () => {
    expect(formatProblem({ file: "data/a.yaml", id: "a", field: "x", message: "bad" })).toBe(
      "data/a.yaml: a: x: bad",
    );
    expect(formatProblem({ file: "data/a.yaml", message: "bad" })).toBe("data/a.yaml: bad");
  });

  it("never lets a control, separator or bidi character from data reach the terminal", () => {
    const line = formatProblem({
      file: "data/topics/\u001b[31mred\u001b[0m.yaml",
      message: 'name "a\nb\u2028c\u202ed\u0085" is odd',
    });
    expect(line).toBe(
      'data/topics/\\u{001b}[31mred\\u{001b}[0m.yaml: name "a\\u{000a}b\\u{2028}c\\u{202e}d\\u{0085}" is odd',
    );
    expect(escapeControls("Kang Kyung‑wha, 강경화")).toBe("Kang Kyung‑wha, 강경화");
  });
});

describe("problemLines", () => {
  it("reports each problem once, in the order found", () => {
    const alias = {
      file: "data/people/b.yaml",
      id: "b",
      field: "aliases",
      message: 'name "Heiko Maas" also names person "a"',
    };
    expect(problemLines([alias, { file: "data/x.yaml", message: "other" }, { ...alias }])).toEqual([
      'data/people/b.yaml: b: aliases: name "Heiko Maas" also names person "a"',
      "data/x.yaml: other",
    ]);
  });
});
