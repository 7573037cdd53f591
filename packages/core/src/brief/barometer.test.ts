import type { DatasetRecord, Event } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { builtin } from "../builtin.js";
import { createRelations } from "../createRelations.js";
import { UnknownEntityError } from "../errors.js";
import type { Relations } from "../Relations.js";
import { type Barometer, QUAD_KEYS } from "./BarometerTypes.js";
import { barometer } from "./barometer.js";

// The expected numbers are computed here from `findEvents` alone, by the
// documented rules written out again: GDELT's root ranges, the period of an
// event's start (the window's first period for an event that certainly
// started before it; a year of its own for a year-only date by month), and
// party when every country takes part.
const QUAD = (root: string) => {
  const code = Number(root);
  return code <= 5 ? 0 : code <= 8 ? 1 : code <= 13 ? 2 : 3;
};
/** The last (or first) day a partial date can mean, as a string that sorts by date. */
const latest = (date: string) => `${date}-99-99`.slice(0, 10);
const earliest = (date: string) => `${date}-00-00`.slice(0, 10);

type Window = { from?: string; to?: string };

function expected(r: Relations, countries: string[], by: "year" | "month", window: Window) {
  const events = r.findEvents({ involves: countries, ...window });
  const buckets = new Map<string, string[]>();
  for (const event of events) {
    const role = countries.every((c) => event.countries.includes(c)) ? "party" : "about";
    const value = event.date.value;
    let period: string;
    if (window.from !== undefined && latest(value) < earliest(window.from)) {
      period =
        by === "year"
          ? window.from.slice(0, 4)
          : window.from.length >= 7
            ? window.from.slice(0, 7)
            : `${window.from}-01`;
    } else {
      period = by === "year" || value.length === 4 ? value.slice(0, 4) : value.slice(0, 7);
    }
    const key = `${period}|${role}|${QUAD_KEYS[QUAD(event.cameo)]}`;
    buckets.set(key, [...(buckets.get(key) ?? []), event.id]);
  }
  return { events, buckets };
}

function checkAgainstFindEvents(
  r: Relations,
  countries: string[],
  by: "year" | "month",
  window: Window,
): Barometer {
  const b = barometer(r, countries[0] as string, countries[1], { by, ...window });
  const { events, buckets } = expected(r, countries, by, window);
  const seen: string[] = [];
  for (const period of b.periods) {
    for (const role of ["party", "about"] as const) {
      const counts = period[role];
      for (const key of QUAD_KEYS) {
        const want = buckets.get(`${period.period}|${role}|${key}`) ?? [];
        buckets.delete(`${period.period}|${role}|${key}`);
        // Every bucket's ids are exactly its events, and its number is their count.
        expect([...counts.events[key]].sort(), `${period.period} ${role} ${key}`).toEqual(
          [...want].sort(),
        );
        expect(counts[key]).toBe(want.length);
        seen.push(...counts.events[key]);
      }
      expect(counts.cooperation).toBe(counts.verbalCooperation + counts.materialCooperation);
      expect(counts.conflict).toBe(counts.verbalConflict + counts.materialConflict);
      expect(counts.total).toBe(counts.cooperation + counts.conflict);
      expect(counts.net).toBe(counts.cooperation - counts.conflict);
    }
  }
  // No event left out of the periods, none counted twice.
  expect([...buckets.keys()]).toEqual([]);
  expect(seen.sort()).toEqual(events.map((e) => e.id).sort());
  for (const role of ["party", "about"] as const) {
    for (const key of QUAD_KEYS) {
      expect(b.total[role][key]).toBe(b.periods.reduce((sum, p) => sum + p[role][key], 0));
    }
  }
  return b;
}

/** Periods run without gaps, oldest first; by month, a year's own period before its months. */
function checkContinuous(b: Barometer) {
  const keys = b.periods.map((p) => p.period);
  expect(new Set(keys).size).toBe(keys.length);
  const axis = b.periods.filter((p) => p.precision === b.by).map((p) => p.period);
  for (let i = 1; i < axis.length; i++) {
    const [y, m] = (axis[i - 1] as string).split("-").map(Number) as [number, number?];
    const next =
      b.by === "year"
        ? String(y + 1).padStart(4, "0")
        : m === 12
          ? `${String(y + 1).padStart(4, "0")}-01`
          : `${String(y).padStart(4, "0")}-${String((m ?? 0) + 1).padStart(2, "0")}`;
    expect(axis[i]).toBe(next);
  }
  for (const [i, p] of b.periods.entries()) {
    if (p.precision === "year" && b.by === "month") {
      const after = b.periods[i + 1]?.period ?? "";
      expect(after.startsWith(`${p.period}-`)).toBe(true);
    }
  }
}

