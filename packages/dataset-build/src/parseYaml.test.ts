import { describe, expect, it } from "vitest";
import { MAX_ALIAS_COUNT, MAX_YAML_DEPTH, parseYaml } from "./parseYaml.js";

/** Nine aliases of the level below on each of `levels` levels: 9^levels strings once expanded. */
function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level <= levels; level += 1) {
    const previous = `*l${level - 1}`;
    lines.push(`l${level}: &l${level} [${Array(9).fill(previous).join(", ")}]`);
  }
  return `${lines.join("\n")}\n`;
}

describe("parseYaml", () => {
  it("parses a record", () => {
    expect(parseYaml("type: topic\nid: peace\naliases: [a, b]\n")).toEqual({
      ok: true,
      value: { type: "topic", id: "peace", aliases: ["a", "b"] },
    });
  });

  it("allows a few aliases", () => {
    expect(parseYaml("a: &x [1, 2]\nb: *x\n")).toEqual({
      ok: true,
      value: { a: [1, 2], b: [1, 2] },
    });
  });

  it("rejects an alias bomb (billion laughs) in one line, quickly", () => {
    const started = performance.now();
    expect(parseYaml(aliasBomb(9))).toEqual({
      ok: false,
      message: `YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb); write the values out`,
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("rejects deep nesting, flow or block, in one line, quickly", () => {
    const depth = { ok: false, message: `YAML nested deeper than ${MAX_YAML_DEPTH} levels` };
    const started = performance.now();
    // a megabyte of "[" would keep yaml's recursive parser busy for a minute
    expect(parseYaml(`a: ${"[".repeat(1_000_000)}`)).toEqual(depth);
    expect(performance.now() - started).toBeLessThan(5000);
    // the limit counts every collection from the document's root: here the mapping and 63 lists
    expect(parseYaml(`a: ${"[".repeat(63)}${"]".repeat(63)}\n`).ok).toBe(true);
    expect(parseYaml(`a: ${"[".repeat(64)}${"]".repeat(64)}\n`)).toEqual(depth);
    expect(parseYaml(`${"[".repeat(65)}${"]".repeat(65)}\n`)).toEqual(depth);
    const block = Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n");
    expect(parseYaml(`${block} 1\n`)).toEqual(depth);
    const tooDeepForYaml = Array.from({ length: 1200 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    expect(parseYaml(`${tooDeepForYaml} 1\n`)).toMatchObject(depth);
  });

  it("names the line of malformed YAML, without yaml's code frame", () => {
    expect(parseYaml("type: topic\nid: broken\nlabel: { en: X, de: X\naliases: []\n")).toEqual({
      ok: false,
      line: 4,
      message:
        "malformed YAML: Flow map in block collection must be sufficiently indented and end with a }",
    });
    expect(parseYaml("id: a\nid: b\n")).toEqual({
      ok: false,
      line: 2,
      message: "malformed YAML: Map keys must be unique",
    });
    expect(parseYaml("a: *nowhere\n")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^malformed YAML: [^\n]+$/),
    });
  });
});
