import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RECORD_TYPES } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { ANY_ESCAPE as ANSI } from "../test/ansi.js";
import { CORE_DATA, testIo } from "../test/testIo.js";
import { COMMANDS } from "./commands/commands.js";
import { run } from "./run.js";

async function cli(args: string[], options: Parameters<typeof testIo>[0] = {}) {
  const io = testIo(options);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err(), io };
}

const json = (text: string) => JSON.parse(text) as unknown;

describe("run: the binary", () => {
  it("prints help and the version", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.out).toContain(command.name);
    expect(help.out).toContain("Exit codes: 0 success, 1 not found");
    expect((await cli(["-h"])).out).toBe(help.out);
    expect(await cli(["--version"])).toMatchObject({ code: 0, out: `${packageJson.version}\n` });
    expect((await cli(["-V"])).out).toBe(`${packageJson.version}\n`);
  });

  it("prints each command's help with usage, options and examples", async () => {
    for (const command of COMMANDS) {
      const { code, out } = await cli([command.name, "--help"]);
      expect(code).toBe(0);
      expect(out).toContain(`korea-relations ${command.usage}`);
      expect(out).toContain("--json");
      expect(out).toContain("Examples:");
    }
  });

  it("prints help and exits 2 without a terminal and without a command", async () => {
    const { code, out, err, io } = await cli([]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("Usage:");
    expect(io.startTui).not.toHaveBeenCalled();
  });

  it("opens the UI in a terminal, with the language and colour asked for", async () => {
    const plain = await cli([], { isTTY: true });
    expect(plain.io.startTui).toHaveBeenCalledWith({ lang: "en", color: true });
    const de = await cli(["--lang", "de"], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(de.io.startTui).toHaveBeenCalledWith({ lang: "de", color: false });
    const noColor = await cli(["--no-color"], { isTTY: true });
    expect(noColor.io.startTui).toHaveBeenCalledWith({ lang: "en", color: false });
    expect((await cli(["--lang", "fr"], { isTTY: true })).code).toBe(2);
  });

  it("exits 2 on an unknown command, with a suggestion, and on unknown flags", async () => {
    const unknown = await cli(["serch", "Kang"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "serch": did you mean "search"?');
    const flag = await cli(["search", "Kang", "--frobnicate"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("--frobnicate");
    expect(flag.err).toContain("Run 'korea-relations search --help'");
    expect((await cli(["--frobnicate"])).code).toBe(2);
    expect((await cli(["partners", "--lang"])).code).toBe(2);
  });

  it("accepts options before the command", async () => {
    const { code, out } = await cli(["--lang", "de", "search", "South Korea"]);
    expect(code).toBe(0);
    expect(out).toContain("Südkorea");
  });
});

describe("run: search", () => {
  it("lists hits as a table, South Korea first for Südkorea", async () => {
    const { code, out } = await cli(["search", "Südkorea"]);
    expect(code).toBe(0);
    const [header, first] = out.split("\n");
    expect(header).toMatch(/^TYPE +LABEL +ID +CONTEXT$/);
    expect(first).toMatch(/^country +South Korea +KR +KOR/);
  });

  it("prints one JSON document with --json", async () => {
    const { code, out } = await cli(["search", "Kang", "Kyung-wha", "--json"]);
    expect(code).toBe(0);
    const hits = json(out) as { id: string; type: string; score: number }[];
    expect(hits[0]).toMatchObject({ id: "kang-kyung-wha", type: "person", score: 1 });
  });

  it("filters by type and limits", async () => {
    const { out } = await cli(["search", "Korea", "--type", "country", "--limit", "1", "--json"]);
    const hits = json(out) as { type: string }[];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.type).toBe("country");
  });

  it("exits 1 when nothing matches, 2 on bad input", async () => {
    const none = await cli(["search", "zzzzqqq"]);
    expect(none).toMatchObject({ code: 1, out: "" });
    expect(none.err).toContain('No results for "zzzzqqq"');
    expect((await cli(["search", "zzzzqqq", "--json"])).out).toBe("[]\n");
    expect((await cli(["search"])).code).toBe(2);
    expect((await cli(["search", "x", "--type", "spaceship"])).err).toContain(
      'unknown record type "spaceship"',
    );
    expect((await cli(["search", "x", "--limit", "0"])).code).toBe(2);
    expect((await cli(["search", "x", "--lang", "fr"])).code).toBe(2);
  });

  it("survives control characters and huge queries", async () => {
    expect((await cli(["search", "\u0000\u001b[2J"])).code).toBe(1);
    expect((await cli(["search", "Südkorea ".repeat(2000)])).code).toBeLessThan(2);
  });
});

describe("run: show", () => {
  it("shows a person with offices as officesOf returns them", async () => {
    const { code, out, io } = await cli(["show", "Kyung-wha", "Kang"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Kang Kyung-wha {2}\(person\) kang-kyung-wha/);
    const offices = io.relations().officesOf("kang-kyung-wha");
    const positions = offices.map((o) => out.indexOf(`→ ${o.id}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("ends with the evidence, and prints record and evidence with --json", async () => {
    const text = await cli(["show", "2020-dialogue"]);
    expect(text.out).toContain("Evidence\n  “met for the second time”");
    expect(text.out).toContain("— Alpha report · 2020-08-10 (stated) · en · src-a");
    const { out } = await cli(["show", "2020-dialogue", "--json"]);
    const doc = json(out) as {
      record: { id: string };
      evidence: { quote: string; publisher: unknown }[];
    };
    expect(doc.record.id).toBe("2020-dialogue");
    expect(doc.evidence[0]?.quote).toBe("met for the second time");
  });

  it("exits 1 with did-you-mean suggestions on stderr for an unknown name", async () => {
    const { code, out, err } = await cli(["show", "Kang Kyung-hwa"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/Unknown record "Kang Kyung-hwa": did you mean "Kang Kyung-wha"/);
  });
});

describe("run: timeline, partners", () => {
  it("lists a country's events in date order", async () => {
    const { code, out, io } = await cli(["timeline", "Südkorea"]);
    expect(code).toBe(0);
    const ids = io
      .relations()
      .timeline("KR")
      .map((e) => e.event.id);
    const positions = ids.map((id) => out.indexOf(id));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("lists a pair's events, filters, and prints JSON", async () => {
    const { out } = await cli(["timeline", "KR", "Japan", "--json"]);
    expect((json(out) as { id: string }[]).map((e) => e.id)).toEqual(["2025-summit"]);
    const kinds = await cli(["timeline", "KR", "--kind", "summit", "--from", "2025", "--json"]);
    expect((json(kinds.out) as { id: string }[]).map((e) => e.id)).toEqual(["2025-summit"]);
    const topic = await cli(["timeline", "KR", "--topic", "Corona", "--json"]);
    expect((json(topic.out) as { id: string }[]).map((e) => e.id)).toEqual([
      "2020-press",
      "2020-dialogue",
    ]);
  });

  it("rejects impossible dates, unknown kinds and countries", async () => {
    const date = await cli(["timeline", "KR", "--from", "2020-13-45"]);
    expect(date.code).toBe(2);
    expect(date.err).toContain("2020-13-45");
    expect((await cli(["timeline", "KR", "--kind", "party"])).code).toBe(2);
    const country = await cli(["timeline", "Atlantis"]);
    expect(country.code).toBe(1);
    expect(country.err).toContain('Unknown country "Atlantis"');
    expect((await cli(["timeline"])).code).toBe(2);
    expect((await cli(["timeline", "KR", "JP", "DE"])).code).toBe(2);
  });

  it("charts partners, most shared events first", async () => {
    const { code, out, io } = await cli(["partners", "KR"]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^CODE +COUNTRY +EVENTS +FIRST +LAST/);
    expect(lines[1]).toMatch(new RegExp(`^${io.relations().partners("KR")[0]?.country} `));
    expect(lines[1]).toMatch(/█+$/);
    const data = json((await cli(["partners", "KR", "--json"])).out) as {
      country: string;
      name: string;
    }[];
    expect(data.map((p) => p.country)).toEqual(
      io
        .relations()
        .partners("KR")
        .map((p) => p.country),
    );
    expect(data[0]?.name).toBe("Germany");
    expect((await cli(["partners"])).code).toBe(2);
    expect((await cli(["partners", "Atlantis"])).code).toBe(1);
  });
});

describe("run: offices, quotes, agreements, sources", () => {
  it("lists who held an office at a date", async () => {
    const { code, out } = await cli([
      "offices",
      "--role",
      "foreign-minister",
      "--country",
      "KR",
      "--at",
      "2020-08-10",
    ]);
    expect(code).toBe(0);
    expect(out.split("\n")[1]).toMatch(
      /^2017-06-18 +Kang Kyung-wha +Foreign Minister of South Korea/,
    );
    const person = json((await cli(["offices", "--person", "Heiko Maas", "--json"])).out) as {
      id: string;
    }[];
    expect(person.map((o) => o.id)).toEqual(["maas-fm-2020"]);
  });

  it("rejects a missing or unknown role and impossible dates", async () => {
    expect((await cli(["offices"])).code).toBe(2);
    expect((await cli(["offices", "--role", "king"])).err).toContain('unknown role "king"');
    const date = await cli(["offices", "--role", "foreign-minister", "--at", "2020-13-45"]);
    expect(date.code).toBe(2);
    expect(date.err).toContain("2020-13-45");
    expect((await cli(["offices", "--role", "foreign-minister", "--person", "x"])).code).toBe(2);
  });

  it("lists quotes verbatim, by language and speaker", async () => {
    const de = json((await cli(["quotes", "--lang", "de", "--json"])).out) as { id: string }[];
    expect(de.map((q) => q.id)).toEqual(["ishiba-neighbours"]);
    const { out } = await cli(["quotes", "--speaker", "Shigeru Ishiba"]);
    expect(out).toContain("“Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns.”");
    expect((await cli(["quotes", "--speaker", "Nobody Atall"])).code).toBe(1);
    expect((await cli(["quotes", "--lang", "xx"])).code).toBe(2);
  });

  it("lists agreements where every party is one", async () => {
    const list = json(
      (await cli(["agreements", "--party", "KR", "--party", "JP", "--json"])).out,
    ) as { id: string }[];
    expect(list.map((a) => a.id)).toEqual(["2025-declaration"]);
    expect((await cli(["agreements"])).out).toContain("Arms deal");
    expect((await cli(["agreements", "--kind", "bogus"])).code).toBe(2);
  });

  it("lists sources and prints one's text", async () => {
    const { out } = await cli(["sources"]);
    expect(out).toMatch(/^ID +DATE +LANG +PUBLISHER +TITLE/);
    expect(out).toContain("src-a");
    const text = await cli(["sources", "src-a"]);
    expect(text.out).toContain("Report src-a");
    expect((await cli(["sources", "nope"])).code).toBe(1);
    expect((json((await cli(["sources", "--json"])).out) as unknown[]).length).toBe(2);
  });
});

describe("run: export", () => {
  const core = (name: string) => readFileSync(join(CORE_DATA, name), "utf8");

  it("exports the shipped dataset, CSV and NDJSON tables", async () => {
    expect((await cli(["export", "--format", "json"])).out).toBe(core("dataset.json"));
    expect((await cli(["export", "--format", "csv", "--kind", "events"])).out).toBe(
      core("event.csv"),
    );
    expect((await cli(["export", "--format", "ndjson", "--kind", "people"])).out).toBe(
      core("person.ndjson"),
    );
    const all = (await cli(["export", "--format", "ndjson"])).out.trimEnd().split("\n");
    expect(all.length).toBe((json(core("dataset.json")) as unknown[]).length);
    for (const line of all.slice(0, 20))
      expect(RECORD_TYPES).toContain((json(line) as { type: string }).type);
    const events = json((await cli(["export", "--format", "json", "--kind", "event"])).out) as {
      type: string;
    }[];
    expect(events.every((e) => e.type === "event")).toBe(true);
  });

  it("writes --out atomically", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kr-export-"));
    try {
      const path = join(dir, "quotes.csv");
      const { code, out, err } = await cli([
        "export",
        "--format",
        "csv",
        "--kind",
        "quotes",
        "--out",
        path,
      ]);
      expect(code).toBe(0);
      expect(out).toBe("");
      expect(err).toContain(`Wrote ${path}`);
      expect(readFileSync(path, "utf8")).toBe(core("quote.csv"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects missing or unknown formats and kinds", async () => {
    expect((await cli(["export"])).code).toBe(2);
    expect((await cli(["export", "--format", "xml"])).code).toBe(2);
    expect((await cli(["export", "--format", "csv"])).err).toContain("csv needs --kind");
    expect((await cli(["export", "--format", "csv", "--kind", "spaceships"])).code).toBe(2);
  });
});

describe("run: terminals and pipes", () => {
  it("uses no ANSI in a pipe and colours a terminal unless NO_COLOR", async () => {
    expect((await cli(["search", "Korea"])).out).not.toMatch(ANSI);
    expect((await cli(["search", "Korea"], { isTTY: true, columns: 100 })).out).toMatch(ANSI);
    expect(
      (await cli(["search", "Korea"], { isTTY: true, columns: 100, env: { NO_COLOR: "1" } })).out,
    ).not.toMatch(ANSI);
    expect(
      (await cli(["search", "Korea", "--no-color"], { isTTY: true, columns: 100 })).out,
    ).not.toMatch(ANSI);
  });

  it("cuts tables to a terminal's width, and nothing in a pipe", async () => {
    const tty = await cli(["quotes"], { isTTY: true, columns: 50, env: { NO_COLOR: "1" } });
    for (const line of tty.out.trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(50);
    const pipe = await cli(["quotes"]);
    expect(pipe.out).toContain("“Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns.”");
  });
});
