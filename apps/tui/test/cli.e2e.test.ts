/**
 * The real binary over the built-in dataset, its stdout a pipe. Assertions
 * compare with the core package's own answers, never with counts.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtin } from "@korea-relations/core";
import { beforeAll, describe, expect, it } from "vitest";
import { ANY_ESCAPE } from "./ansi.js";
import { ensureBuilt, runBinary } from "./binary.js";
import { CORE_DATA } from "./testIo.js";

beforeAll(ensureBuilt, 120_000);

const json = (text: string) => JSON.parse(text) as unknown;

describe("korea-relations (built binary)", () => {
  it("prints help and version; without a terminal and a command, help and exit 2", () => {
    expect(runBinary(["--help"])).toMatchObject({ code: 0 });
    expect(runBinary(["--version"]).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bare = runBinary([]);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain("Usage:");
  });

  it("finds South Korea first for Südkorea, with no ANSI in a pipe", () => {
    const { code, out } = runBinary(["search", "Südkorea"]);
    expect(code).toBe(0);
    expect(out.split("\n")[1]).toMatch(/^country +South Korea +KR /);
    expect(out).not.toMatch(ANY_ESCAPE);
  });

  it("prints valid JSON for every command with --json", () => {
    const commands = [
      ["search", "kang"],
      ["show", "kang-kyung-wha"],
      ["timeline", "KR", "JP"],
      ["partners", "KR"],
      ["offices", "--role", "foreign-minister", "--country", "KR"],
      ["quotes", "--lang", "de"],
      ["agreements", "--party", "KR"],
      ["sources"],
    ];
    for (const args of commands) {
      const { code, out } = runBinary([...args, "--json"]);
      expect(code, args.join(" ")).toBe(0);
      expect(() => json(out), args.join(" ")).not.toThrow();
    }
  });

  it("shows Kang Kyung-wha's offices as core's officesOf returns them", () => {
    const { code, out } = runBinary(["show", "Kyung-wha Kang"]);
    expect(code).toBe(0);
    const ids = builtin()
      .officesOf("kang-kyung-wha")
      .map((o) => o.id);
    const positions = ids.map((id) => out.indexOf(`→ ${id}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("answers like core for timeline, partners, offices, quotes and agreements", () => {
    const r = builtin();
    const ids = (out: string) => (json(out) as { id: string }[]).map((x) => x.id);
    expect(ids(runBinary(["timeline", "Südkorea", "Japan", "--json"]).out)).toEqual(
      r.timeline("KR", "JP").map((e) => e.event.id),
    );
    expect(
      (json(runBinary(["partners", "KR", "--json"]).out) as { country: string }[]).map(
        (p) => p.country,
      ),
    ).toEqual(r.partners("KR").map((p) => p.country));
    expect(
      ids(
        runBinary([
          "offices",
          "--role",
          "foreign-minister",
          "--country",
          "KR",
          "--at",
          "2020-08-10",
          "--json",
        ]).out,
      ),
    ).toEqual(
      r
        .officeHolders({ role: "foreign-minister", country: "KR", at: "2020-08-10" })
        .map((o) => o.id),
    );
    expect(ids(runBinary(["quotes", "--speaker", "Shigeru Ishiba", "--json"]).out)).toEqual(
      r.findQuotes({ speaker: "ishiba-shigeru" }).map((q) => q.id),
    );
    expect(ids(runBinary(["agreements", "--party", "KR", "--party", "JP", "--json"]).out)).toEqual(
      r.findAgreements({ parties: ["KR", "JP"] }).map((a) => a.id),
    );
  });

  it("exits 1 with did-you-mean suggestions for unknown names", () => {
    const { code, out, err } = runBinary(["show", "Kang Kyung-hwa"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/did you mean .*"Kang Kyung-wha"/);
    expect(runBinary(["partners", "Atlantis"]).code).toBe(1);
    expect(runBinary(["quotes", "--speaker", "Heiko Mass"]).err).toContain("did you mean");
  });

  it("exits 2 on impossible dates, unknown flags and commands", () => {
    const date = runBinary(["offices", "--role", "foreign-minister", "--at", "2020-13-45"]);
    expect(date.code).toBe(2);
    expect(date.err).toContain("2020-13-45");
    expect(runBinary(["timeline", "KR", "--to", "2020-02-30"]).code).toBe(2);
    expect(runBinary(["search", "kang", "--bogus"]).code).toBe(2);
    expect(runBinary(["bogus"]).code).toBe(2);
  });

  it("prints a source's text", () => {
    const { code, out } = runBinary(["sources", "ffo-2020-08-10-strategic-dialogue"]);
    expect(code).toBe(0);
    expect(out).toContain("Kang");
  });

  it("exports the shipped files byte for byte, to stdout or atomically to a file", () => {
    expect(runBinary(["export", "--format", "json"]).out).toBe(
      readFileSync(join(CORE_DATA, "dataset.json"), "utf8"),
    );
    expect(runBinary(["export", "--format", "ndjson", "--kind", "events"]).out).toBe(
      readFileSync(join(CORE_DATA, "event.ndjson"), "utf8"),
    );
    const dir = mkdtempSync(join(tmpdir(), "kr-e2e-export-"));
    try {
      const path = join(dir, "events.csv");
      expect(runBinary(["export", "--format", "csv", "--kind", "events", "--out", path]).code).toBe(
        0,
      );
      expect(readFileSync(path, "utf8")).toBe(readFileSync(join(CORE_DATA, "event.csv"), "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
