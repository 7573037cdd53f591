/**
 * `pnpm bench:brief`: the brief and the barometer at 100k events, beside a
 * plain linear scan over the same events (the anchor, measured in the same
 * run): a pair brief over ten years on the seeded synthetic dataset, and on a
 * variant where one event in ten is between the pair (a dense pair), with
 * subjects and every CAMEO root.
 */
import type { DatasetRecord, Event } from "@korea-relations/model";
import { CAMEO_ROOT_CODES } from "@korea-relations/model";
import { barometer } from "../src/brief/barometer.js";
import { brief } from "../src/brief/brief.js";
import { briefHtml } from "../src/brief/formats/briefHtml.js";
import { briefMarkdown } from "../src/brief/formats/briefMarkdown.js";
import { createRelations } from "../src/createRelations.js";
import { synthetic } from "./synthetic.js";

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000);

function measure(fn: () => unknown, runs: number): { median: number; p95: number } {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.floor(runs * 0.95)] ?? 0 };
}

/** One event in ten between KR and JP, with subjects and roots 01–20. */
function densePair(records: DatasetRecord[]): DatasetRecord[] {
  let i = 0;
  return records.map((record) => {
    if (record.type !== "event") return record;
    i++;
    const cameo = CAMEO_ROOT_CODES[i % CAMEO_ROOT_CODES.length] as Event["cameo"];
    if (i % 10 !== 0) return { ...record, cameo };
    const about = i % 30 === 0;
    return {
      ...record,
      cameo,
      countries: about ? ["JP"] : ["KR", "JP"],
      subjects: about ? ["KR"] : [],
    };
  });
}

const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(1));
const rows: string[] = [];
const row = (...cells: (string | number)[]) => rows.push(`| ${cells.join(" | ")} |`);
row("dataset", "call", "events in it", "median ms", "p95 ms", "scan ms (anchor)", "ratio");
row("---", "---", "---:", "---:", "---:", "---:", "---:");

for (const [name, records] of [
  [`${SIZE / 1000}k synthetic`, synthetic(SIZE, 42)],
  [`${SIZE / 1000}k dense KR–JP`, densePair(synthetic(SIZE, 42))],
] as const) {
  const r = createRelations(records);
  const events = records.filter((record): record is Event => record.type === "event");
  r.timeline("KR", "JP");
  r.findQuotes();
  r.findAgreements();
  // The anchor: the same selection by a plain scan (filter on countries and dates, then sort).
  const scan = () =>
    events
      .filter(
        (e) =>
          (e.countries.includes("KR") || e.subjects.includes("KR")) &&
          (e.countries.includes("JP") || e.subjects.includes("JP")) &&
          e.date.value.slice(0, 4) >= "2010" &&
          e.date.value.slice(0, 4) <= "2019",
      )
      .sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0));
  const anchor = measure(scan, 20);
  const window = { from: "2010", to: "2019" };
  const n = brief(r, "KR", "JP", window).basis.events.length;
  for (const [call, fn] of [
    ["brief(KR, JP, 2010–2019)", () => brief(r, "KR", "JP", window)],
    ["brief + briefMarkdown", () => briefMarkdown(brief(r, "KR", "JP", window))],
    ["brief + briefHtml", () => briefHtml(brief(r, "KR", "JP", window))],
    ["barometer(KR, JP, by month)", () => barometer(r, "KR", "JP", { ...window, by: "month" })],
  ] as const) {
    const t = measure(fn, 30);
    row(
      name,
      call,
      n,
      ms(t.median),
      ms(t.p95),
      ms(anchor.median),
      `${(t.median / anchor.median).toFixed(2)}×`,
    );
  }
}

console.log(rows.join("\n"));
