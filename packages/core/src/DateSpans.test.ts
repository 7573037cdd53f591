/**
 * Records in date order (`RecordStore.dated`) and date windows over them
 * (`DateSpans`), against plain models: a sort by `compare` and a scan of
 * every record, over synthetic datasets with same-day ties, undated records
 * and spans of decades.
 */
import { type Agreement, type DatasetRecord, dayOf, type Event } from "@korea-relations/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { synthetic } from "../bench/synthetic.js";
import { checkDataset } from "./checkDataset.js";
import { DateSpans } from "./DateSpans.js";
import { RecordStore } from "./RecordStore.js";

/** A synthetic dataset with agreements (some undated) and events spanning decades. */
function dataset(events: number, seed: number): DatasetRecord[] {
  const records = synthetic(events, seed);
  const first = records.find((r): r is Event => r.type === "event") as Event;
  const long = (id: string, value: string, end: string): Event => ({
    ...first,
    id,
    date: { value, end, basis: "stated" },
  });
  const agreement = (id: string, date?: string): Agreement => ({
    type: "agreement",
    id,
    kind: "treaty",
    title: { en: id, de: id },
    summary: { en: id, de: id },
    parties: ["KR", "JP"],
    organizations: [],
    ...(date === undefined ? {} : { date: { value: date, basis: "stated" } }),
    topics: [],
    evidence: first.evidence,
  });
  return [
    ...records,
    long("war", "1950-06-25", "1953-07-27"),
    long("rule", "1910", "1945-08"),
    long("cold-war", "1947", "1991-12-26"),
    agreement("a-undated-2"),
    agreement("a-1965", "1965-06-22"),
    agreement("a-undated-1"),
    agreement("a-1965-06", "1965-06"),
    agreement("a-1965-b", "1965-06-22"),
  ];
}

describe("RecordStore.dated", () => {
  it("orders every dated type as sorting by compare does: date, precision, id; undated last", () => {
    for (const seed of [1, 2, 3]) {
      const store = new RecordStore(checkDataset(dataset(400, seed)));
      for (const type of ["event", "agreement", "quote", "office", "source"] as const) {
        const expected = [...store.ofType(type)].sort(store.compare);
        const { records, starts, ends } = store.dated(type);
        expect(records.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        records.forEach((record, rank) => {
          const interval = store.interval(record);
          expect(starts[rank]).toBe(interval?.start ?? Number.POSITIVE_INFINITY);
          expect(ends[rank]).toBe(interval?.end ?? Number.NEGATIVE_INFINITY);
        });
      }
      expect(
        store
          .sorted("agreement")
          .slice(-2)
          .map((r) => r.id),
      ).toEqual(["a-undated-1", "a-undated-2"]);
    }
  });
});

describe("DateSpans", () => {
  const store = new RecordStore(checkDataset(dataset(2000, 7)));
  const { starts, ends } = store.dated("event");
  const spans = new DateSpans(starts, ends);

  it("visits, in rank order, every rank whose date overlaps a window, as a scan finds them", () => {
    const day = fc.integer({ min: dayOf("1900"), max: dayOf("2030") });
    fc.assert(
      fc.property(day, fc.nat(4000), (start, length) => {
        const window = { start, end: start + length, precision: 2 as const };
        const visited: number[] = [];
        spans.each(window, (rank) => visited.push(rank));
        expect(visited).toEqual([...visited].sort((a, b) => a - b));
        expect(new Set(visited).size).toBe(visited.length);
        expect(visited.length).toBeLessThanOrEqual(spans.size(window));
        const found = visited.filter((rank) => spans.overlaps(rank, window));
        const scan = [...starts.keys()].filter(
          (rank) =>
            (starts[rank] as number) <= window.end && (ends[rank] as number) >= window.start,
        );
        expect(found).toEqual(scan);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it("visits about a year's events for a month (years are short spans), not every event since 1910", () => {
    const window = { start: dayOf("2001-03"), end: dayOf("2001-03", true), precision: 1 as const };
    expect(spans.size(window)).toBeLessThan(starts.length / 15);
    const ids: string[] = [];
    spans.each(window, (rank) => {
      if (spans.overlaps(rank, window)) ids.push(store.sorted("event")[rank]?.id ?? "");
    });
    expect(ids).not.toContain("war");
    expect(ids).not.toContain("cold-war");
    const cold = { start: dayOf("1960"), end: dayOf("1960", true), precision: 0 as const };
    const during: string[] = [];
    spans.each(cold, (rank) => {
      if (spans.overlaps(rank, cold)) during.push(store.sorted("event")[rank]?.id ?? "");
    });
    expect(during).toContain("cold-war");
    expect(during).not.toContain("rule");
  });
});
