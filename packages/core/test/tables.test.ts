/**
 * `@korea-relations/core/tables` from the built package, by `import` and by
 * `require`: the tables it makes from the built-in records are the shipped
 * `data/<table>.csv` and `.ndjson`, byte for byte, and their descriptions
 * those of `data/dataset.meta.json`; it makes the same tables from a user's
 * own records, and names a wrong argument.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");
const node = (code: string, type: "module" | "commonjs") =>
  JSON.parse(
    execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], {
      cwd: core,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }),
  );

/** Every file the built-in records make, as `{ name: content }`. */
const BUILTIN = `
  const files = tables(dataset.records, { version: DATASET_VERSION });
  console.log(JSON.stringify({ files: Object.fromEntries(files), docs: tableDocs(), names: TABLE_NAMES }));`;

const shipped = (name: string) => readFileSync(join(core, "data", name), "utf8");

describe("@korea-relations/core/tables", () => {
  const esm = node(
    `import { dataset, DATASET_VERSION } from "@korea-relations/core";
     import { tables, tableDocs, TABLE_NAMES } from "@korea-relations/core/tables";${BUILTIN}`,
    "module",
  );
  const cjs = node(
    `const { dataset, DATASET_VERSION } = require("@korea-relations/core");
     const { tables, tableDocs, TABLE_NAMES } = require("@korea-relations/core/tables");${BUILTIN}`,
    "commonjs",
  );

  it("makes the shipped CSV and NDJSON tables from the built-in records, byte for byte", () => {
    const tableFiles = readdirSync(join(core, "data"))
      .filter((name) => /\.(csv|ndjson)$/.test(name))
      .sort();
    expect(tableFiles.length).toBe(2 * esm.names.length);
    expect(Object.keys(esm.files).sort()).toEqual(tableFiles);
    for (const name of tableFiles) {
      expect(esm.files[name] === shipped(name), name).toBe(true);
      expect(cjs.files[name] === shipped(name), name).toBe(true);
    }
  });

  it("describes the tables as dataset.meta.json does", () => {
    const meta = JSON.parse(shipped("dataset.meta.json"));
    expect(esm.docs).toEqual(meta.tables);
    expect(cjs.docs).toEqual(meta.tables);
  });

  it("makes the same tables from a user's own records", () => {
    const out = node(
      `import { createRelations, dataset } from "@korea-relations/core";
       import { csvText, tables, VERSION_COLUMN } from "@korea-relations/core/tables";
       const retitled = (e) => e.countries.includes("JP") ? { ...e, title: { en: 'Talks, "quoted"', de: e.title.de } } : e;
       const mine = createRelations(dataset.records.map((r) => (r.type === "event" ? retitled(r) : r)));
       const files = tables(mine.dataset.records, { version: "my-1" });
       const csv = files.get("event.csv");
       const rows = files.get("event.ndjson").trimEnd().split("\\n").map((line) => JSON.parse(line));
       const first = rows.find((row) => row.country_ids.includes("JP"));
       console.log(JSON.stringify({
         lines: csv.trimEnd().split("\\n").length - 1 === dataset.events.length && rows.length === dataset.events.length,
         header: csv.split("\\n")[0].split(",").at(-1),
         quoted: csv.includes(',"Talks, ""quoted""",'),
         first: [first.event_id, first.title_en, first[VERSION_COLUMN]],
         unversioned: tables(mine.dataset.records).get("event.csv").includes(VERSION_COLUMN),
         table: csvText(["rank", "label"], [[1, "a,b"]]),
       }));`,
      "module",
    );
    expect(out).toEqual({
      lines: true,
      header: "dataset_version",
      quoted: true,
      first: [expect.any(String), 'Talks, "quoted"', "my-1"],
      unversioned: false,
      table: 'rank,label\n1,"a,b"\n',
    });
  });

  it("names a wrong argument in a TypeError", () => {
    const out = node(
      `const { tables } = require("@korea-relations/core/tables");
       const message = (run) => { try { run(); return "no error"; } catch (e) { return e.constructor.name + ": " + e.message; } };
       console.log(JSON.stringify([
         message(() => tables({ records: [] })),
         message(() => tables([], "1.0.0")),
         message(() => tables([], { verison: "1.0.0" })),
       ]));`,
      "commonjs",
    );
    expect(out).toEqual([
      "TypeError: tables(records) must be an array of records, got an object",
      "TypeError: tables(records, options) must be an object, got a string",
      'TypeError: Unknown key "verison" in tables(records, options): the only key is "version"',
    ]);
  });
});