const WINDOWS: Window[] = [
  {},
  { from: "2020" },
  { from: "2018-06", to: "2025-08" },
  { to: "2019" },
];
const SUBJECTS: string[][] = [["KR", "JP"], ["DE", "KR"], ["KR"], ["JP"], ["KR", "US"], ["CN"]];

describe("barometer over the built-in dataset", () => {
  const r = builtin();
  for (const countries of SUBJECTS) {
    for (const by of ["year", "month"] as const) {
      for (const window of WINDOWS) {
        it(`${countries.join("–")} by ${by} ${JSON.stringify(window)}: numbers equal counts from findEvents`, () => {
          checkContinuous(checkAgainstFindEvents(r, countries, by, window));
        });
      }
    }
  }

  it("counts the 2018 ruling and the 2019 export controls as conflict about the pair", () => {
    const b = barometer(r, "KR", "JP");
    const year = (y: string) => b.periods.find((p) => p.period === y);
    expect(year("2018")?.about.events.verbalConflict).toContain(
      "2018-supreme-court-forced-labour-ruling",
    );
    expect(year("2019")?.about.events.materialConflict).toEqual([
      "2019-07-japan-tightens-export-controls-on-south-korea",
    ]);
    expect(year("2019")?.party.total).toBe(0);
    expect(year("2025")?.party.events.verbalCooperation).toContain("2025-08-23-kr-jp-tokyo-summit");
  });

  it("counts events about a country apart from those it takes part in", () => {
    const b = barometer(r, "KR");
    const about = QUAD_KEYS.flatMap((key) => b.total.about.events[key]);
    expect(about).toContain("2019-07-japan-tightens-export-controls-on-south-korea");
    for (const id of about) expect(r.getEvent(id).countries).not.toContain("KR");
    for (const id of QUAD_KEYS.flatMap((key) => b.total.party.events[key])) {
      expect(r.getEvent(id).countries).toContain("KR");
    }
  });

  it("counts an event that began before the window in the window's first period", () => {
    // The Taurus drill runs from 2013 to 2023-05-24: ongoing in 2020.
    const b = barometer(r, "KR", { from: "2020", by: "year" });
    expect(b.periods[0]?.period).toBe("2020");
    expect(b.periods[0]?.party.events.materialConflict).toContain(
      "2013-south-korean-drill-with-taurus-missile",
    );
  });

  it("puts a year-only date by month in a period of its year, before the year's months", () => {
    const b = barometer(r, "KR", "JP", { by: "month", from: "2018", to: "2018" });
    expect(b.periods.map((p) => p.period).slice(0, 2)).toEqual(["2018", "2018-01"]);
    expect(b.periods[0]?.precision).toBe("year");
    expect(b.periods).toHaveLength(13);
  });

  it("fills empty periods across the window", () => {
    const b = barometer(r, "KR", "JP", { from: "2015", to: "2016" });
    expect(b.periods.map((p) => [p.period, p.party.total + p.about.total])).toEqual([
      ["2015", 0],
      ["2016", 0],
    ]);
    expect(barometer(r, "KR", "JP", { to: "1900" }).periods).toEqual([]);
  });

  it("states its formula and a caveat naming how many events and which sources", () => {
    const b = barometer(r, "KR", "JP", { from: "2025" });
    const n = b.total.party.total + b.total.about.total;
    expect(b.formula).toMatch(
      /net = \(verbal cooperation \+ material cooperation\) − \(verbal conflict \+ material conflict\)/,
    );
    expect(b.caveat).toContain(`counts ${n} events from ${b.sources.length} sources`);
    expect(b.caveat).toContain("taz (die tageszeitung), 26 Aug 2025");
    expect(b.caveat).toContain("not the whole of the two countries' relationship");
    const de = barometer(r, "KR", "JP", { from: "2025", lang: "de" });
    expect(de.caveat).toContain(`zählt ${n} Ereignisse aus`);
    expect(de.formula).toMatch(/^Saldo = /);
  });

  it("cites every source of the events it counts, and no other", () => {
    const b = barometer(r, "DE", "KR");
    const events = r.timeline("DE", "KR");
    const sources = new Set(events.flatMap(({ event }) => event.evidence.map((e) => e.source)));
    expect([...b.sources].sort()).toEqual([...sources].sort());
  });
});

