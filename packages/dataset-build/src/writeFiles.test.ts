import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staleFiles, writeFiles } from "./writeFiles.js";

describe("writeFiles", () => {
  it("writes only changed files and reports them", () => {
    const root = mkdtempSync(join(tmpdir(), "kr-write-"));
    const files = new Map([
      ["a/one.txt", "1"],
      ["two.txt", "2"],
    ]);
    expect(writeFiles(root, files)).toEqual(["a/one.txt", "two.txt"]);
    expect(readFileSync(join(root, "a/one.txt"), "utf8")).toBe("1");
    expect(staleFiles(root, files)).toEqual([]);
    expect(writeFiles(root, new Map([["two.txt", "2"]]))).toEqual([]);
  });

  it("leaves the previous output intact when a write fails midway", () => {
    const root = mkdtempSync(join(tmpdir(), "kr-write-"));
    writeFileSync(join(root, "one.txt"), "old");
    writeFileSync(join(root, "blocker"), "a file where a folder should be");
    const files = new Map([
      ["one.txt", "new"],
      ["blocker/two.txt", "2"],
    ]);
    expect(() => writeFiles(root, files)).toThrow();
    expect(readFileSync(join(root, "one.txt"), "utf8")).toBe("old");
  });
});
