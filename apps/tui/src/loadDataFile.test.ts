import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OWN_TOPIC, ownRecords, writeDataFile } from "../test/dataFile.js";
import { TEXTS } from "../test/testData.js";
import { DataFileError } from "./DataFileError.js";
import { loadDataFile } from "./loadDataFile.js";

/** The problems a load reports, or [] when it loads. */
function problems(file: string): readonly string[] {
  try {
    loadDataFile(file);
    return [];
  } catch (error) {
    if (error instanceof DataFileError) return error.problems;
    throw error;
  }
}

describe("loadDataFile", () => {
  it.each(["json", "ndjson"] as const)(
    "reads a %s dataset, checked by core, with its articles",
    (format) => {
      const data = loadDataFile(writeDataFile(format));
      expect(data.relations.getTopic("Zebrastreifen").id).toBe(OWN_TOPIC.id);
      expect(data.relations.dataset.records).toHaveLength(ownRecords().length);
      expect(data.sourceText("src-a")).toBe(TEXTS["src-a"]);
      expect(JSON.parse(data.readDataFile("dataset.json"))).toHaveLength(ownRecords().length);
      expect(data.readDataFile("topic.ndjson")).toContain('"id":"zebra-crossings"');
      expect(() => data.readDataFile("event.csv")).toThrow(/CSV of your own data/);
    },
  );

  it("does not give an article whose SHA-256 differs from its record's", () => {
    const file = writeDataFile("json", ownRecords());
    writeFileSync(file.replace("dataset.json", "sources/a.txt"), "Another text.");
    expect(loadDataFile(file).sourceText("src-a")).toBeUndefined();
  });

  it("names a file it cannot read, and what is not JSON, with its line", () => {
    expect(problems("/nonexistent/kr/dataset.json")).toEqual([
      `cannot read "/nonexistent/kr/dataset.json": no such file`,
    ]);
    const json = writeDataFile("json", ownRecords());
    writeFileSync(json, '[\n  {"type": "topic",\n  oops\n]');
    expect(problems(json)).toEqual([expect.stringMatching(/: line 3, column \d+: not valid JSON/)]);
    const ndjson = writeDataFile("ndjson", ownRecords());
    writeFileSync(ndjson, '{"type":"topic"}\n\n{oops\n{"x":1}\n[1,');
    expect(problems(ndjson)).toEqual([
      expect.stringMatching(/: line 3: not valid JSON/),
      expect.stringMatching(/: line 5: not valid JSON/),
    ]);
    writeFileSync(ndjson, "");
    expect(problems(ndjson)).toEqual([expect.stringMatching(/the file is empty$/)]);
    writeFileSync(ndjson, "hello");
    expect(problems(ndjson)).toEqual([
      expect.stringMatching(/expected a JSON array of records or NDJSON/),
    ]);
    // One object is NDJSON of one record, checked as one.
    writeFileSync(json, '{"records": []}');
    expect(problems(json)).toEqual([expect.stringMatching(/: line 1: type: is required$/)]);
  });

  it("reports one line per problem of the records, naming the record, its id and the field", () => {
    const records = ownRecords().map((record) =>
      record.id === "2025-summit"
        ? { ...record, countries: ["XX"], evidence: [{ source: "nowhere", quote: "x" }] }
        : record,
    );
    const json = writeDataFile("json", [...records, { type: "person", id: "no-name" }]);
    const list = problems(json);
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const line of list) {
      expect(line).toMatch(/^"[^"]+dataset\.json": record \d+/);
      expect(line).not.toContain("\n");
    }
    expect(list.some((l) => /\("2025-summit"\): countries\[0\]: .*XX/.test(l))).toBe(true);
    expect(list.some((l) => /\("2025-summit"\): evidence\[0\]\.source: .*nowhere/.test(l))).toBe(
      true,
    );
    expect(list.some((l) => /\("no-name"\)/.test(l))).toBe(true);
    // In NDJSON, by line.
    const ndjson = writeDataFile("ndjson", [{ type: "person", id: "no-name" }, ...records]);
    expect(problems(ndjson)[0]).toMatch(/: line 1 \("no-name"\)/);
  });
});
