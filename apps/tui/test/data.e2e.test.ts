/**
 * `--data FILE`: the real binary over a user's own dataset (a `dataset.json`
 * array or NDJSON): every command in a pipe, the UI in tmux, and one line per
 * problem of a file that does not hold.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, runBinary } from "./binary.js";
import { OWN_TOPIC, ownRecords, writeDataFile } from "./dataFile.js";
import { Tmux } from "./tmux.js";

beforeAll(ensureBuilt, 120_000);

const dirs: string[] = [];
let tmux: Tmux | undefined;
afterEach(() => {
  tmux?.kill();
  tmux = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataFile(format: "json" | "ndjson", records?: readonly unknown[]): string {
  const file = writeDataFile(format, records);
  dirs.push(dirname(file));
  return file;
}

describe("--data FILE", () => {
  it.each(["json", "ndjson"] as const)("runs every command over a %s dataset", (format) => {
    const file = dataFile(format);
    const search = runBinary(["--data", file, "search", "Zebrastreifen", "--json"]);
    expect(search.err).toBe("");
    expect(search.code).toBe(0);
    expect(JSON.parse(search.out)[0]).toMatchObject({ id: OWN_TOPIC.id });
    // The built-in dataset does not know it.
    const builtin = runBinary(["search", "Zebrastreifen", "--json"]);
    expect(builtin.out).not.toContain(OWN_TOPIC.id);
    const show = runBinary(["show", "Kyung-wha Kang", "--data", file]);
    expect(show.code).toBe(0);
    expect(show.out).toContain("Kang Kyung-wha");
    expect(runBinary(["--data", file, "timeline", "KR"]).code).toBe(0);
    expect(runBinary(["--data", file, "partners", "KR"]).code).toBe(0);
    expect(runBinary(["--data", file, "offices", "--role", "foreign-minister"]).code).toBe(0);
    expect(runBinary(["--data", file, "quotes"]).code).toBe(0);
    expect(runBinary(["--data", file, "agreements"]).code).toBe(0);
    const sources = runBinary(["--data", file, "sources", "src-a"]);
    expect(sources.code).toBe(0);
    expect(sources.out).toContain("Paragraph 1 says");
    const exported = runBinary(["--data", file, "export", "--format", "json"]);
    expect(JSON.parse(exported.out)).toHaveLength(ownRecords().length);
    const csv = runBinary(["--data", file, "export", "--format", "csv", "--type", "event"]);
    expect(csv.code).toBe(2);
    expect(csv.err).toMatch(/^korea-relations: CSV of your own data \(--data\) is not available/);
  });

  it("reports one line per problem, naming the file, the record, its id and the field; exit 2", () => {
    const records = ownRecords().map((record) =>
      record.id === "2025-summit"
        ? { ...record, countries: ["XX"], evidence: [{ source: "nowhere", quote: "x" }] }
        : record,
    );
    const file = dataFile("json", [...records, { type: "person", id: "no-name" }]);
    for (const args of [["search", "Kang"], []]) {
      const { code, out, err } = runBinary(["--data", file, ...args]);
      expect(code).toBe(2);
      expect(out).toBe("");
      if (args.length === 0) continue; // no terminal: the help, as without --data
      const lines = err.trimEnd().split("\n");
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const line of lines)
        expect(line).toMatch(/^korea-relations: "[^"]+dataset\.json": record \d+ \("/);
      expect(err).toMatch(/\("2025-summit"\): countries\[0\]: /);
      expect(err).toMatch(/\("2025-summit"\): evidence\[0\]\.source: /);
      expect(err).not.toMatch(/^\s+at /m);
    }
    const missing = runBinary(["--data", "/nonexistent/kr.json", "search", "x"]);
    expect(missing).toMatchObject({
      code: 2,
      err: `korea-relations: cannot read "/nonexistent/kr.json": no such file\n`,
    });
    const noValue = runBinary(["search", "x", "--data"]);
    expect(noValue.code).toBe(2);
    expect(noValue.err).toMatch(/--data needs a value/);
  });

  it("opens the UI over it in a terminal, with its articles in the reader", async () => {
    const file = dataFile("ndjson");
    const t = new Tmux();
    tmux = t;
    t.start(
      `env -u CI ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --data ${JSON.stringify(file)} Zebra; echo "EXITED:$?"; sleep 120`,
      100,
      30,
    );
    await t.waitFor((s) => /^›topic +Zebra crossings/m.test(s));
    t.keys("C-u");
    t.type("Alpha report");
    await t.waitFor((s) => /^›source +Alpha report/m.test(s));
    t.keys("Tab");
    await t.waitFor((s) => (s.trimEnd().split("\n").at(-1) ?? "").includes("q quit"));
    t.keys("s");
    await t.waitFor((s) => s.includes("Sources: 2 articles"));
    t.keys("Enter");
    const reader = await t.waitFor((s) => /passage 1\/\d+/.test(s));
    expect(reader).toContain("Report src-a");
    t.keys("q");
    await t.waitFor((s) => s.includes("EXITED:0"));
  });

  it("shows a first frame, then says what is wrong, one line a problem, the terminal left as it was", async () => {
    const file = dataFile("json", [{ type: "topic", id: "Bad Id" }]);
    const t = new Tmux();
    tmux = t;
    t.start(
      `env -u CI ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --data ${JSON.stringify(file)}; echo "EXITED:$?"; sleep 120`,
      100,
      30,
    );
    const screen = await t.waitFor((s) => s.includes("EXITED:2"));
    expect(screen).toMatch(/^korea-relations: "[^"]+": record 1 \("Bad Id"\): id: /m);
    expect(screen).not.toContain("korea-relations ›");
    expect(t.display("#{alternate_on}")).toBe("0");
  });
});
