import * as fs from "node:fs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { STAGING_DIR, staleFiles, WriteError, type WriteFs, writeFiles } from "./writeFiles.js";

/** Every file under `root` (staging folder included) with its bytes, by relative path. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(root, full), readFileSync(full).toString("base64"));
    }
  };
  walk(root);
  return files;
}

/** A root with previous outputs in two folders and a README. */
function previousOutput(): string {
  const root = mkdtempSync(join(tmpdir(), "kr-write-"));
  mkdirSync(join(root, "core/data"), { recursive: true });
  mkdirSync(join(root, "core/src/generated"), { recursive: true });
  writeFileSync(join(root, "core/data/a.csv"), "old a\n");
  writeFileSync(join(root, "core/data/b.ndjson"), "old b\n");
  writeFileSync(join(root, "core/src/generated/c.ts"), "old c\n");
  writeFileSync(join(root, "README.md"), "old readme\n");
  return root;
}

const NEXT = new Map([
  ["core/src/generated/c.ts", "new c\n"],
  ["core/data/a.csv", "new a\n"],
  ["core/data/new.csv", "a file that did not exist\n"],
  ["core/extra/deep/d.json", "in folders that did not exist\n"],
  ["core/data/b.ndjson", "new b\n"],
  ["README.md", "new readme\n"],
]);

/** The real file system, with the `n`-th call (from 1) of `call` failing with `code`. */
function failing(call: keyof WriteFs, n: number, code = "EIO"): WriteFs & { calls: () => number } {
  let count = 0;
  const real: WriteFs = { ...fs };
  const wrapped = {
    ...real,
    [call]: (...args: unknown[]) => {
      count += 1;
      if (count === n) {
        throw Object.assign(new Error(`${code}: injected fault, ${call}`), { code });
      }
      return (real[call] as (...a: unknown[]) => unknown)(...args);
    },
  } as unknown as WriteFs;
  return Object.assign(wrapped, { calls: () => count });
}

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
    // the staging folder is emptied: nothing is left beside or below the outputs
    expect(readdirSync(join(root, STAGING_DIR))).toEqual([]);
  });

  it("replaces every changed file when nothing fails", () => {
    const root = previousOutput();
    expect(writeFiles(root, NEXT)).toHaveLength(NEXT.size);
    for (const [path, content] of NEXT)
      expect(readFileSync(join(root, path), "utf8")).toBe(content);
    expect(readdirSync(join(root, STAGING_DIR))).toEqual([]);
  });

  it("leaves every output byte-for-byte as it was when any rename fails, at any point", () => {
    const renames = failing("renameSync", 0);
    writeFiles(previousOutput(), NEXT, renames);
    expect(renames.calls()).toBe(NEXT.size);
    for (let n = 1; n <= NEXT.size; n += 1) {
      const root = previousOutput();
      const before = snapshot(root);
      expect(() => writeFiles(root, NEXT, failing("renameSync", n))).toThrow(
        new WriteError(
          `${[...NEXT.keys()][n - 1]}: cannot write (EIO); nothing was written, the previous output is unchanged`,
        ),
      );
      // same files, same bytes; no new folder, no temporary file anywhere
      expect(snapshot(root)).toEqual(before);
      expect(fs.existsSync(join(root, "core/extra"))).toBe(false);
    }
  });

  it("leaves the outputs as they were when staging a file or a backup fails", () => {
    for (const [call, n, path] of [
      ["writeFileSync", 3, "core/data/new.csv"],
      ["linkSync", 2, "core/data/a.csv"],
      ["mkdirSync", 5, "core/extra/deep/d.json"], // the first makes the staging folder
    ] as const) {
      const root = previousOutput();
      const before = snapshot(root);
      const broken =
        call === "linkSync"
          ? { ...failing("linkSync", n), copyFileSync: failing("copyFileSync", 1).copyFileSync }
          : failing(call, n);
      expect(() => writeFiles(root, NEXT, broken)).toThrow(
        `${path}: cannot write (EIO); nothing was written, the previous output is unchanged`,
      );
      expect(snapshot(root)).toEqual(before);
    }
  });

  it("copies the previous file when it cannot be hard-linked", () => {
    const root = previousOutput();
    const noLinks = { ...fs, linkSync: failing("linkSync", 1).linkSync } as WriteFs;
    const everyLinkFails = {
      ...noLinks,
      linkSync: () => {
        throw Object.assign(new Error("EXDEV"), { code: "EXDEV" });
      },
    };
    const before = snapshot(root);
    const lastFails = {
      ...everyLinkFails,
      renameSync: failing("renameSync", NEXT.size).renameSync,
    };
    expect(() => writeFiles(root, NEXT, lastFails)).toThrow(WriteError);
    expect(snapshot(root)).toEqual(before);
    expect(writeFiles(root, NEXT, everyLinkFails)).toHaveLength(NEXT.size);
  });

  it("says where the previous files are kept when a rollback fails too", () => {
    const root = previousOutput();
    let renames = 0;
    let failed = false;
    const broken = {
      ...fs,
      renameSync: (from: string, to: string) => {
        renames += 1;
        // the fourth replacement fails, and so does restoring the second file
        if (renames === 4 || (failed && to.endsWith("a.csv"))) {
          failed = true;
          throw Object.assign(new Error("EIO"), { code: "EIO" });
        }
        fs.renameSync(from, to);
      },
    } as WriteFs;
    let message = "";
    try {
      writeFiles(root, NEXT, broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^core\/extra\/deep\/d\.json: cannot write \(EIO\), and core\/data\/a\.csv could not be restored: the previous files are kept in node_modules\/\.cache\/dataset-build\/write-\w+$/,
    );
    const kept = join(root, message.slice(message.lastIndexOf(" ") + 1));
    expect(readFileSync(join(kept, "1.old"), "utf8")).toBe("old a\n");
    // the others are restored
    expect(readFileSync(join(root, "core/src/generated/c.ts"), "utf8")).toBe("old c\n");
    expect(fs.existsSync(join(root, "core/data/new.csv"))).toBe(false);
  });

  it("treats an output it cannot read as stale", () => {
    const root = mkdtempSync(join(tmpdir(), "kr-write-"));
    mkdirSync(join(root, "blocker"));
    expect(staleFiles(root, new Map([["blocker", "x"]]))).toEqual(["blocker"]);
  });

  it("fails on a folder where a file goes, leaving the previous output intact", () => {
    const root = mkdtempSync(join(tmpdir(), "kr-write-"));
    writeFileSync(join(root, "one.txt"), "old");
    writeFileSync(join(root, "blocker"), "a file where a folder should be");
    const files = new Map([
      ["one.txt", "new"],
      ["blocker/two.txt", "2"],
    ]);
    expect(() => writeFiles(root, files)).toThrow(
      "blocker/two.txt: cannot write (EEXIST); nothing was written, the previous output is unchanged",
    );
    expect(readFileSync(join(root, "one.txt"), "utf8")).toBe("old");
    expect(readdirSync(root).sort()).toEqual(["blocker", "node_modules", "one.txt"]);
  });
});
