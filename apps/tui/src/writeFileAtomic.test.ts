import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./writeFileAtomic.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes the whole file and leaves no temporary file", () => {
    dir = mkdtempSync(join(tmpdir(), "kr-atomic-"));
    const path = join(dir, "out.csv");
    writeFileSync(path, "old");
    writeFileAtomic(path, "new content");
    expect(readFileSync(path, "utf8")).toBe("new content");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("throws and leaves nothing behind when the folder does not exist", () => {
    dir = mkdtempSync(join(tmpdir(), "kr-atomic-"));
    expect(() => writeFileAtomic(join(dir, "missing", "out.csv"), "x")).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
