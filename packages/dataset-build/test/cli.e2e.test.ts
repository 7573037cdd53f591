/**
 * The build's CLI as `pnpm data` runs it (tsx src/cli.ts …), on data trees
 * written to a temporary folder: every bad input ends in one line per
 * problem, a failed write leaves the previous output byte-for-byte, and a
 * signal or the time limit stops a stuck build at once.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { README, record, sha256, TEXT, tree } from "./dataTree.js";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const TSX = createRequire(import.meta.url).resolve("tsx/cli");
const FAULTS = fileURLToPath(new URL("./faults.mjs", import.meta.url));

/** Children still running: killed after each test, so a test that fails by timing out leaves none. */
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  }
  running.clear();
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stderr's lines, without the empty last one. */
  readonly lines: string[];
}

/** Runs the CLI; `during` gets the child and each chunk of stderr as it comes. */
function cli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; during?: (child: ChildProcess, stderr: string) => void } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, "src/cli.ts", ...args], {
      cwd: PACKAGE,
      env: { ...process.env, FORCE_COLOR: "0", ...options.env },
      detached: true,
    });
    running.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      options.during?.(child, stderr);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr, lines: stderr.split("\n").filter((line) => line !== "") });
    });
  });
}

const validate = (root: string, ...more: string[]) =>
  cli(["validate", "--data", join(root, "data"), "--root", root, ...more]);

/** Every file under `root` except `data/` and `node_modules/`, with its bytes. */
function outputs(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const path = relative(root, full);
      if (path === "data" || path === "node_modules") continue;
      if (entry.isDirectory()) walk(full);
      else files.set(path, readFileSync(full).toString("base64"));
    }
  };
  walk(root);
  return files;
}

const NO_STACK = /^\s+at |\n\s+at /;

