/**
 * The real binary over the built-in dataset, its stdout a pipe. Assertions
 * compare with the core package's own answers, never with counts.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtin } from "@korea-relations/core";
import { beforeAll, describe, expect, it } from "vitest";
import { ANY_ESCAPE } from "./ansi.js";
import {
  BIN,
  cleanEnv,
  ensureBuilt,
  hasProgram,
  PACKAGE as PACKAGE_DIR,
  runBinary,
  runInTerminal,
} from "./binary.js";
import { unsafeCharacters } from "./terminalSafety.js";
import { CORE_DATA } from "./testIo.js";
import { HAS_TMUX, Tmux } from "./tmux.js";

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
      ["quotes", "--quote-lang", "de"],
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
    expect(runBinary(["export", "--format", "ndjson", "--type", "events"]).out).toBe(
      readFileSync(join(CORE_DATA, "event.ndjson"), "utf8"),
    );
    const dir = mkdtempSync(join(tmpdir(), "kr-e2e-export-"));
    try {
      const path = join(dir, "events.csv");
      expect(runBinary(["export", "--format", "csv", "--type", "events", "--out", path]).code).toBe(
        0,
      );
      expect(readFileSync(path, "utf8")).toBe(readFileSync(join(CORE_DATA, "event.csv"), "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 1 when a listing finds nothing, like search", () => {
    for (const args of [
      ["search", "zzzzqqqq"],
      ["timeline", "KR", "--from", "2099"],
      ["agreements", "--from", "2099"],
      ["quotes", "--from", "2099"],
      ["offices", "--role", "foreign-minister", "--country", "KR", "--at", "1800"],
    ]) {
      const result = runBinary(args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.out).toBe("");
      expect(runBinary([...args, "--json"])).toMatchObject({ code: 1, out: "[]\n" });
    }
  });

  it("writes one-line errors: no stack trace, no temporary file name, no parseArgs wording", () => {
    const dir = mkdtempSync(join(tmpdir(), "kr-e2e-export-"));
    try {
      const missing = join(dir, "missing", "x.csv");
      const result = runBinary(["export", "--format", "csv", "--type", "events", "--out", missing]);
      expect(result).toMatchObject({ code: 2, out: "" });
      expect(result.err).toBe(
        `korea-relations: cannot write ${JSON.stringify(missing)}: its folder does not exist\n`,
      );
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const limit = runBinary(["search", "Kang", "--limit", "-3"]);
    expect(limit.code).toBe(2);
    expect(limit.err).toBe(
      `korea-relations: --limit must be a whole number above 0, not "-3" (see 'korea-relations help search')\n`,
    );
    const at = runBinary(["offices", "--role", "foreign-minister", "--at", "2020-13-45"]);
    expect(at.err).toMatch(/^korea-relations: invalid --at "2020-13-45": /);
    for (const args of [
      ["serch", "Kang"],
      ["search", "Kang", "--tpye", "event"],
      ["help", "timelin"],
    ])
      expect(runBinary(args).err, args.join(" ")).toMatch(
        /^korea-relations: [^\n]*did you mean "[^"]+"\?[^\n]*\n$/,
      );
  });

  it("writes - as stdout, never a file named -", () => {
    const dir = mkdtempSync(join(tmpdir(), "kr-e2e-dash-"));
    try {
      const result = spawnSync(
        process.execPath,
        [BIN, "export", "--format", "csv", "--type", "quotes", "--out", "-"],
        { cwd: dir, encoding: "utf8", env: cleanEnv() },
      );
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(readFileSync(join(CORE_DATA, "quote.csv"), "utf8"));
      expect(existsSync(join(dir, "-"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("echoes hostile arguments escaped: no raw control byte on stdout or stderr", async () => {
    const evil =
      "\u001b]0;pwned\u0007\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u009b31m\u007f\u202e\u2028";
    const cases = [
      [`bo${evil}gus`],
      ["search", `zzqq${evil}`],
      ["search", "Kang", `--bo${evil}gus`],
      ["search", "Kang", "--type", evil],
      ["search", "Kang", "--limit", evil],
      ["show", evil],
      ["timeline", evil],
      ["timeline", "KR", "--kind", evil],
      ["timeline", "KR", "--from", evil],
      ["partners", evil],
      ["offices", "--role", evil],
      ["offices", "--person", evil],
      ["offices", evil],
      ["quotes", "--speaker", evil],
      ["quotes", "--lang", evil],
      ["agreements", "--kind", evil],
      ["agreements", evil],
      ["sources", evil],
      ["export", "--format", evil],
      ["export", "--format", "csv", "--type", "events", "--out", `/nonexistent/${evil}`],
      ["help", evil],
      ["completion", evil],
      ["--color", evil],
    ];
    const results = await Promise.all(
      cases.map(
        (args) =>
          new Promise<{ args: string[]; code: number | null; out: Buffer; err: Buffer }>(
            (resolve) => {
              const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv() });
              const out: Buffer[] = [];
              const err: Buffer[] = [];
              child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
              child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
              child.on("close", (code) =>
                resolve({ args, code, out: Buffer.concat(out), err: Buffer.concat(err) }),
              );
            },
          ),
      ),
    );
    for (const { args, code, out, err } of results) {
      expect(code, args.join(" ")).toBeGreaterThan(0);
      expect(unsafeCharacters(out), args.join(" ")).toEqual([]);
      expect(unsafeCharacters(err), args.join(" ")).toEqual([]);
      expect(err.toString(), args.join(" ")).toContain("\\u001b]0;pwned\\u0007");
      expect(err.toString().trimEnd().split("\n")).toHaveLength(1);
    }
  }, 180_000);

  it("colours a pipe only when asked: --color always, FORCE_COLOR; never with --color never", async () => {
    expect(runBinary(["search", "Kang"]).out).not.toMatch(ANY_ESCAPE);
    expect(runBinary(["search", "Kang", "--color=always"]).out).toMatch(ANY_ESCAPE);
    expect(runBinary(["search", "Kang"], { FORCE_COLOR: "1" }).out).toMatch(ANY_ESCAPE);
    expect(runBinary(["search", "Kang"], { FORCE_COLOR: "1", NO_COLOR: "1" }).out).not.toMatch(
      ANY_ESCAPE,
    );
    const tty = await runInTerminal(["search", "Kang"]);
    expect(tty.out).toMatch(ANY_ESCAPE);
    expect((await runInTerminal(["search", "Kang", "--color", "never"])).out).not.toMatch(
      ANY_ESCAPE,
    );
    expect((await runInTerminal(["search", "Kang"], { env: { NO_COLOR: "1" } })).out).not.toMatch(
      ANY_ESCAPE,
    );
  });

  it("at 80 columns, cuts ids before titles", async () => {
    const runs = await Promise.all(
      [
        ["search", "Korea"],
        ["timeline", "KR", "JP"],
        ["agreements", "--party", "KR"],
        ["quotes"],
      ].map(async (args) => ({ args, ...(await runInTerminal([...args, "--no-color"])) })),
    );
    for (const { args, code, out } of runs) {
      expect(code).toBe(0);
      const [head = "", ...rows] = out.trimEnd().split("\n");
      for (const line of [head, ...rows]) expect(line.length, line).toBeLessThanOrEqual(80);
      // Columns from the header: each runs to 2 spaces before the next one.
      const columns = [...head.matchAll(/\S+/g)].map((m, i, all) => ({
        name: m[0],
        start: m.index ?? 0,
        end: i + 1 < all.length ? (all[i + 1]?.index ?? 0) - 2 : 80,
      }));
      const cells = (name: string) => {
        const column = columns.find((c) => c.name === name);
        return column ? rows.map((row) => row.slice(column.start, column.end).trimEnd()) : [];
      };
      const titles = cells(columns.find((c) => /^(TITLE|LABEL|QUOTE)$/.test(c.name))?.name ?? "");
      expect(titles.length, args.join(" ")).toBeGreaterThan(0);
      const idWidth = Math.max(0, ...cells("ID").map((cell) => cell.length));
      for (const title of titles.filter((t) => t.endsWith("…"))) {
        // A title is cut only after the ids were cut to 10 columns (or left out)…
        expect(idWidth, `${args.join(" ")}\n${out}`).toBeLessThanOrEqual(10);
        // …and never below 24 columns.
        expect(title.length, `${args.join(" ")}\n${out}`).toBeGreaterThanOrEqual(24);
      }
    }
  }, 120_000);
});

describe("shell completions", () => {
  const script = (shell: string) =>
    execFileSync(process.execPath, [BIN, "completion", shell], { encoding: "utf8" });

  /** What bash completes for each command line (the cursor at its end), in one bash. */
  function bashComplete(lines: string[]): string[][] {
    const calls = lines.map((line) => {
      const words = line.split(" ");
      return `COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; COMPREPLY=()
_korea_relations; printf '%s\\n' "\${COMPREPLY[@]}"; echo ---`;
    });
    const program = `source /dev/stdin <<'EOF'\n${script("bash")}\nEOF\n${calls.join("\n")}`;
    return execFileSync("bash", ["--norc", "--noprofile", "-c", program], {
      encoding: "utf8",
      cwd: PACKAGE_DIR,
    })
      .split("---\n")
      .slice(0, lines.length)
      .map((reply) => reply.split("\n").filter(Boolean).sort());
  }

  it("completes commands, options and their values in bash", () => {
    const cases: [string, (reply: string[]) => void][] = [
      ["korea-relations se", (r) => expect(r).toEqual(["search"])],
      [
        "korea-relations ",
        (r) => expect(r).toEqual(expect.arrayContaining(["timeline", "completion"])),
      ],
      ["korea-relations search --ty", (r) => expect(r).toEqual(["--type"])],
      ["korea-relations search --type ev", (r) => expect(r).toEqual(["event", "events"])],
      ["korea-relations --lang de timeline KR --kind su", (r) => expect(r).toEqual(["summit"])],
      ["korea-relations agreements --kind arms", (r) => expect(r).toEqual(["arms-contract"])],
      ["korea-relations export --format c", (r) => expect(r).toEqual(["csv"])],
      ["korea-relations quotes --quote-lang k", (r) => expect(r).toEqual(["ko"])],
      ["korea-relations search Kang --color = al", (r) => expect(r).toEqual(["always"])],
      ["korea-relations help tim", (r) => expect(r).toEqual(["timeline"])],
      ["korea-relations completion z", (r) => expect(r).toEqual(["zsh"])],
      ["korea-relations export --out pack", (r) => expect(r).toEqual(["package.json"])],
      ["korea-relations --v", (r) => expect(r).toEqual(["--version"])],
      ["korea-relations search Kang --limit ", (r) => expect(r).toEqual([])],
    ];
    const replies = bashComplete(cases.map(([line]) => line));
    cases.forEach(([line, check], i) => {
      try {
        check(replies[i] ?? []);
      } catch (error) {
        throw new Error(`${line}: ${(error as Error).message}`);
      }
    });
  });

  it("completes commands, options and values in an interactive zsh (in tmux)", async () => {
    if (!hasProgram("zsh") || !HAS_TMUX)
      throw new Error(
        "zsh or tmux is missing: run 'node scripts/system-deps.mjs' at the repository root",
      );
    const home = mkdtempSync(join(tmpdir(), "kr-zsh-"));
    const tmux = new Tmux();
    try {
      mkdirSync(join(home, "bin"));
      writeFileSync(
        join(home, "bin", "korea-relations"),
        `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`,
        { mode: 0o755 },
      );
      writeFileSync(
        join(home, ".zshrc"),
        `PATH=${JSON.stringify(join(home, "bin"))}:$PATH
autoload -U compinit && compinit -u -D
source <(korea-relations completion zsh)
PROMPT='ready> '
`,
      );
      tmux.start(`ZDOTDIR=${JSON.stringify(home)} zsh -i`, 120, 30);
      await tmux.waitFor((screen) => screen.includes("ready>"), 30_000);
      tmux.type("korea-relations timeline KR --kind su");
      tmux.keys("Tab");
      await tmux.waitFor((screen) => screen.includes("--kind summit"), 30_000);
      tmux.keys("C-u");
      tmux.type("korea-relations se");
      tmux.keys("Tab");
      await tmux.waitFor((screen) => /ready> korea-relations search\s*$/m.test(screen), 30_000);
      tmux.keys("C-u");
      tmux.type("korea-relations export --li");
      tmux.keys("Tab");
      // --limit is search's, not export's: nothing to complete, the line stays.
      tmux.type("X");
      await tmux.waitFor((screen) => screen.includes("export --liX"), 30_000);
    } finally {
      tmux.kill();
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);

  it("completes commands, options and values in fish", () => {
    if (!hasProgram("fish"))
      throw new Error("fish is missing: run 'node scripts/system-deps.mjs' at the repository root");
    const fish = (line: string) =>
      execFileSync(
        "fish",
        [
          "--no-config",
          "-c",
          `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion fish | source; complete -C ${JSON.stringify(line)}`,
        ],
        { encoding: "utf8" },
      )
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split("\t")[0]);
    expect(fish("korea-relations se")).toEqual(["search"]);
    expect(fish("korea-relations timeline KR --kind su")).toEqual(["summit"]);
    expect(fish("korea-relations search --ty")).toEqual(["--type"]);
    expect(fish("korea-relations completion ")).toEqual(["bash", "fish", "zsh"]);
  }, 60_000);
});
