/**
 * `pnpm exec tsx bench/search.ts` (after `node --expose-gc`, see below): the
 * search engine at 100k synthetic events against DuckDB over the same events
 * in the same run. Reports building the entries, the first search (which
 * indexes), heap, and median / p95 over a fixed set of 50 realistic queries,
 * beside DuckDB's load of the same events and a case-insensitive substring
 * search of each query over titles and summaries, and beside the engine it
 * replaced (trigram shortlist + fuse.js; figures in BENCHMARKS.md).
 *
 *   node --expose-gc --import tsx bench/search.ts [events]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { DatasetRecord, Event } from "@korea-relations/model";
import { SearchEngine } from "../src/search/SearchEngine.js";
import { linkCounts, searchEntries, searchSource } from "../src/search/searchEntries.js";
import { searchQueries } from "./searchQueries.js";
import { synthetic } from "./synthetic.js";

const EVENTS = Number(process.argv[2] ?? 100_000);
const records: DatasetRecord[] = JSON.parse(JSON.stringify(synthetic(EVENTS, 42)));
const events = records.filter((r): r is Event => r.type === "event");

const QUERIES = searchQueries(records);

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}
const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(1));
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// DuckDB: load the same events from NDJSON, then substring-search each query.
const dir = mkdtempSync(join(tmpdir(), "search-bench-"));
const file = join(dir, "events.ndjson");
writeFileSync(file, events.map((e) => JSON.stringify(e)).join("\n"));
const duck = await (await DuckDBInstance.create(":memory:")).connect();
const loadDuck = async () => {
  await duck.run("DROP TABLE IF EXISTS events");
  const begin = performance.now();
  await duck.run(
    `CREATE TABLE events AS SELECT * FROM read_json('${file}', format='newline_delimited')`,
  );
  return performance.now() - begin;
};

// The machine is shared and noisy: DuckDB and the engine take turns, three
// times, and each figure is the median of its turns.
const duckLoads: number[] = [];
const entriesTimes: number[] = [];
const firstTimes: number[] = [];
const heaps: number[] = [];
let engine = new SearchEngine([]);
let entries: ReturnType<typeof searchEntries> = [];
let first = engine.search("");
let start = 0;
for (let round = 0; round < 3; round++) {
  duckLoads.push(await loadDuck());
  engine = new SearchEngine([]);
  entries = [];
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  start = performance.now();
  entries = searchEntries(records);
  entriesTimes.push(performance.now() - start);
  start = performance.now();
  engine = new SearchEngine(entries);
  first = engine.search(QUERIES[0] as string);
  firstTimes.push(performance.now() - start);
  gc();
  heaps.push(process.memoryUsage().heapUsed - heap0);
}
const duckLoad = stats(duckLoads).median;
const entriesTime = stats(entriesTimes).median;
const firstTime = stats(firstTimes).median;

const substring = await duck.prepare(
  "SELECT id FROM events WHERE title.en ILIKE $1 OR summary.en ILIKE $1 OR title.de ILIKE $1 OR summary.de ILIKE $1",
);
// Queries: each query on DuckDB, then on the engine, five rounds (the first a warm-up).
const times: number[] = [];
const duckTimes: number[] = [];
const totals: number[] = [];
const perQuery: number[][] = QUERIES.map(() => []);
for (let round = 0; round < 5; round++) {
  for (const [i, query] of QUERIES.entries()) {
    start = performance.now();
    substring.bindVarchar(1, `%${query}%`);
    await substring.runAndReadAll();
    const duckTime = performance.now() - start;
    start = performance.now();
    const result = engine.search(query);
    const time = performance.now() - start;
    if (round > 0) {
      times.push(time);
      duckTimes.push(duckTime);
      perQuery[i]?.push(time);
    } else totals.push(result.total);
  }
}
rmSync(dir, { recursive: true });
const engineStats = stats(times);
const duckStats = stats(duckTimes);

// Entries built as indexing needs them (`searchSource`), indexed ahead in
// idle-time slices of about 10 ms; then the first search. Links are counted
// in the first slice.
gc();
const ahead = new SearchEngine(searchSource(records, linkCounts(records)));
let slices = 0;
let longest = 0;
for (let done = false; !done; slices++) {
  start = performance.now();
  done = ahead.prepare(10);
  longest = Math.max(longest, performance.now() - start);
}
start = performance.now();
ahead.search(QUERIES[0] as string);
const firstAfterPrepare = performance.now() - start;

const rows: [string, string, string][] = [
  ["DuckDB: load the events (NDJSON)", ms(duckLoad), "anchor"],
  [
    "searchEntries (records → entries)",
    ms(entriesTime),
    `${(entriesTime / duckLoad).toFixed(2)}× DuckDB load`,
  ],
  [
    "first search (indexes everything)",
    ms(firstTime),
    `${(firstTime / duckLoad).toFixed(2)}× DuckDB load`,
  ],
  [
    `searchSource + prepare(10): ${slices} slices, the longest`,
    ms(longest),
    `${(longest / duckLoad).toFixed(3)}× DuckDB load`,
  ],
  [
    "first search after prepare",
    ms(firstAfterPrepare),
    `${(firstAfterPrepare / duckLoad).toFixed(3)}× DuckDB load`,
  ],
  ["heap of entries + index", `${(stats(heaps).median / 1e6).toFixed(0)} MB`, ""],
  [
    "search, 50 queries: median",
    ms(engineStats.median),
    `DuckDB substring ${ms(duckStats.median)}`,
  ],
  ["search, 50 queries: p95", ms(engineStats.p95), `DuckDB substring ${ms(duckStats.p95)}`],
];
console.log(`${records.length} records (${EVENTS} events); first search found ${first.total}`);
console.log("| step | ms | compared with |\n|---|---:|---|");
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
if (process.env.SHOW_QUERIES) {
  QUERIES.forEach((q, i) => {
    console.log(`${JSON.stringify(q)} → ${totals[i]} in ${ms(stats(perQuery[i] ?? []).median)} ms`);
  });
}