describe("cli validate", () => {
  it("accepts the valid tree", async () => {
    const run = await validate(tree());
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^data\/ is valid: \d+ records\.\n$/);
    expect(run.code).toBe(0);
  }, 120_000);

  it("rejects inconsistent offices, people without evidence, control characters and non-web URLs, each in one line, once", async () => {
    const root = tree((f) => {
      Object.assign(record(f, "offices/heiko-maas-foreign-minister-2020.yaml"), {
        start: { value: "2020-01-01", basis: "stated" },
        end: { value: "2019-05-01", basis: "stated" },
        status: "former",
      });
      f["offices/kang-kyung-wha-foreign-minister-2018.yaml"] = {
        type: "office",
        id: "kang-kyung-wha-foreign-minister-2018",
        person: "kang-kyung-wha",
        roles: ["foreign-minister"],
        country: "KR",
        titles: [],
        label: { en: "Foreign Minister", de: "Außenministerin" },
        start: { value: "2018-06-01", basis: "stated" },
        end: { value: "2020-01-01", basis: "stated" },
        status: "current",
        evidence: [
          {
            source: "src",
            quote: "KANG Kyung-wha on 10 August",
            seen: { value: "2019-08-10", basis: "stated" },
          },
        ],
      };
      delete record(f, "people/heiko-maas.yaml").evidence;
      record(f, "people/kang-kyung-wha.yaml").aliases = ["KANG Kyung‑wha", "Maas"];
      f["people/maas-double.yaml"] = {
        ...record(f, "people/heiko-maas.yaml"),
        id: "maas-double",
        name: "Maas Double",
        evidence: [{ source: "src", quote: "said Maas" }],
      };
      record(f, "topics/disarmament.yaml").label = {
        en: "Disarm\u0007ament",
        de: "Abr\u202eüstung",
      };
      record(f, "sources/src.yaml").url = { value: "javascript:alert(1)", basis: "stated" };
      f["sources/src2.yaml"] = {
        ...record(f, "sources/src.yaml"),
        id: "src2",
        url: { value: "https://example.org/a\tb", basis: "stated" },
        fullText: undefined,
      };
      f["topics/peace\u001b[2J.yaml"] = {
        type: "topic",
        id: "peace",
        label: { en: "Peace", de: "Frieden" },
        aliases: [],
        evidence: [{ source: "src", quote: "disarmament" }],
      };
    });
    const run = await validate(root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.lines.sort()).toEqual(
      [
        'data/offices/heiko-maas-foreign-minister-2020.yaml: heiko-maas-foreign-minister-2020: end: "2019-05-01" is before start "2020-01-01"',
        'data/offices/heiko-maas-foreign-minister-2020.yaml: heiko-maas-foreign-minister-2020: evidence[0].seen: "2020-08-10" is after the end "2019-05-01"',
        'data/offices/kang-kyung-wha-foreign-minister-2018.yaml: kang-kyung-wha-foreign-minister-2018: status: "current", but the term ended "2020-01-01": a term with an end is "former"',
        "data/people/heiko-maas.yaml: heiko-maas: evidence: at least one evidence is required, or basis: external with a reason (en, de) where no source mentions it",
        'data/people/maas-double.yaml: maas-double: aliases: name "Maas" also names person "kang-kyung-wha"',
        "data/topics/disarmament.yaml: disarmament: label.en: must be a non-empty text without control characters",
        "data/topics/disarmament.yaml: disarmament: label.de: must be a non-empty text without control characters",
        "data/sources/src.yaml: src: url.value: must be an http(s) address without spaces or control characters",
        "data/sources/src2.yaml: src2: url.value: must be an http(s) address without spaces or control characters",
        "data/sources/src2.yaml: src2: fullText: say whether the publisher's terms allow the full text to be redistributed: fullText: { redistributable: true|false, reason: … }",
        "data/topics/peace\\u{001b}[2J.yaml: peace: id: file must be named peace.yaml",
        "11 problems in data/; nothing was written.",
      ].sort(),
    );
  }, 120_000);

  it("rejects alias bombs, deep nesting, malformed YAML, oversized files and bad encodings, each in one line naming the file", async () => {
    const aliasBomb = [
      'l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...Array.from(
        { length: 9 },
        (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(", ")}]`,
      ),
    ].join("\n");
    const root = tree((f) => {
      f["topics/bomb.yaml"] = `${aliasBomb}\n`;
      f["topics/deep.yaml"] = `type: topic\nid: deep\nlabel: ${"[".repeat(500_000)}\n`;
      f["topics/broken.yaml"] = "type: topic\nid: broken\nlabel: { en: X, de: X\naliases: []\n";
      f["topics/big.yaml"] = `# ${"x".repeat(1024 * 1024)}\ntype: topic\n`;
      f["topics/latin1.yaml"] = Buffer.from(
        "type: topic\nid: latin1\nlabel: { en: Abr\xfcstung }\n",
        "latin1",
      );
      f["topics/twice.yaml"] = "type: topic\nid: twice\nid: again\n";
    });
    const started = performance.now();
    const run = await validate(root);
    expect(run.lines).toEqual([
      "data/topics/big.yaml: file too large: 1048591 bytes, at most 1048576 (1 MiB)",
      "data/topics/bomb.yaml: YAML aliases expand to more than 100 nodes (an alias bomb); write the values out",
      "data/topics/broken.yaml:4: malformed YAML: Flow map in block collection must be sufficiently indented and end with a }",
      "data/topics/deep.yaml: YAML nested deeper than 64 levels",
      "data/topics/latin1.yaml: not valid UTF-8",
      "data/topics/twice.yaml:3: malformed YAML: Map keys must be unique",
      "6 problems in data/; nothing was written.",
    ]);
    expect(run.code).toBe(1);
    // half a megabyte of "[" alone keeps yaml's recursive parser busy for half a minute
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 120_000);

  it("names a missing data directory in one line", async () => {
    const root = tree();
    rmSync(join(root, "data"), { recursive: true });
    const run = await validate(root);
    expect(run.lines).toEqual([
      "data: no data directory here",
      "1 problem in data/; nothing was written.",
    ]);
    expect(run.code).toBe(1);
  }, 120_000);
});

describe("cli generate", () => {
  it("leaves every previous output byte-for-byte when a file cannot be replaced", async () => {
    const root = tree();
    const generate = (env?: NodeJS.ProcessEnv) =>
      cli(["generate", "--data", join(root, "data"), "--root", root], { env });
    const first = await generate();
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const before = outputs(root);
    expect([...before.keys()]).toEqual(
      expect.arrayContaining([
        "README.md",
        "packages/core/data/dataset.json",
        "packages/core/data/topic.ndjson",
        "packages/core/src/generated/records.ts",
      ]),
    );
    // a new topic changes ids, records, dataset.json, the topic tables, the version and README's counts
    writeFileSync(
      join(root, "data/topics/peace.yaml"),
      "type: topic\nid: peace\nlabel: { en: Peace, de: Frieden }\naliases: []\nevidence: [{ source: src, quote: disarmament }]\n",
    );
    // README.md is replaced last: every other file has been replaced when its rename fails
    const failed = await generate({
      NODE_OPTIONS: `--import=${FAULTS}`,
      FAULT_RENAME_TO: "README.md",
    });
    expect(failed.lines).toEqual([
      "README.md: cannot write (EIO); nothing was written, the previous output is unchanged",
    ]);
    expect(failed.code).toBe(1);
    expect(outputs(root)).toEqual(before);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(README.slice(0, 8));
    expect(readdirSync(join(root, "node_modules/.cache/dataset-build"))).toEqual([]);

    const second = await generate();
    expect(second.code).toBe(0);
    const after = outputs(root);
    expect(after.size).toBe(before.size);
    for (const path of [
      "README.md",
      "packages/core/data/dataset.json",
      "packages/core/data/topic.ndjson",
      "packages/core/src/generated/ids.ts",
    ]) {
      expect(after.get(path), path).not.toBe(before.get(path));
    }
    expect([...after.keys()].filter((path) => /tmp|staging/.test(path))).toEqual([]);
  }, 180_000);

  it("reports stale files on check", async () => {
    const root = tree();
    const run = await cli(["check", "--data", join(root, "data"), "--root", root]);
    expect(run.code).toBe(1);
    expect(run.lines).toContain(
      "packages/core/data/dataset.json: stale: run `pnpm data` and commit the result",
    );
  }, 120_000);
});

