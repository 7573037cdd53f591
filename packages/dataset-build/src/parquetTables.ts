/**
 * `<table>.parquet` beside each `<table>.csv`, written by DuckDB (the
 * registry's `@duckdb/node-api`, whose binary comes with the install; nothing
 * downloads). Each file is the CSV read with its explicit column types
 * (`tableColumns`), lists as `VARCHAR[]`, the dataset's version also in the
 * file's key-value metadata (`dataset_version`). One thread and insertion
 * order, so the same CSV gives the same bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { type ColumnType, tableColumns } from "@korea-relations/model";
import { datasetMeta, OUTPUTS } from "./generate.js";

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** How a column is read from CSV (lists are JSON text there), and how it is selected. */
function column(name: string, type: ColumnType): { read: string; select: string } {
  if (type === "VARCHAR[]") {
    return {
      read: "VARCHAR",
      select: `from_json(${sqlName(name)}, '["VARCHAR"]') AS ${sqlName(name)}`,
    };
  }
  return { read: type, select: sqlName(name) };
}

/**
 * The Parquet file of every table whose CSV is in `csv` (by table name), for
 * the dataset `version`.
 */
export async function parquetTables(
  csv: ReadonlyMap<string, string>,
  version: string,
): Promise<Map<string, Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), "korea-relations-parquet-"));
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  const out = new Map<string, Uint8Array>();
  try {
    for (const [table, columns] of Object.entries(tableColumns())) {
      const content = csv.get(table);
      if (content === undefined) continue;
      const input = join(dir, `${table}.csv`);
      const output = join(dir, `${table}.parquet`);
      writeFileSync(input, content);
      const cols = columns.map(([name, type]) => ({ name, ...column(name, type) }));
      const types = cols.map((c) => `${sqlString(c.name)}: ${sqlString(c.read)}`).join(", ");
      await connection.run(`
        COPY (
          SELECT ${cols.map((c) => c.select).join(", ")}
          FROM read_csv(${sqlString(input)}, header = true, auto_detect = false,
            delim = ',', quote = '"', escape = '"', strict_mode = true,
            columns = {${types}})
        ) TO ${sqlString(output)}
        (FORMAT parquet, COMPRESSION zstd, KV_METADATA { dataset_version: ${sqlString(version)} })`);
      out.set(table, new Uint8Array(readFileSync(output)));
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/**
 * Adds `<table>.parquet` beside each generated `<table>.csv` in `files` and
 * rewrites `dataset.meta.json` so it lists them with their SHA-256 too.
 */
export async function withParquet(
  files: Map<string, string | Uint8Array>,
  version: string,
): Promise<void> {
  const folder = OUTPUTS.tables;
  const csv = new Map<string, string>();
  for (const table of Object.keys(tableColumns())) {
    const content = files.get(`${folder}/${table}.csv`);
    if (typeof content === "string") csv.set(table, content);
  }
  for (const [table, bytes] of await parquetTables(csv, version)) {
    files.set(`${folder}/${table}.parquet`, bytes);
  }
  files.set(OUTPUTS.datasetMeta, datasetMeta(version, files));
}
