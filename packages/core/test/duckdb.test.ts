/**
 * The tables the package ships (`data/<table>.csv`, `.ndjson`, `.parquet`)
 * load into a real DuckDB (in-process): every table read with its explicit
 * column types (as `dataset.meta.json` lists them) gives the same rows in all
 * three formats, and those rows say what the core API says; DuckDB's sniffer,
 * given no hints, gets the intended types; SQL answers a question the same
 * way the API does.
 */

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import {
  DATASET_VERSION,
  type DatasetRecord,
  type DateValue,
  dataset,
  dateRange,
  findEvents,
  get,
  quadClass,
} from "../src/index.js";

const data = join(dirname(fileURLToPath(import.meta.url)), "../data");
const path = (file: string) => join(data, file).replace(/'/g, "''");

interface Meta {
  readonly version: string;
  readonly files: Record<string, { sha256: string }>;
  readonly tables: Record<string, { columns: { name: string; type: string }[] }>;
}
const meta = JSON.parse(readFileSync(join(data, "dataset.meta.json"), "utf8")) as Meta;
const TABLES = Object.keys(meta.tables);

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

type Row = Record<string, unknown>;
async function query(sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
}

const struct = (columns: { name: string; type: string }[], list = (t: string) => t) =>
  `{${columns.map((c) => `'${c.name}': '${list(c.type)}'`).join(", ")}}`;

/** A table's CSV with explicit types: lists are JSON arrays in CSV, read as text and parsed. */
function csvSql(table: string): string {
  const columns = meta.tables[table]?.columns ?? [];
  const select = columns.map((c) =>
    c.type === "VARCHAR[]" ? `from_json("${c.name}", '["VARCHAR"]') AS "${c.name}"` : `"${c.name}"`,
  );
  return `SELECT ${select.join(", ")} FROM read_csv('${path(`${table}.csv`)}', header = true,
    auto_detect = false, columns = ${struct(columns, (t) => (t === "VARCHAR[]" ? "VARCHAR" : t))})`;
}
const ndjsonSql = (table: string) =>
  `SELECT * FROM read_json('${path(`${table}.ndjson`)}', format = 'newline_delimited',
    columns = ${struct(meta.tables[table]?.columns ?? [])})`;
const parquetSql = (table: string) => `SELECT * FROM '${path(`${table}.parquet`)}'`;

const day = (date: Date) => date.toISOString().slice(0, 10);
const absent = <T>(value: T | undefined) => value ?? null;

/** The date columns of each record table and the field each one is. */
const DATES: Record<string, [column: string, get: (r: DatasetRecord) => DateValue | undefined][]> =
  {
    source: [["published_date", (r) => (r.type === "source" ? r.published : undefined)]],
    office: [
      ["start_date", (r) => (r.type === "office" ? r.start : undefined)],
      ["end_date", (r) => (r.type === "office" ? r.end : undefined)],
    ],
    event: [["event_date", (r) => (r.type === "event" ? r.date : undefined)]],
    agreement: [["agreement_date", (r) => (r.type === "agreement" ? r.date : undefined)]],
    quote: [["quote_date", (r) => (r.type === "quote" ? r.date : undefined)]],
  };

/** What the API says a date's columns hold. */
function dateColumns(column: string, date: DateValue | undefined): Row {
  const range = date && dateRange(date);
  return {
    [column]: absent(date?.value),
    [`${column}_end`]: absent(date?.end),
    [`${column}_basis`]: absent(date?.basis),
    [`${column}_reason_en`]: absent(date?.reason?.en),
    [`${column}_reason_de`]: absent(date?.reason?.de),
    [`${column}_from`]: range ? day(range.start) : null,
    [`${column}_to`]: range ? day(range.end) : null,
    [`${column}_precision`]: absent(range?.precision),
  };
}

/** The rows of the evidence table as the API's records give them. */
function evidenceRows(): Row[] {
  const rows: Row[] = [];
  for (const record of dataset.records) {
    const all = [
      ...(record.evidence ?? []).map((e) => [e, e.supports?.length ? e.supports : [null]] as const),
      ...(record.type === "source" ? (record.credits ?? []) : []).map(
        (c) => [c.evidence, ["credits"]] as const,
      ),
    ];
    for (const [evidence, fields] of all) {
      for (const field of fields) {
        rows.push({
          record_id: record.id,
          record_type: record.type,
          field,
          source_id: evidence.source,
          page_position: evidence.position,
          quote: evidence.quote,
          span_start: evidence.span[0],
          span_end: evidence.span[1],
          dataset_version: DATASET_VERSION,
        });
      }
    }
  }
  return rows;
}

describe("DuckDB over the shipped tables", () => {
  it("lists a CSV, NDJSON and Parquet file with its SHA-256 for every table", () => {
    expect(TABLES).toEqual(
      expect.arrayContaining([
        ...["source", "country", "place", "organization", "person", "office", "event"],
        ...["agreement", "quote", "topic", "evidence", "amount", "item", "participant"],
        ...["credit", "office_sighting"],
      ]),
    );
    for (const table of TABLES) {
      for (const ext of ["csv", "ndjson", "parquet"]) {
        expect(meta.files[`${table}.${ext}`]?.sha256, `${table}.${ext}`).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    expect(meta.version).toBe(DATASET_VERSION);
  });

  it("reads every table with explicit types: the same rows from CSV, NDJSON and Parquet", async () => {
    for (const table of TABLES) {
      const csv = await query(csvSql(table));
      expect(csv.length, table).toBeGreaterThan(0);
      expect(await query(ndjsonSql(table)), `${table}.ndjson`).toEqual(csv);
      expect(await query(parquetSql(table)), `${table}.parquet`).toEqual(csv);
      const described = await query(`DESCRIBE ${parquetSql(table)}`);
      expect(
        described.map((c) => ({ name: c.column_name, type: c.column_type })),
        table,
      ).toEqual(meta.tables[table]?.columns.map(({ name, type }) => ({ name, type })));
      for (const row of csv) expect(row.dataset_version).toBe(DATASET_VERSION);
    }
    const kv = await query(
      `SELECT decode(value) AS v FROM parquet_kv_metadata('${path("event.parquet")}') WHERE decode(key) = 'dataset_version'`,
    );
    expect(kv).toEqual([{ v: DATASET_VERSION }]);
  });

  it("gives each record table one row per record, with what the API says", async () => {
    const plural: Record<string, keyof typeof dataset> = {
      source: "sources",
      country: "countries",
      place: "places",
      organization: "organizations",
      person: "people",
      office: "offices",
      event: "events",
      agreement: "agreements",
      quote: "quotes",
      topic: "topics",
    };
    for (const [table, key] of Object.entries(plural)) {
      const rows = await query(csvSql(table));
      const records = dataset[key] as readonly DatasetRecord[];
      expect(rows.map((r) => r[`${table}_id`]).sort(), table).toEqual(
        records.map((r) => r.id).sort(),
      );
      for (const row of rows) {
        const record = get(row[`${table}_id`] as string) as DatasetRecord;
        for (const [column, date] of DATES[table] ?? []) {
          expect(row, `${table} ${record.id}`).toMatchObject(dateColumns(column, date(record)));
        }
        if (record.type === "event") {
          expect(row).toMatchObject({
            event_type: record.plover.type,
            event_mode: absent(record.plover.mode),
            cameo_root_code: record.cameo,
            quad_class: quadClass(record.cameo),
            country_ids: record.countries,
            subject_ids: record.subjects,
            participant_ids: record.participants.map((p) => p.person),
            organization_ids: record.organizations,
            topic_ids: record.topics,
            place_id: absent(record.place?.id),
            place_basis: absent(record.place?.basis),
            place_reason_en: absent(record.place?.reason?.en),
            place_reason_de: absent(record.place?.reason?.de),
            part_of_event_id: absent(record.partOf),
            title_en: record.title.en,
          });
        }
        if (record.type === "quote") {
          expect(row).toMatchObject({
            speaker_id: record.speaker,
            speaker_type: get(record.speaker).type,
            text: record.text,
            translated: record.translated ?? false,
            rendering_text: record.rendering.text,
            rendering_language: record.rendering.language,
            rendering_by: "dataset",
            event_id: absent(record.event),
          });
        }
        if (record.type === "office") {
          expect(row).toMatchObject({
            person_id: record.person,
            country_id: absent(record.country),
            organization_id: absent(record.organization),
            roles: record.roles,
            label_en: record.label.en,
            label_de: record.label.de,
            titles: record.titles,
            status: record.status,
          });
        }
        if (record.type === "agreement") {
          expect(row).toMatchObject({
            party_ids: record.parties,
            organization_ids: absent(record.organizations),
            event_id: absent(record.event),
          });
        }
        if (record.type === "organization") expect(row.member_ids).toEqual(absent(record.members));
        if (record.type === "person") expect(row.nationality_ids).toEqual(record.nationality);
        if (record.type === "country" || record.type === "topic")
          expect(row.aliases).toEqual(record.aliases);
        if (
          record.type === "country" ||
          record.type === "place" ||
          record.type === "organization" ||
          record.type === "person" ||
          record.type === "topic"
        ) {
          expect(row).toMatchObject({
            basis: absent(record.basis),
            reason_en: absent(record.reason?.en),
            reason_de: absent(record.reason?.de),
          });
        }
      }
    }
  });

  it("gives evidence, participants, amounts and items one row each, as the API's records hold them", async () => {
    const order = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(order(await query(csvSql("evidence")))).toEqual(order(evidenceRows()));
    expect(order(await query(csvSql("participant")))).toEqual(
      order(
        dataset.events.flatMap((e) =>
          e.participants.map((p) => ({
            event_id: e.id,
            person_id: p.person,
            office_id: absent(p.office),
            dataset_version: DATASET_VERSION,
          })),
        ),
      ),
    );
    expect(order(await query(csvSql("office_sighting")))).toEqual(
      order(
        dataset.offices.flatMap((o) =>
          o.evidence.flatMap((e) =>
            (
              [
                ["in_office", e.seen],
                ["former", e.former],
              ] as const
            ).flatMap(([as, date]) =>
              date
                ? [
                    {
                      office_id: o.id,
                      person_id: o.person,
                      seen_as: as,
                      ...dateColumns("seen_date", date),
                      source_id: e.source,
                      quote: e.quote,
                      span_start: e.span[0],
                      dataset_version: DATASET_VERSION,
                    },
                  ]
                : [],
            ),
          ),
        ),
      ),
    );
    const agreements = [...dataset.agreements].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await query(csvSql("amount"))).toEqual(
      agreements.flatMap((a) =>
        (a.value ?? []).map((v) => ({
          agreement_id: a.id,
          amount: v.amount,
          currency: v.currency,
          approx: v.approx ?? false,
          dataset_version: DATASET_VERSION,
        })),
      ),
    );
    expect(await query(csvSql("item"))).toEqual(
      agreements.flatMap((a) =>
        (a.items ?? []).map((i) => ({
          agreement_id: a.id,
          name: i.name,
          quantity: i.quantity,
          approx: i.approx ?? false,
          aliases: absent(i.aliases),
          dataset_version: DATASET_VERSION,
        })),
      ),
    );
  });

  it("gets the intended types from DuckDB's sniffer without hints", async () => {
    const checked = { DATE: 0, BOOLEAN: 0, cameo: 0 };
    for (const table of TABLES) {
      const sniffed = await query(
        `DESCRIBE SELECT * FROM read_csv_auto('${path(`${table}.csv`)}')`,
      );
      const types = Object.fromEntries(sniffed.map((c) => [c.column_name, c.column_type]));
      for (const { name, type } of meta.tables[table]?.columns ?? []) {
        // A column with no value at all has nothing to sniff (DuckDB says VARCHAR).
        const [{ n } = { n: 0 }] = await query(
          `SELECT count("${name}") AS n FROM read_csv('${path(`${table}.csv`)}', all_varchar = true)`,
        );
        if (Number(n) === 0) continue;
        if (type === "DATE" || type === "BOOLEAN") {
          expect(types[name], `${table}.${name}`).toBe(type);
          checked[type]++;
        }
        if (name === "cameo_root_code") {
          expect(types[name]).toBe("VARCHAR");
          checked.cameo++;
        }
      }
    }
    expect(checked.DATE).toBeGreaterThan(10);
    expect(checked.BOOLEAN).toBeGreaterThan(3);
    expect(checked.cameo).toBe(1);
    const codes = await query(
      `SELECT DISTINCT cameo_root_code AS c FROM read_csv_auto('${path("event.csv")}') ORDER BY c`,
    );
    expect(codes.map((r) => r.c)).toContain("04");
  });

  it("uses no column name that DuckDB reserves (only its unreserved keywords)", async () => {
    const keywords = await query(
      "SELECT keyword_name AS k FROM duckdb_keywords() WHERE keyword_category <> 'unreserved'",
    );
    const reserved = new Set(keywords.map((r) => r.k));
    expect(reserved.has("end")).toBe(true);
    for (const table of TABLES) {
      for (const { name } of meta.tables[table]?.columns ?? []) {
        expect(reserved.has(name), `${table}.${name}`).toBe(false);
        expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      }
    }
  });

  it("counts KR–JP events per year from event.csv as the core API does", async () => {
    const perYear: Record<string, number> = {};
    for (const event of findEvents({ countries: ["KR", "JP"] })) {
      const year = dateRange(event.date).start.getUTCFullYear();
      perYear[year] = (perYear[year] ?? 0) + 1;
    }
    const rows = await query(`
      SELECT year(event_date_from) AS year, count(*) AS events
      FROM read_csv_auto('${path("event.csv")}')
      WHERE list_contains(from_json(country_ids, '["VARCHAR"]'), 'KR')
        AND list_contains(from_json(country_ids, '["VARCHAR"]'), 'JP')
      GROUP BY year ORDER BY year`);
    expect(Object.fromEntries(rows.map((r) => [r.year, Number(r.events)]))).toEqual(perYear);
    const parquet = await query(`
      SELECT year(event_date_from) AS year, count(*) AS events FROM ${"'"}${path("event.parquet")}'
      WHERE list_has_all(country_ids, ['KR', 'JP']) GROUP BY year ORDER BY year`);
    expect(parquet).toEqual(rows);
  });
});