describe("cli stops", () => {
  /** Runs the CLI with a worker that never ends and sends `signal` to `target` once it spins. */
  async function stopSpinning(signal: NodeJS.Signals, target: "cli" | "group") {
    let sentAt = 0;
    const run = await cli(["validate", "--root", tree()], {
      env: { NODE_OPTIONS: `--import=${FAULTS}`, FAULT_WORKER: "spin" },
      during: (child, stderr) => {
        const pid = /spinning in (\d+)/.exec(stderr)?.[1];
        if (!pid || sentAt) return;
        // a moment later the worker is in its loop; the main thread must still answer
        setTimeout(() => {
          sentAt = performance.now();
          if (target === "cli") process.kill(Number(pid), signal);
          else process.kill(-(child.pid ?? 0), signal);
        }, 500);
      },
    });
    return { ...run, ms: performance.now() - sentAt };
  }

  it("stops at once on SIGTERM to the build process while its work spins", async () => {
    const run = await stopSpinning("SIGTERM", "cli");
    expect(run.lines.filter((line) => !line.startsWith("spinning"))).toEqual([
      "stopped by SIGTERM; nothing was written",
    ]);
    expect(run.code).toBe(143);
    expect(run.ms).toBeLessThan(3000);
  }, 120_000);

  it("stops at once on Ctrl-C (SIGINT to the process group) while its work spins", async () => {
    const run = await stopSpinning("SIGINT", "group");
    expect(run.lines.filter((line) => !line.startsWith("spinning"))).toEqual([
      "stopped by SIGINT; nothing was written",
    ]);
    expect(run.code).toBe(130);
    expect(run.ms).toBeLessThan(3000);
  }, 120_000);

  it("stops a catastrophic pattern in data within the time limit, in one line", async () => {
    const words = `${Array(40).fill("word").join(" ")} end`;
    const text = `${TEXT}${words}\n`;
    const root = tree((f) => {
      f["sources/s.txt"] = text;
      Object.assign(record(f, "sources/src.yaml"), {
        sha256: sha256(text),
        artifacts: { linePatterns: ["^(\\S+\\s?)+#$"] },
      });
    });
    const started = performance.now();
    const run = await validate(root, "--time-limit", "10");
    expect(run.code).toBe(1);
    // stopped by the time limit, or (where patterns are checked first) rejected as a data problem
    expect(run.lines[0]).toMatch(
      /^(stopped: the build ran longer than 10 s \(--time-limit\); nothing was written|data\/sources\/src\.yaml: .*linePatterns.*)$/,
    );
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe("cli errors", () => {
  it("turns an unexpected error into one line, with the stack only on --debug", async () => {
    const env = { NODE_OPTIONS: `--import=${FAULTS}`, FAULT_WORKER: "throw" };
    const root = tree();
    const plain = await cli(["validate", "--root", root], { env });
    expect(plain.lines).toEqual([
      "internal error: Error: injected fault (run with --debug for the stack)",
    ]);
    expect(plain.code).toBe(1);
    const debug = await cli(["validate", "--root", root, "--debug"], { env });
    expect(debug.lines[0]).toBe("internal error: Error: injected fault");
    expect(debug.stderr).toMatch(NO_STACK);
  }, 120_000);

  it("names a wrong argument and the nearest valid one", async () => {
    const run = await cli(["generte", "--dat", "x"]);
    expect(run.lines).toEqual([
      'unknown option "--dat"; did you mean --data? (usage: cli.ts validate|check|generate [--data <dir>] [--root <dir>] [--time-limit <seconds>] [--debug])',
    ]);
    expect(run.code).toBe(2);
    const command = await cli(["generte"]);
    expect(command.lines[0]).toMatch(
      /^unknown command "generte"; did you mean generate\? \(usage: /,
    );
  }, 120_000);
});
