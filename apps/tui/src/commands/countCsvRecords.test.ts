import { describe, expect, it } from "vitest";
import { countCsvRecords } from "./countCsvRecords.js";

describe("countCsvRecords", () => {
  it("counts the lines under the header", () => {
    expect(countCsvRecords("id,name\na,A\nb,B\n")).toBe(2);
    expect(countCsvRecords("id,name\r\na,A\r\nb,B")).toBe(2);
    expect(countCsvRecords("id,name\n")).toBe(0);
    expect(countCsvRecords("")).toBe(0);
  });

  it("keeps a quoted line break inside its record", () => {
    expect(countCsvRecords('id,text\na,"one\ntwo ""three"""\nb,x\n')).toBe(2);
  });
});
