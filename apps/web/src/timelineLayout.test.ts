import { parsePartialDate } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { timelineLayout } from "./timelineLayout.js";

const day = (value: string) => parsePartialDate(value)?.start as number;
const item = (id: string, start: string, lanes: string[], end = start) => ({
  id,
  start: day(start),
  end: parsePartialDate(end)?.end as number,
  lanes,
});

describe("timelineLayout", () => {
  const items = [
    item("a", "2020-08-10", ["DE"]),
    item("b", "2020-08-11", ["DE"]),
    item("c", "2025", ["JP"]),
    item("d", "2023-03-16", ["JP", "DE"]),
  ];
  const layout = timelineLayout(items, { width: 600, padding: 10, order: ["JP"] });

  it("spans whole years, with a tick at each year's start", () => {
    expect(layout.ticks.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(layout.ticks[0]?.x).toBe(10);
    expect(layout.ticks.at(-1)?.x).toBe(590);
    const xs = layout.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
  });

  it("keeps date order on the x axis and shows a vague date as a span", () => {
    const mark = (id: string, lane: string) =>
      layout.marks.find((m) => m.id === id && m.lane === lane);
    expect(mark("a", "DE")?.x1).toBeLessThan(mark("d", "DE")?.x1 as number);
    expect(mark("a", "DE")?.x2).toBe(mark("a", "DE")?.x1);
    const year = mark("c", "JP");
    expect((year?.x2 as number) - (year?.x1 as number)).toBeCloseTo(580 / 6, 0);
  });

  it("orders lanes as asked, puts an event in each of its lanes, and stacks overlaps", () => {
    expect(layout.lanes.map((l) => l.key)).toEqual(["JP", "DE"]);
    expect(layout.marks.filter((m) => m.id === "d")).toHaveLength(2);
    const a = layout.marks.find((m) => m.id === "a");
    const b = layout.marks.find((m) => m.id === "b");
    expect(a?.y).not.toBe(b?.y);
    const de = layout.lanes.find((l) => l.key === "DE");
    for (const m of layout.marks.filter((m) => m.lane === "DE")) {
      expect(m.y).toBeGreaterThan(de?.y as number);
      expect(m.y).toBeLessThan((de?.y as number) + (de?.height as number));
    }
    expect(layout.axisY).toBeGreaterThan(de?.y as number);
  });

  it("shrinks long runs of empty years to a gap, but not short ones", () => {
    const long = timelineLayout(
      [item("era", "1910", ["a"], "1945"), item("x", "2018", ["a"]), item("y", "2025", ["a"])],
      { width: 1000, padding: 0 },
    );
    expect(long.gaps.map((g) => [g.from, g.to])).toEqual([
      [1910, 2017],
      [2019, 2024],
    ]);
    const year2018 = long.ticks.find((t) => t.year === 2018);
    const year2019 = long.ticks.find((t) => t.year === 2019);
    const gap = long.gaps[0];
    // A full year is wider than the whole century-long gap.
    expect((year2019?.x as number) - (year2018?.x as number)).toBeGreaterThan(
      (gap?.x2 as number) - (gap?.x1 as number),
    );
    const era = long.marks.find((m) => m.id === "era");
    expect(era?.x1).toBe(0);
    const short = timelineLayout([item("x", "2020", ["a"]), item("y", "2023", ["a"])], {
      width: 500,
    });
    expect(short.gaps).toEqual([]);
    expect(short.labels.map((l) => l.text)).toEqual(["2020", "2021", "2022", "2023"]);
  });

  it("thins out year labels when space is short, and lays out nothing for no events", () => {
    const years = Array.from({ length: 26 }, (_, i) => item(`e${i}`, String(2000 + i), ["a"]));
    const narrow = timelineLayout(years, { width: 320 });
    expect(narrow.labels.length).toBeLessThan(26);
    expect(narrow.labels.length).toBeGreaterThan(2);
    expect(timelineLayout([], { width: 500 }).marks).toEqual([]);
  });
});
