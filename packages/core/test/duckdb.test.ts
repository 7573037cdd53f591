/**
 * The CSV and NDJSON files the package ships load into a real DuckDB
 * (in-process), and SQL there answers a question the same way the core API
 * does: events of South Korea with Japan, per year.
 */

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { dataset, findEvents } from "../src/index.js";

const data = join(dirname(fileURLToPath(import.meta.url)), "../data");

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

/** The core API's answer: year → number of events with both KR and JP as parties. */
function perYear(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of findEvents({ countries: ["KR", "JP"] })) {
    const year = event.date.value.slice(0, 4);
    counts[year] = (counts[year] ?? 0) + 1;
  }
  return counts;
}

describe("DuckDB over the shipped tables", () => {
  it("counts KR–JP events per year from event.csv as the core API does", async () => {
    const rows = await query(`
      SELECT substr(event_date, 1, 4) AS year, count(*) AS events
      FROM read_csv('${join(data, "event.csv")}', header = true, all_varchar = true)
      WHERE list_contains(string_split(countries, ';'), 'KR')
        AND list_contains(string_split(countries, ';'), 'JP')
      GROUP BY year ORDER BY year`);
    expect(Object.fromEntries(rows.map((r) => [r.year, Number(r.events)]))).toEqual(perYear());
  });

  it("reads event.ndjson with the same answer, and every record of every table", async () => {
    const rows = await query(`
      SELECT substr(date.value, 1, 4) AS year, count(*) AS events
      FROM read_json('${join(data, "event.ndjson")}', format = 'newline_delimited')
      WHERE list_contains(countries, 'KR') AND list_contains(countries, 'JP')
      GROUP BY year ORDER BY year`);
    expect(Object.fromEntries(rows.map((r) => [r.year, Number(r.events)]))).toEqual(perYear());
    const [countries] = await query(
      `SELECT count(*) AS n FROM read_csv('${join(data, "country.csv")}', header = true)`,
    );
    expect(Number(countries?.n)).toBe(dataset.countries.length);
  });
});
