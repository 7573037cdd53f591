import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtin, RECORD_TYPES } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { ANY_ESCAPE as ANSI } from "../test/ansi.js";
import { fixtureRelations, RECORDS } from "../test/testData.js";
import { CORE_DATA, testIo } from "../test/testIo.js";
import { COMMANDS } from "./commands/commands.js";
import { RECORD_PLURALS } from "./commands/options.js";
import { DataFileError } from "./DataFileError.js";
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
    expect(help.out).toContain("Exit codes (like grep and rg):");
    expect(help.out).toMatch(/^ {2}1 {2}found nothing/m);
    expect((await cli(["-h"])).out).toBe(help.out);
    expect(await cli(["--version"])).toMatchObject({ code: 0, out: `${packageJson.version}\n` });
    expect((await cli(["-V"])).out).toBe(`${packageJson.version}\n`);
  });

  it("prints each command's help, the same with help <command> and <command> --help", async () => {
    for (const command of COMMANDS) {
      const { code, out } = await cli([command.name, "--help"]);
      expect(code).toBe(0);
      expect(out).toContain(`korea-relations ${command.usage}`);
      for (const name of Object.keys(command.options)) expect(out).toContain(`--${name}`);
      expect(out).toContain("--color auto|always|never");
      expect(out).toContain("Examples:");
      expect(out).toContain("Exit codes: 0 found something, 1 found nothing, 2");
      expect(await cli(["help", command.name])).toMatchObject({ code: 0, out });
      expect((await cli([command.name, "-h"])).out).toBe(out);
    }
    expect((await cli(["help"])).out).toBe((await cli(["--help"])).out);
    const unknown = await cli(["help", "timelin"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "timelin"; did you mean "timeline"?');
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

  it("opens the UI with a query: -q <text>, or words that are no command", async () => {
    for (const args of [["Kang"], ["-q", "Kang"], ["--query", "Kang"], ["--query=Kang"]]) {
      const { io } = await cli(args, { isTTY: true });
      expect(io.startTui, args.join(" ")).toHaveBeenCalledWith({
        lang: "en",
        color: true,
        query: "Kang",
      });
    }
    const words = await cli(["Kyung-wha", "Kang", "--lang", "de"], { isTTY: true });
    expect(words.io.startTui).toHaveBeenCalledWith({
      lang: "de",
      color: true,
      query: "Kyung-wha Kang",
    });
    // A typo of a command is still one; words without a terminal are an unknown command.
    const typo = await cli(["serch"], { isTTY: true });
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('did you mean "search"?');
    expect(typo.io.startTui).not.toHaveBeenCalled();
    const pipe = await cli(["Kang"]);
    expect(pipe.code).toBe(2);
    expect(pipe.err).toContain('unknown command "Kang"');
  });

  it("gives the UI a dataset of --data to read, and checks it before a command runs", async () => {
    const { io } = await cli(["--data", "/nonexistent/kr.json"], { isTTY: true });
    const start = io.startTui.mock.calls[0]?.[0];
    expect(start).toMatchObject({ lang: "en", data: { name: "/nonexistent/kr.json" } });
    expect(() => start.data.read()).toThrow(DataFileError);
    const command = await cli(["search", "Kang", "--data", "/nonexistent/kr.json"]);
    expect(command).toMatchObject({
      code: 2,
      out: "",
      err: `korea-relations: cannot read "/nonexistent/kr.json": no such file\n`,
    });
    expect((await cli(["search", "Kang", "--data="])).code).toBe(2);
  });

  it("exits 2 on an unknown command or option, naming the nearest valid one", async () => {
    const unknown = await cli(["serch", "Kang"]);
    expect(unknown).toMatchObject({ code: 2, out: "" });
    expect(unknown.err).toBe(
      `korea-relations: unknown command "serch"; did you mean "search"? (see 'korea-relations --help')\n`,
    );
    const flag = await cli(["search", "Kang", "--tpye", "event"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toBe(
      `korea-relations: unknown option "--tpye"; did you mean "--type"? (see 'korea-relations help search')\n`,
    );
    expect((await cli(["timeline", "KR", "--form", "2020"])).err).toContain(
      'did you mean "--from"?',
    );
    expect((await cli(["search", "Kang", "--frobnicate"])).err).toContain(
      'unknown option "--frobnicate" (see',
    );
    expect((await cli(["search", "Kang", "-x"])).err).toContain('unknown option "-x"');
    expect((await cli(["--frobnicate"])).code).toBe(2);
    const missing = await cli(["partners", "KR", "--lang"]);
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toContain("--lang needs a value (en|de)");
    expect((await cli(["search", "Kang", "--lang", "--json"])).err).toContain(
      "--lang needs a value",
    );
    expect((await cli(["search", "Kang", "--json=yes"])).err).toContain(
      '--json takes no value (got "yes")',
    );
  });

  it("says --limit -3 is not a count, in its own words", async () => {
    const { code, err } = await cli(["search", "Kang", "--limit", "-3"]);
    expect(code).toBe(2);
    expect(err).toBe(
      `korea-relations: --limit must be a whole number above 0, not "-3" (see 'korea-relations help search')\n`,
    );
    expect((await cli(["search", "Kang", "--limit=-3"])).err).toContain('not "-3"');
  });

  it("suggests the nearest value of a closed list", async () => {
    expect((await cli(["timeline", "KR", "--kind", "sumit"])).err).toContain(
      'unknown --kind "sumit"; did you mean "summit"?',
    );
    expect((await cli(["offices", "--role", "foreign-ministr"])).err).toContain(
      'did you mean "foreign-minister"?',
    );
    expect((await cli(["search", "x", "--type", "evnets"])).err).toContain(
      'unknown record type "evnets"; did you mean "events"?',
    );
  });

  it("writes every error as one line, and a stack trace only with --debug", async () => {
    const broken = testIo();
    const failing = {
      ...broken,
      relations: () => {
        throw new Error("the index is broken");
      },
    };
    expect(await run(["search", "Kang"], failing)).toBe(2);
    expect(broken.err()).toBe(
      "korea-relations: internal error: Error: the index is broken (run again with --debug for its stack trace)\n",
    );
    const debug = testIo();
    await run(["search", "Kang", "--debug"], {
      ...debug,
      relations: () => {
        throw new Error("the index is broken");
      },
    });
    expect(debug.err()).toMatch(
      /^korea-relations: internal error: Error: the index is broken\nError: the index is broken\n {4}at /,
    );
  });

  it("accepts options before the command", async () => {
    const { code, out } = await cli(["--lang", "de", "search", "South Korea"]);
    expect(code).toBe(0);
    expect(out).toContain("Südkorea");
  });
});

describe("run: search", () => {
  it("words the context of hits in the label language, dates and roles too", async () => {
    const de = await cli(["search", "Kang", "--lang", "de"]);
    expect(de.code).toBe(0);
    const line = (out: string, id: string) => out.split("\n").find((l) => l.includes(` ${id} `));
    expect(line(de.out, "kang-fm-2020")).toMatch(/ Außenminister · 18\. Juni 2017$/);
    expect(line(de.out, "2020-dialogue")).toMatch(/ 10\. Aug\. 2020 · /);
    const en = await cli(["search", "Kang"]);
    expect(line(en.out, "kang-fm-2020")).toMatch(/ foreign minister · 18 Jun 2017$/);
    expect(line(en.out, "2020-dialogue")).toMatch(/ 10 Aug 2020 · /);
  });

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

  it("shows each office in the label language only, the sources' own wording as its evidence", async () => {
    const relations = builtin();
    const offices = relations.dataset.records.filter((record) => record.type === "office");
    const problems: string[] = [];
    for (const office of offices) {
      for (const lang of ["en", "de"] as const) {
        const io = testIo({ relations });
        await run(["show", office.id, "--lang", lang], io);
        const facts = io.out().split("\n\nFacts\n")[1]?.split("\n\n")[0] ?? "";
        const row = facts.split("\n").find((line) => line.startsWith("  office "));
        if (row?.replace(/^ {2}office +/, "") !== office.label[lang]) {
          problems.push(`${lang} ${office.id}: ${row}`);
        }
        for (const wording of office.titles) {
          const line = facts
            .split("\n")
            .find((l) => l.startsWith("  titles ") && l.includes(wording));
          if (!office.label[lang].includes(wording) && line)
            problems.push(`${lang} ${office.id}: ${line}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("ends with the evidence, and prints record and evidence with --json", async () => {
    const text = await cli(["show", "2020-dialogue"]);
    expect(text.out).toContain("Evidence\n  “met for the second time”");
    expect(text.out).toContain("— Alpha report · 10 Aug 2020 (stated) · en · src-a");
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
      /^18 Jun 2017 +Kang Kyung-wha +Foreign Minister of South Korea/,
    );
    const person = json((await cli(["offices", "--person", "Heiko Maas", "--json"])).out) as {
      id: string;
    }[];
    expect(person.map((o) => o.id)).toEqual(["maas-fm-2020"]);
  });

  it("rejects a missing or unknown role and impossible dates", async () => {
    expect((await cli(["offices"])).code).toBe(2);
    expect((await cli(["offices", "--role", "king"])).err).toContain('unknown --role "king"');
    const date = await cli(["offices", "--role", "foreign-minister", "--at", "2020-13-45"]);
    expect(date.code).toBe(2);
    expect(date.err).toBe(
      `korea-relations: invalid --at "2020-13-45": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD (see 'korea-relations help offices')\n`,
    );
    expect((await cli(["agreements", "--from", "2020-02-30"])).err).toContain(
      'invalid --from "2020-02-30"',
    );
    expect((await cli(["offices", "--role", "foreign-minister", "--person", "x"])).code).toBe(2);
  });

  it("lists quotes verbatim, by the quote's language (--quote-lang) and speaker", async () => {
    const de = json((await cli(["quotes", "--quote-lang", "de", "--json"])).out) as {
      id: string;
    }[];
    expect(de.map((q) => q.id)).toEqual(["ishiba-neighbours"]);
    const { out } = await cli(["quotes", "--speaker", "Shigeru Ishiba"]);
    expect(out).toContain("“Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns.”");
    expect((await cli(["quotes", "--speaker", "Nobody Atall"])).code).toBe(1);
    expect((await cli(["quotes", "--quote-lang", "xx"])).code).toBe(2);
  });

  it("takes --lang as the labels' language in quotes too, pointing to --quote-lang", async () => {
    const ids = (out: string) => (json(out) as { id: string }[]).map((q) => q.id);
    // --lang filters nothing: every quote, whatever language it is printed in.
    expect(ids((await cli(["quotes", "--lang", "de", "--json"])).out)).toEqual(
      ids((await cli(["quotes", "--json"])).out),
    );
    expect((await cli(["quotes", "--lang", "de"])).out).toContain("“Da wir Nachbarn sind");
    expect((await cli(["quotes", "--help"])).out).toMatch(/--lang en\|de +language of labels/);
    const ja = await cli(["quotes", "--lang", "ja"]);
    expect(ja.code).toBe(2);
    expect(ja.err).toContain("for the language a quote is printed in, use --quote-lang");
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
    expect((await cli(["export", "--format", "csv", "--type", "events"])).out).toBe(
      core("event.csv"),
    );
    expect((await cli(["export", "--format", "ndjson", "--type", "people"])).out).toBe(
      core("person.ndjson"),
    );
    const all = (await cli(["export", "--format", "ndjson"])).out.trimEnd().split("\n");
    expect(all.length).toBe((json(core("dataset.json")) as unknown[]).length);
    // Every record table's rows, one after another: each row's first key is its table's `<type>_id`.
    const firstKeys = new Set(all.map((line) => Object.keys(json(line) as object)[0]));
    expect([...firstKeys].sort()).toEqual(RECORD_TYPES.map((type) => `${type}_id`).sort());
    const events = json((await cli(["export", "--format", "json", "--type", "event"])).out) as {
      type: string;
    }[];
    expect(events.every((e) => e.type === "event")).toBe(true);
  });

  it("writes --out atomically, and - means stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kr-export-"));
    try {
      const path = join(dir, "quotes.csv");
      const args = ["export", "--format", "csv", "--type", "quotes"];
      const { code, out, err } = await cli([...args, "--out", path]);
      expect(code).toBe(0);
      expect(out).toBe("");
      const count = (json(core("dataset.json")) as { type: string }[]).filter(
        (r) => r.type === "quote",
      ).length;
      expect(err).toBe(`Wrote ${JSON.stringify(path)}: ${count} records.\n`);
      expect(readFileSync(path, "utf8")).toBe(core("quote.csv"));
      expect(readdirSync(dir)).toEqual(["quotes.csv"]);
      expect(existsSync("-")).toBe(false);
      const dash = await cli([...args, "--out", "-"]);
      const created = existsSync("-");
      if (created) rmSync("-");
      expect(created).toBe(false);
      expect(dash).toMatchObject({ code: 0, out: core("quote.csv"), err: "" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says in one line why a file cannot be written, without a stack or the temporary name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kr-export-"));
    try {
      const missing = join(dir, "missing", "x.csv");
      const args = ["export", "--format", "csv", "--type", "events", "--out"];
      const result = await cli([...args, missing]);
      expect(result).toMatchObject({ code: 2, out: "" });
      expect(result.err).toBe(
        `korea-relations: cannot write ${JSON.stringify(missing)}: its folder does not exist\n`,
      );
      expect((await cli([...args, dir])).err).toContain(": it is a folder");
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects missing or unknown formats and types; --kind is now --type", async () => {
    expect((await cli(["export"])).code).toBe(2);
    expect((await cli(["export", "--format", "xml"])).code).toBe(2);
    expect((await cli(["export", "--format", "csv"])).err).toContain("csv needs --type");
    expect((await cli(["export", "--format", "csv", "--type", "spaceships"])).code).toBe(2);
    const kind = await cli(["export", "--format", "csv", "--kind", "events"]);
    expect(kind.code).toBe(2);
    expect(kind.err).toContain('unknown option "--kind"; did you mean "--type"?');
  });
});

describe("run: one rule", () => {
  it("takes record types singular or plural, in search and export alike", async () => {
    const ids = async (args: string[]) =>
      (json((await cli(args)).out) as { id: string }[]).map((r) => r.id);
    for (const [type, plural] of Object.entries(RECORD_PLURALS)) {
      const search = ["search", "a", "--limit", "100", "--json", "--type"];
      expect(await ids([...search, plural]), plural).toEqual(await ids([...search, type]));
      expect((await cli(["export", "--format", "csv", "--type", plural])).out).toBe(
        (await cli(["export", "--format", "csv", "--type", type])).out,
      );
    }
    const people = await cli(["search", "Kang", "--type", "people", "--json"]);
    expect(people.code).toBe(0);
    expect((json(people.out) as { type: string }[]).every((h) => h.type === "person")).toBe(true);
  });

  it("exits 0 when something is found, 1 when nothing is, in every listing command", async () => {
    const none: string[][] = [
      ["search", "zzzzqqq"],
      ["timeline", "KR", "--from", "2099"],
      ["offices", "--role", "intelligence-chief"],
      ["quotes", "--quote-lang", "ko"],
      ["agreements", "--from", "2099"],
      ["partners", "KP"],
    ];
    const found: string[][] = [
      ["search", "Korea"],
      ["timeline", "KR"],
      ["offices", "--role", "foreign-minister"],
      ["quotes"],
      ["agreements"],
      ["partners", "KR"],
      ["sources"],
      ["show", "KR"],
    ];
    for (const args of none) {
      const table = await cli(args);
      expect(table.code, args.join(" ")).toBe(1);
      expect(table.out, args.join(" ")).toBe("");
      expect(table.err, args.join(" ")).toMatch(/^No .*\.\n$|shares no events\.\n$/);
      const list = await cli([...args, "--json"]);
      expect(list, args.join(" ")).toMatchObject({ code: 1, out: "[]\n", err: "" });
    }
    for (const args of found) {
      expect((await cli(args)).code, args.join(" ")).toBe(0);
      expect((await cli([...args, "--json"])).code, args.join(" ")).toBe(0);
    }
    // Unknown names are "nothing found" too; usage errors are 2.
    expect((await cli(["show", "Atlantis"])).code).toBe(1);
    expect((await cli(["timeline", "Atlantis"])).code).toBe(1);
    expect((await cli(["timeline"])).code).toBe(2);
  });
});

describe("run: show --json and names", () => {
  it("carries the records the view links in its JSON: exactly core's relatedRecords", async () => {
    const relations = fixtureRelations();
    for (const record of RECORDS) {
      const table = await cli(["show", record.id], { relations });
      const linked = new Set([...table.out.matchAll(/→ (?:sources )?(\S+)$/gm)].map((m) => m[1]));
      const doc = json((await cli(["show", record.id, "--json"], { relations })).out) as {
        record: unknown;
        related: Record<string, { id: string; person?: string }[]>;
        partners?: { country: string }[];
      };
      const related = relations.relatedRecords(record.id).links as Record<
        string,
        readonly { id: string }[]
      >;
      // The same ids under the same relations as core (in the order the view shows them).
      expect(Object.keys(doc.related).sort(), record.id).toEqual(Object.keys(related).sort());
      for (const [relation, list] of Object.entries(doc.related))
        expect(list.map((r) => r.id).sort(), `${record.id} ${relation}`).toEqual(
          related[relation]?.map((r) => r.id).sort(),
        );
      const inJson = new Set<string>([
        ...Object.values(doc.related).flatMap((list) =>
          list.flatMap((r) => (r.person ? [r.id, r.person] : [r.id])),
        ),
        ...(doc.partners ?? []).map((p) => p.country),
        ...(JSON.stringify(doc.record).match(/"[^"]*"/g) ?? []).map((s) => JSON.parse(s) as string),
      ]);
      for (const id of linked) expect(inJson.has(id as string), `${record.id} → ${id}`).toBe(true);
    }
  });

  it("passes a name or title to core exactly as given", async () => {
    const relations = fixtureRelations();
    const asked: string[] = [];
    // The relations are frozen: a spy is a copy with its own resolve.
    const spy: typeof relations = {
      ...relations,
      resolve: (ref: string) => {
        asked.push(ref);
        return relations.resolve(ref);
      },
    };
    const title = "  Second  Germany–South Korea strategic dialogue ";
    await cli(["show", title], { relations: spy });
    expect(asked[0]).toBe(title);
  });
});

describe("run: terminals and pipes", () => {
  it("uses no ANSI in a pipe and colours a terminal unless NO_COLOR or --color never", async () => {
    const tty = { isTTY: true, columns: 100 };
    expect((await cli(["search", "Korea"])).out).not.toMatch(ANSI);
    expect((await cli(["search", "Korea"], tty)).out).toMatch(ANSI);
    expect((await cli(["search", "Korea"], { ...tty, env: { NO_COLOR: "1" } })).out).not.toMatch(
      ANSI,
    );
    expect((await cli(["search", "Korea", "--no-color"], tty)).out).not.toMatch(ANSI);
    expect((await cli(["search", "Korea", "--color", "never"], tty)).out).not.toMatch(ANSI);
    expect((await cli(["search", "Korea", "--color=auto"], tty)).out).toMatch(ANSI);
  });

  it("colours a pipe with --color always or FORCE_COLOR", async () => {
    expect((await cli(["search", "Korea", "--color=always"])).out).toMatch(ANSI);
    expect((await cli(["--color", "always", "search", "Korea"])).out).toMatch(ANSI);
    expect(
      (await cli(["search", "Korea", "--color", "always"], { env: { NO_COLOR: "1" } })).out,
    ).toMatch(ANSI);
    expect((await cli(["search", "Korea"], { env: { FORCE_COLOR: "1" } })).out).toMatch(ANSI);
    const bad = await cli(["search", "Korea", "--color", "sometimes"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown --color "sometimes"');
  });

  it("cuts tables to a terminal's width, and nothing in a pipe", async () => {
    const tty = await cli(["quotes"], { isTTY: true, columns: 50, env: { NO_COLOR: "1" } });
    for (const line of tty.out.trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(50);
    const pipe = await cli(["quotes"]);
    expect(pipe.out).toContain("“Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns.”");
  });

  it("cuts ids before titles at 80 columns", async () => {
    const relations = fixtureRelations();
    const options = { isTTY: true, columns: 80, env: { NO_COLOR: "1" }, relations };
    const cases: [string[], string, (id: string) => string][] = [
      [["timeline", "KR"], "TITLE", (id) => relations.getEvent(id).title.en],
      [["agreements"], "TITLE", (id) => relations.getAgreement(id).title.en],
      [["search", "Korea"], "LABEL", (id) => relations.recordLabel(id, "en")],
    ];
    for (const [args, header, title] of cases) {
      const list = json((await cli([...args, "--json"], { relations })).out) as { id: string }[];
      const lines = (await cli(args, options)).out.trimEnd().split("\n");
      const [head, ...rows] = lines;
      const start = head?.indexOf(header) ?? -1;
      const width = (head?.slice(start).match(/^\S+ +/)?.[0].length ?? 0) - 2;
      expect(width, args.join(" ")).toBeGreaterThanOrEqual(16);
      rows.forEach((row, i) => {
        const whole = title(list[i]?.id as string);
        const shown = row.slice(start, start + width).trimEnd();
        // The title is whole, or cut only after 16 columns.
        if (shown !== whole)
          expect(shown.length, `${args.join(" ")}: ${shown}`).toBeGreaterThanOrEqual(16);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
      });
    }
  });
});
