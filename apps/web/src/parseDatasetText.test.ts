import { describe, expect, it } from "vitest";
import { parseDatasetText } from "./parseDatasetText.js";

describe("parseDatasetText", () => {
  it("reads a JSON array and NDJSON, skipping blank lines and a byte-order mark", () => {
    expect(parseDatasetText('[{"id":"a"},{"id":"b"}]')).toEqual({
      records: [{ id: "a" }, { id: "b" }],
    });
    expect(parseDatasetText('\ufeff{"id":"a"}\n\n{"id":"b"}\r\n')).toEqual({
      records: [{ id: "a" }, { id: "b" }],
    });
    expect(parseDatasetText('  \n[\n{"id":"a"}\n]\n')).toEqual({ records: [{ id: "a" }] });
  });

  it("names the line and column of broken JSON, never the engine's words", () => {
    expect(parseDatasetText('{"id":"a"}\n{"id":"b",}\n')).toEqual({
      problem: { kind: "json", line: 2, column: 11 },
    });
    expect(parseDatasetText('[\n{"id":"a"},\n{"id" "b"}\n]')).toEqual({
      problem: { kind: "json", line: 3, column: 7 },
    });
    // Cut short: the end of the text.
    expect(parseDatasetText('[{"id":"a"}')).toEqual({
      problem: { kind: "json", line: 1, column: 12 },
    });
    expect(parseDatasetText("\n  hello")).toEqual({
      problem: { kind: "json", line: 2, column: 3 },
    });
  });

  it("reads a lone record written over several lines", () => {
    expect(parseDatasetText('{\n  "id": "a"\n}\n')).toEqual({ records: [{ id: "a" }] });
  });

  it("says when there is nothing", () => {
    expect(parseDatasetText(" \n ")).toEqual({ problem: { kind: "empty" } });
    expect(parseDatasetText("")).toEqual({ problem: { kind: "empty" } });
    expect(parseDatasetText('[{"a":1}]x')).toMatchObject({ problem: { kind: "json" } });
  });
});
