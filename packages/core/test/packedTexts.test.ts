/**
 * The packed package carries an article's full text only where its
 * publisher's terms allow it (the source record's `fullText`). Records cite
 * excerpts of at most 300 characters, so no stretch of 320 consecutive
 * characters of another article may appear in any packed file, read as the
 * strings it holds (JSON and JavaScript escapes undone, twice: the records
 * are JSON inside a JavaScript string). That reading finds a cited excerpt
 * in the bundle, so it would find an article.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetRecord, Source } from "@korea-relations/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const TEXTS = JSON.parse(
  readFileSync(require.resolve("@korea-relations/source-texts/texts.json"), "utf8"),
) as Record<string, string>;
const RECORDS = JSON.parse(
  readFileSync(join(core, "data/dataset.json"), "utf8"),
) as DatasetRecord[];

/** Longer than any excerpt a record may cite. */
const STRETCH = 320;

/** JSON and JavaScript string escapes undone (code around the strings is left as noise). */
const undoEscapes = (text: string): string =>
  text.replace(
    /\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/gs,
    (_match, point?: string, unit?: string, byte?: string, char?: string) => {
      if (point ?? unit ?? byte)
        return String.fromCodePoint(Number.parseInt(point ?? unit ?? byte ?? "", 16));
      return char === "n" ? "\n" : char === "r" ? "\r" : char === "t" ? "\t" : (char ?? "");
    },
  );
/** A file's text as the strings it holds, one and two levels of escapes undone. */
const readable = (content: string): string =>
  `${content}\n${undoEscapes(content)}\n${undoEscapes(undoEscapes(content))}`;

/** Stretches of `STRETCH` characters covering the whole text. */
function stretches(text: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; start += STRETCH / 2) {
    out.push(text.slice(start, start + STRETCH));
  }
  return out.filter((stretch) => stretch.length === STRETCH || text.length < STRETCH);
}

let unpacked = "";
beforeAll(() => {
  unpacked = mkdtempSync(join(tmpdir(), "kr-packed-"));
  const pnpm = process.env.npm_execpath;
  const args = ["pack", "--pack-destination", unpacked];
  execFileSync(pnpm ? process.execPath : "pnpm", pnpm ? [pnpm, ...args] : args, {
    cwd: core,
    stdio: "pipe",
  });
  const tarball = readdirSync(unpacked).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack made no tarball");
  execFileSync("tar", ["-xzf", tarball], { cwd: unpacked });
}, 120_000);

afterAll(() => {
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

/** The text of every file of the unpacked package. */
function packedFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const entry of packedFiles(path)) files.set(...entry);
    else files.set(path.slice(unpacked.length + 1), readable(readFileSync(path, "utf8")));
  }
  return files;
}

describe("the articles' full texts in the packed package", () => {
  const sources = RECORDS.filter((record): record is Source => record.type === "source");

  it("every source says whether its full text may ship", () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source.fullText, source.id).toBeDefined();
  });

  it("finds a cited excerpt in the bundle through its escapes (the search works)", () => {
    const files = packedFiles(unpacked);
    const bundle = files.get("package/dist/index.js") ?? "";
    const excerpts = RECORDS.flatMap((record) => record.evidence ?? [])
      .map((evidence) => evidence.quote)
      .filter((quote) => quote.length > 100 && /[^\x20-\x7e]/.test(quote) && quote.includes('"'));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts.slice(0, 20)) expect(bundle).toContain(excerpt);
  });

  it("holds no stretch of an article whose terms do not allow its full text to ship", () => {
    const files = packedFiles(unpacked);
    const leaks: string[] = [];
    let checked = 0;
    for (const source of sources) {
      if (source.fullText?.redistributable) continue;
      const text = TEXTS[source.id];
      expect(text, source.id).toBeDefined();
      for (const stretch of stretches(text ?? "")) {
        checked++;
        for (const [name, content] of files) {
          if (content.includes(stretch))
            leaks.push(`${source.id} in ${name}: ${stretch.slice(0, 60)}…`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(leaks).toEqual([]);
  });
});
