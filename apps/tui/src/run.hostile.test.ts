/**
 * A hostile record in every text field, through every command and output
 * format, on a terminal (colours on, 80 columns) and in a pipe: no byte a
 * terminal would act on reaches stdout or stderr, and the hostile text is
 * still there, cleaned (the commands did print the records). Only CSV to a
 * pipe, to a file or with --raw, which are data, keep the bytes as they are.
 */

import { createRelations, DatasetError } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import {
  HOSTILE_RECORDS,
  hostileDataFile,
  hostileRelations,
  hostileSourceText,
  PAYLOAD,
} from "../test/hostileData.js";
import { unsafeCharacters } from "../test/terminalSafety.js";
import { testIo } from "../test/testIo.js";
import { RECORD_PLURALS } from "./commands/options.js";
import { run } from "./run.js";

const relations = hostileRelations();

async function cli(args: string[], terminal: boolean) {
  const io = testIo({
    relations,
    sourceText: hostileSourceText,
    readDataFile: hostileDataFile,
    ...(terminal ? { isTTY: true, columns: 80 } : {}),
  });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** Every command, with arguments that reach the hostile records, as a table and as JSON. */
const QUERIES: string[][] = [
  ["search", "Kang"],
  ["search", "Korea", "--limit", "50"],
  ["timeline", "KR"],
  ["timeline", "KR", "JP", "--lang", "de"],
  ["partners", "KR"],
  ["offices", "--role", "foreign-minister", "--country", "KR"],
  ["offices", "--person", "kang-kyung-wha"],
  ["quotes"],
  ["quotes", "--speaker", "ishiba-shigeru", "--lang", "de"],
  ["agreements"],
  ["sources"],
  ["sources", "src-a"],
  ["sources", "src-b"],
  ...HOSTILE_RECORDS.map((r) => ["show", r.id]),
  ...HOSTILE_RECORDS.map((r) => ["show", r.id, "--lang", "de"]),
];

/** Bad input holding the payload, at every place an argument is echoed in an error. */
const BAD_INPUT: string[][] = [
  [`bogus${PAYLOAD}`],
  ["search", "Kang", `--bogus${PAYLOAD}`],
  ["search", "Kang", `--limit=${PAYLOAD}`],
  ["search", "Kang", "--type", PAYLOAD],
  ["search", "Kang", "--lang", PAYLOAD],
  ["search", "Kang", "--color", PAYLOAD],
  ["search", "Kang", `--json=${PAYLOAD}`],
  ["show", PAYLOAD],
  ["show", `Kang${PAYLOAD}`],
  ["timeline", PAYLOAD],
  ["timeline", "KR", "--from", PAYLOAD],
  ["timeline", "KR", "--kind", PAYLOAD],
  ["partners", PAYLOAD],
  ["offices", "--role", PAYLOAD],
  ["offices", "--role", "foreign-minister", "--at", PAYLOAD],
  ["offices", "--person", PAYLOAD],
  ["offices", PAYLOAD],
  ["quotes", "--speaker", PAYLOAD],
  ["quotes", "--quote-lang", PAYLOAD],
  ["quotes", "--lang", PAYLOAD],
  ["agreements", "--kind", PAYLOAD],
  ["agreements", "--to", PAYLOAD],
  ["agreements", PAYLOAD],
  ["sources", PAYLOAD],
  ["export", "--format", PAYLOAD],
  ["export", "--format", "csv", "--type", PAYLOAD],
  ["export", "--format", "csv", "--type", "events", "--out", `/nonexistent${PAYLOAD}/x.csv`],
  ["help", PAYLOAD],
  ["completion", PAYLOAD],
  [`--lang=${PAYLOAD}`],
];

const EXPORTS: string[][] = [
  ["export", "--format", "json"],
  ["export", "--format", "ndjson"],
  ...Object.entries(RECORD_PLURALS).flatMap(([type, plural]) => [
    ["export", "--format", "json", "--type", plural],
    ["export", "--format", "ndjson", "--type", type],
    ["export", "--format", "csv", "--type", type],
  ]),
];

function expectSafe(args: string[], output: { out: string; err: string }) {
  const label = args.join(" ");
  expect(unsafeCharacters(output.out, { sgr: true }), `stdout of ${label}`).toEqual([]);
  expect(unsafeCharacters(output.err), `stderr of ${label}`).toEqual([]);
}

describe("a hostile record through every command", () => {
  for (const terminal of [true, false]) {
    const where = terminal ? "on a terminal" : "in a pipe";

    it(`prints tables and JSON with nothing raw ${where}`, async () => {
      for (const args of QUERIES) {
        for (const json of [false, true]) {
          const full = json ? [...args, "--json"] : args;
          const result = await cli(full, terminal);
          expect(result.code, full.join(" ")).toBe(0);
          expectSafe(full, result);
          // The records were printed: cleaned in a table, escaped in JSON.
          if (json && args[0] !== "partners")
            expect(result.out, full.join(" ")).toContain("\\u001b]0;pwned\\u0007");
          else expect(result.out.split("\n").length, full.join(" ")).toBeGreaterThan(1);
        }
      }
    });

    it(`echoes bad input safely in one-line errors ${where}`, async () => {
      for (const args of BAD_INPUT) {
        const result = await cli(args, terminal);
        if (terminal && args.length === 1 && !args[0]?.startsWith("-")) {
          // In a terminal, words that are no command open the UI with them as the query.
          expect(result.code, args.join(" ")).toBe(0);
          expect(result.out + result.err).toBe("");
          continue;
        }
        expect(result.code, args.join(" ")).toBeGreaterThan(0);
        expectSafe(args, result);
        expect(result.out).toBe("");
        expect(result.err.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
      }
    });

    it(`exports JSON and NDJSON escaped, CSV cleaned on a terminal ${where}`, async () => {
      for (const args of EXPORTS) {
        const result = await cli(args, terminal);
        expect(result.code, args.join(" ")).toBe(0);
        if (args.includes("csv") && !terminal) {
          // Data for a program: as it ships.
          expect(result.out).toBe(hostileDataFile(`${args.at(-1)}.csv`));
          expect(result.out).toContain(PAYLOAD);
        } else expectSafe(args, result);
      }
    });
  }

  it("writes CSV raw to a terminal only with --raw", async () => {
    const args = ["export", "--format", "csv", "--type", "topics"];
    const cleaned = await cli(args, true);
    expect(cleaned.err).toContain("--raw");
    const raw = await cli([...args, "--raw"], true);
    expect(raw.out).toBe(hostileDataFile("topic.csv"));
    expect(unsafeCharacters(raw.out).length).toBeGreaterThan(0);
  });

  it("echoes a hostile query that finds nothing safely", async () => {
    for (const terminal of [true, false]) {
      const io = testIo(terminal ? { isTTY: true, columns: 80 } : {});
      const args = ["search", `zzqx${PAYLOAD}`];
      expect(await run(args, io)).toBe(1);
      expect(io.err()).toContain('No results for "zzqx\\u001b]0;pwned\\u0007');
      expectSafe(args, { out: io.out(), err: io.err() });
    }
  });

  it("is refused by core: createRelations names every text with control characters", () => {
    let error: unknown;
    try {
      createRelations(HOSTILE_RECORDS);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems.length).toBeGreaterThan(20);
    expect((error as DatasetError).message).toMatch(
      /must be a non-empty text without control characters/,
    );
  });
});
