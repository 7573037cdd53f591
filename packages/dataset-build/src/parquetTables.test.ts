import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { DatasetRecord } from "@korea-relations/model";
import { TABLE_NAMES, tableColumns, tables } from "@korea-relations/model";
import { afterAll, describe, expect, it } from "vitest";
import { parquetTables } from "./parquetTables.js";

const records: DatasetRecord[] = [
  {
    type: "event",
    id: "2020-meeting",
    kind: "meeting",
    title: { en: "Meeting, with a comma\nand a line", de: "Treffen" },
    summary: { en: 'They said "hi".', de: "Hallo." },
    plover: { type: "CONSULT", mode: "visit" },
    cameo: "04",
    date: { value: "2020-02", basis: "stated" },
    status: "occurred",
    participants: [{ person: "a" }],
    countries: ["DE", "KR"],
    subjects: [],
    organizations: [],
    topics: [],
    evidence: [{ source: "s", quote: "met", span: [10, 13] }],
  },
  {
    type: "agreement",
    id: "deal",
    kind: "arms-contract",
    title: { en: "Deal", de: "Deal" },
    summary: { en: "A deal.", de: "Ein Deal." },
    parties: ["KR"],
    value: [{ amount: 15_000_000_000, currency: "EUR", approx: true }],
    topics: [],
    evidence: [{ source: "s", quote: "deal" }],
  },
];
const VERSION = "1.2.3+abc";
const files = tables(records, { version: VERSION });
const csv = new Map(TABLE_NAMES.map((t) => [t, files.get(`${t}.csv`) ?? ""]));
const dir = mkdtempSync(join(tmpdir(), "parquet-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("parquetTables", async () => {
  const parquet = await parquetTables(csv, VERSION);
  for (const [table, bytes] of parquet) writeFileSync(join(dir, `${table}.parquet`), bytes);

  it("writes every table, with the columns' types", async () => {
    expect([...parquet.keys()]).toEqual(TABLE_NAMES);
    for (const table of TABLE_NAMES) {
      const described = await query(`DESCRIBE SELECT * FROM '${join(dir, `${table}.parquet`)}'`);
      expect(
        described.map((c) => [c.column_name, c.column_type]),
        table,
      ).toEqual(tableColumns()[table]);
    }
  });

  it("holds the rows of the NDJSON table, and the version in its metadata", async () => {
    const rows = await query(`SELECT * FROM '${join(dir, "event.parquet")}'`);
    const ndjson = JSON.parse((files.get("event.ndjson") ?? "").trim());
    expect(rows).toEqual([ndjson]);
    const [amount] = await query(`SELECT * FROM '${join(dir, "amount.parquet")}'`);
    expect(amount).toMatchObject({ amount: 15_000_000_000, approx: true });
    const meta = await query(
      `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${join(dir, "event.parquet")}')`,
    );
    expect(meta).toContainEqual({ key: "dataset_version", value: VERSION });
  });

  it("gives the same bytes for the same tables", async () => {
    const again = await parquetTables(csv, VERSION);
    for (const [table, bytes] of parquet) {
      expect(Buffer.from(again.get(table) ?? []).equals(Buffer.from(bytes)), table).toBe(true);
    }
  });
});
