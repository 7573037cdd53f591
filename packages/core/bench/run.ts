/**
 * `pnpm bench`: builds synthetic datasets of 1k, 10k and 100k events and
 * reports, in one run, index build time and memory, indexed queries against a
 * plain linear scan over the same arrays (median, p95, ratio), search, and the
 * cold import of the built package against bare `node -e 0`.
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetRecord, Event, Office } from "@korea-relations/model";
import { compareDates, dateInterval, toDayRange } from "@korea-relations/model";
import { createRelations } from "../src/createRelations.js";
import { synthetic } from "./synthetic.js";

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);

function measure(fn: () => unknown, runs = 200): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.floor(runs * 0.95)] ?? 0 };
}

const ms = (n: number) => (n < 0.01 ? n.toFixed(4) : n < 1 ? n.toFixed(3) : n.toFixed(1));
const rows: string[] = [];
const row = (...cells: (string | number)[]) => rows.push(`| ${cells.join(" | ")} |`);

function overlap(e: Event, from: number, to: number): boolean {
  const i = dateInterval(e.date);
  return i.start <= to && i.end >= from;
}

for (const size of SIZES) {
  const records: DatasetRecord[] = synthetic(size, 42);
  const events = records.filter((r): r is Event => r.type === "event");
  const offices = records.filter((r): r is Office => r.type === "office");
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = createRelations(records);
  const build = performance.now() - t0;
  r.search("warmup");
  const heapAfter = process.memoryUsage().heapUsed;
  row(
    `${size} events`,
    "createRelations (+ search index)",
    ms(build + 0),
    "",
    `${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB heap`,
    "",
  );

  const from = toDayRange("2000").start;
  const to = toDayRange("2005-06").end;
  const queries: [string, () => unknown, () => unknown][] = [
    [
      "findEvents KR+JP 2000…2005-06",
      () => r.findEvents({ countries: ["KR", "JP"], from: "2000", to: "2005-06" }),
      () =>
        events
          .filter(
            (e) => e.countries.includes("KR") && e.countries.includes("JP") && overlap(e, from, to),
          )
          .sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1)),
    ],
    [
      "timeline(DE, FR)",
      () => r.timeline("DE", "FR"),
      () =>
        events
          .filter((e) => e.countries.includes("DE") && e.countries.includes("FR"))
          .sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1)),
    ],
    [
      "partners(KR)",
      () => r.partners("KR"),
      () => {
        const counts = new Map<string, number>();
        for (const e of events) {
          if (!e.countries.includes("KR")) continue;
          for (const c of e.countries) if (c !== "KR") counts.set(c, (counts.get(c) ?? 0) + 1);
        }
        return [...counts].sort((a, b) => b[1] - a[1]);
      },
    ],
    [
      "officeHolders foreign-minister KR at 2010",
      () => r.officeHolders({ role: "foreign-minister", country: "KR", at: "2010" }),
      () => {
        // The same semantics as officeHolders: the terms held at the date,
        // those a source shows then first, then the nearest sighting.
        const at = toDayRange("2010");
        const middle = (at.start + at.end) / 2;
        const sightings = (o: Office) =>
          o.evidence.flatMap((e) => (e.seen ? [dateInterval(e.seen)] : []));
        const shown = (o: Office) =>
          sightings(o).some((i) => i.start <= at.end && i.end >= at.start) ? 0 : 1;
        const distance = (o: Office) =>
          Math.min(...sightings(o).map((i) => Math.abs((i.start + i.end) / 2 - middle)));
        return offices
          .filter((o) => {
            if (!o.roles.includes("foreign-minister") || o.country !== "KR") return false;
            const seen = sightings(o);
            const start = o.start
              ? dateInterval(o.start).start
              : Math.min(...seen.map((i) => i.start));
            const end = o.end
              ? dateInterval(o.end).end
              : o.status === "current"
                ? Number.POSITIVE_INFINITY
                : Math.max(...seen.map((i) => i.end));
            return start <= at.end && end >= at.start;
          })
          .sort(
            (a, b) => shown(a) - shown(b) || distance(a) - distance(b) || (a.id < b.id ? -1 : 1),
          );
      },
    ],
  ];
  for (const [name, indexed, scan] of queries) {
    const a = measure(indexed);
    const b = measure(scan, 50);
    row(
      `${size} events`,
      name,
      ms(a.median),
      ms(a.p95),
      `scan ${ms(b.median)}`,
      `${(b.median / Math.max(a.median, 1e-6)).toFixed(0)}×`,
    );
  }
  const s = measure(() => r.search("kimlee park"), 50);
  row(
    `${size} events`,
    `search (${records.length - events.length - 1} entities + ${events.length} events)`,
    ms(s.median),
    ms(s.p95),
    "",
    "",
  );
}

// Cold import of the built package plus a first query, against bare node, in this run.
const dist = join(here, "../dist/index.js");
const cold = (args: string[]) => {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    execFileSync(process.execPath, args);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[7] ?? 0;
};
const bare = cold(["-e", "0"]);
const imported = cold([
  "--input-type=module",
  "-e",
  `import { getCountry } from ${JSON.stringify(dist)}; getCountry("KR");`,
]);
row(
  "built package",
  "cold import + getCountry(KR)",
  ms(imported),
  "",
  `bare node ${ms(bare)}`,
  `+${ms(imported - bare)} ms`,
);

console.log("| dataset | query | median ms | p95 ms | compared with | ratio |");
console.log("|---|---|---:|---:|---|---:|");
console.log(rows.join("\n"));