describe("barometer arguments", () => {
  const r = builtin();
  it("names what is wrong in one line", () => {
    expect(() => barometer(r, "Japn")).toThrow(UnknownEntityError);
    expect(() => barometer(r, "Japn")).toThrow(/did you mean "Japan"/);
    expect(() => barometer(r, "KR", "JP", { by: "week" as never })).toThrow(
      /barometer\(options\)\.by "week".*year, month/,
    );
    expect(() => barometer(r, "KR", "JP", { bye: "year" } as never)).toThrow(
      /Unknown key "bye" in barometer\(options\): did you mean "by"\?/,
    );
    expect(() => barometer(r, "KR", "JP", { from: "2025-13" })).toThrow(RangeError);
    expect(() => barometer(r, "KR", "JP", { from: "2025", to: "2020" })).toThrow(/after/);
    expect(() => barometer(r, "KR", "JP", { lang: "fr" as never })).toThrow(/en, de/);
    expect(() => barometer(r, 7 as never)).toThrow(
      /barometer\(a\) must be a country code or name, got a number/,
    );
    expect(() => barometer({} as never, "KR")).toThrow(
      /barometer\(relations\) must be the query API/,
    );
  });

  it("takes the options in place of the second country, and a pair of one country as one", () => {
    expect(barometer(r, "KR", { by: "month" }).countries).toEqual(["KR"]);
    expect(barometer(r, "Südkorea", "KR").countries).toEqual(["KR"]);
    expect(barometer(r, "Südkorea", "Japan").countries).toEqual(["KR", "JP"]);
  });
});

/** A seeded dataset of events with every CAMEO root, subjects, spans and partial dates. */
function randomDataset(n: number, seed: number): DatasetRecord[] {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const codes = ["KR", "DE", "JP", "KP", "FR"];
  const base = fixture.filter(
    (record) => record.type !== "event" && record.type !== "quote" && record.type !== "agreement",
  );
  const events: Event[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2010 + Math.floor(rand() * 12);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
    const precision = rand();
    const value =
      precision < 0.2
        ? `${year}`
        : precision < 0.4
          ? `${year}-${month}`
          : `${year}-${month}-1${Math.floor(rand() * 9)}`;
    const span = rand() < 0.1 ? { end: `${year + 1 + Math.floor(rand() * 5)}` } : {};
    const a = pick(codes);
    const b = pick(codes.filter((c) => c !== a));
    const subject = pick(codes.filter((c) => c !== a && c !== b));
    const cameo = String(1 + Math.floor(rand() * 20)).padStart(2, "0") as Event["cameo"];
    events.push({
      type: "event",
      id: `event-${i}`,
      kind: "statement",
      title: { en: `Event ${i}`, de: `Ereignis ${i}` },
      summary: { en: "Synthetic", de: "Synthetisch" },
      plover: { type: "CONSULT" },
      cameo,
      date: { value, ...span, basis: "stated" },
      status: "occurred",
      participants: [],
      countries: rand() < 0.3 ? [a] : [a, b],
      subjects: rand() < 0.4 ? [subject] : [],
      organizations: [],
      topics: [],
      evidence: [{ source: "src-a", quote: "synthetic" }],
    });
  }
  return [...base, ...events];
}

describe("barometer over any dataset", () => {
  const r: Relations = createRelations(randomDataset(600, 11));
  for (const countries of [["KR", "JP"], ["KR"], ["DE", "FR"]]) {
    for (const by of ["year", "month"] as const) {
      for (const window of [{}, { from: "2014-03", to: "2019" }]) {
        it(`${countries.join("–")} by ${by} ${JSON.stringify(window)}`, () => {
          checkContinuous(checkAgainstFindEvents(r, countries, by, window));
        });
      }
    }
  }
});
