import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtin } from "@korea-relations/core";
import {
  barometerCsv,
  briefHtml,
  briefJson,
  briefMarkdown,
  barometer as coreBarometer,
  brief as coreBrief,
} from "@korea-relations/core/brief";
import { describe, expect, it } from "vitest";
import { hostileRelations } from "../../test/hostileData.js";
import { unsafeCharacters } from "../../test/terminalSafety.js";
import { testIo } from "../../test/testIo.js";
import { run } from "../run.js";

async function cli(args: string[], options: Parameters<typeof testIo>[0] = {}) {
  const io = testIo({ relations: builtin(), ...options });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe("brief", () => {
  it("prints core's brief of a pair as Markdown, HTML or JSON, in either language", async () => {
    const r = builtin();
    const md = await cli(["brief", "KR", "JP"]);
    expect(md).toMatchObject({ code: 0, err: "" });
    expect(md.out).toBe(briefMarkdown(coreBrief(r, "KR", "JP")));
    const de = await cli([
      "brief",
      "Südkorea",
      "Japan",
      "--lang",
      "de",
      "--from",
      "2020",
      "--format",
      "html",
    ]);
    expect(de.out).toBe(briefHtml(coreBrief(r, "KR", "JP", { lang: "de", from: "2020" })));
    expect(de.out).toMatch(/^<!doctype html>/i);
    const json = await cli(["brief", "DE", "KR", "--json"]);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(briefJson(coreBrief(r, "DE", "KR"))));
    expect(json.out).toContain("intelligence");
  });

  it("writes --out atomically and says what it wrote; - is stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "brief-"));
    try {
      const file = join(dir, "kr.html");
      const written = await cli(["brief", "KR", "--format", "html", "--out", file]);
      expect(written.code).toBe(0);
      expect(written.out).toBe("");
      expect(written.err).toMatch(/^Wrote ".*kr\.html": a brief of \d+ events, \d+ footnotes\.\n$/);
      expect(readFileSync(file, "utf8")).toBe(briefHtml(coreBrief(builtin(), "KR")));
      expect(readdirSync(dir)).toEqual(["kr.html"]);
      const missing = await cli(["brief", "KR", "--out", join(dir, "no", "x.md")]);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/cannot write ".*x\.md": its folder does not exist\n$/);
      expect(missing.err.split("\n")).toHaveLength(2);
      expect((await cli(["brief", "KR", "--out", "-"])).out).toContain("# South Korea");
      expect(existsSync("-")).toBe(false);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it("rejects what it cannot brief, one line each, exit 2", async () => {
    for (const [args, message] of [
      [["brief"], "give one country or two"],
      [["brief", "KR", "JP", "DE"], "give one country or two"],
      [["brief", "KR", "KR"], "two different countries"],
      [["brief", "KR", "--format", "pdf"], 'unknown --format "pdf"'],
      [["brief", "KR", "--from", "2020-13"], 'invalid --from "2020-13"'],
    ] as const) {
      const { code, out, err } = await cli([...args]);
      expect(code, args.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err).toContain(message);
      expect(err).not.toMatch(/\n {4}at /);
    }
  });

  it("exits 1 for an unknown country, naming the nearest", async () => {
    const { code, err } = await cli(["brief", "Japn"]);
    expect(code).toBe(1);
    expect(err).toBe(
      'korea-relations: Unknown country "Japn": did you mean "Japan", "Canada", "Jamaica", "Panama", "Pitcairn Islands"?\n',
    );
  });

  it("exits 1 for a window with no events", async () => {
    const { code, out } = await cli(["brief", "KR", "JP", "--from", "1900", "--to", "1901"]);
    expect(code).toBe(1);
    expect(out).toContain("South Korea – Japan");
  });

  it("writes nothing a terminal would act on, from any data", async () => {
    const relations = hostileRelations();
    const country = relations.dataset.countries[0]?.id as string;
    for (const format of ["md", "html", "json"]) {
      const { out } = await cli(["brief", country, "--format", format], { relations, isTTY: true });
      expect(out.length).toBeGreaterThan(0);
      expect(unsafeCharacters(out), format).toEqual([]);
    }
  });
});

describe("barometer", () => {
  it("draws core's barometer per year as diverging bars, with its formula and caveat", async () => {
    const b = coreBarometer(builtin(), "KR", "JP");
    const { code, out } = await cli(["barometer", "KR", "JP"]);
    expect(code).toBe(0);
    const rows = out.split("\n").filter((line) => /^\d{4} /.test(line));
    expect(rows.map((line) => line.split(/\s+/).slice(0, 4))).toEqual(
      b.periods.map((p) => [
        p.period,
        String(p.party.cooperation),
        String(p.party.conflict),
        p.party.net > 0 ? `+${p.party.net}` : String(p.party.net),
      ]),
    );
    // The axis sits in one column on every row: conflict to its left, cooperation to its right.
    const axis = new Set(rows.map((line) => line.indexOf("│")));
    expect(axis.size).toBe(1);
    const y2025 = rows.find((line) => line.startsWith("2025")) ?? "";
    const [left = "", right = ""] = y2025.split("│");
    const p2025 = b.periods.find((p) => p.period === "2025");
    expect(p2025?.party.conflict).toBeGreaterThan(0);
    expect(p2025?.party.cooperation).toBeGreaterThan(p2025?.party.conflict ?? 0);
    expect(right.replace(/[^█]/g, "").length).toBeGreaterThan(left.replace(/[^█]/g, "").length);
    expect(out).toContain(b.formula.slice(0, 30));
    expect(out).toContain("It shows what these articles report");
  });

  it("gives CSV, Markdown and JSON, by month and within a window", async () => {
    const r = builtin();
    const csv = await cli([
      "barometer",
      "KR",
      "JP",
      "--format",
      "csv",
      "--by",
      "month",
      "--from",
      "2019",
    ]);
    expect(csv.out).toBe(barometerCsv(coreBarometer(r, "KR", "JP", { by: "month", from: "2019" })));
    const json = await cli(["barometer", "KR", "--json", "--to", "2020"]);
    expect(JSON.parse(json.out)).toEqual(
      JSON.parse(briefJson(coreBarometer(r, "KR", { to: "2020" }))),
    );
    expect((await cli(["barometer", "KR", "--format", "md"])).out).toMatch(/\|/);
    const wrong = await cli(["barometer", "KR", "--by", "yaer"]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('unknown --by "yaer"; did you mean "year"?');
  });
});
