import {
  type DatasetRecord,
  dateInterval,
  EVENT_KINDS,
  type Event,
  toDayRange,
} from "@korea-relations/model";
import { event, fixture } from "@korea-relations/model/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validDatasets } from "../bench/arbitraries.js";
import { checkDataset } from "./checkDataset.js";
import { EventIndex } from "./EventIndex.js";
import { UnknownEntityError } from "./errors.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { RecordStore } from "./RecordStore.js";
import type { EventFilter } from "./Relations.js";
import { recordLabel } from "./recordLabel.js";

function events(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  const index = new EventIndex(store, new Lookup(names));
  return {
    index,
    find: (filter?: EventFilter) => index.find(index.check(filter, "findEvents(filter)")),
  };
}
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("EventIndex.find", () => {
  it("returns every event oldest first, the less precise date first, then by id", () => {
    expect(ids(events().find())).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
      "2025-summit",
      "2025-scm",
    ]);
  });

  it("needs every country, person, organization and subject; any topic and kind", () => {
    const { find } = events();
    expect(ids(find({ countries: ["DE", "KR"] }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    expect(ids(find({ countries: ["Deutschland", "France"] }))).toEqual(["2020-stockholm"]);
    expect(find({ countries: ["DE", "KR", "JP"] })).toEqual([]);
    expect(ids(find({ people: ["Maas", "Kang"] }))).toEqual(["2020-dialogue"]);
    expect(find({ people: ["Maas", "Ishiba"] })).toEqual([]);
    expect(ids(find({ organizations: ["Stockholm Initiative"] }))).toEqual(["2020-stockholm"]);
    expect(ids(find({ subjects: ["North Korea"] }))).toEqual(["2020-dialogue"]);
    expect(find({ countries: ["FR"], subjects: ["KP"] })).toEqual([]);
    expect(ids(find({ topics: ["pandemic", "nuclear-disarmament"] }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    expect(ids(find({ kinds: ["summit", "meeting"] }))).toEqual(["2025-summit", "2025-scm"]);
  });

  it("finds events a country is a party to or the subject of with `involves`", () => {
    const { find } = events();
    expect(find({ countries: ["KP"] })).toEqual([]);
    expect(ids(find({ involves: ["KP"] }))).toEqual(["2020-dialogue"]);
    expect(ids(find({ involves: ["KP", "DE"] }))).toEqual(["2020-dialogue"]);
    expect(find({ involves: ["KP", "JP"] })).toEqual([]);
  });

  it("filters by source and status; an event cited by two sources is under both", () => {
    const { find } = events([
      ...fixture,
      event({
        id: "both",
        evidence: [
          { source: "src-a", quote: "a" },
          { source: "src-b", quote: "b" },
        ],
      }),
    ]);
    expect(ids(find({ source: "src-b" }))).toEqual(["both", "2025-summit", "2025-scm"]);
    expect(ids(find({ source: "src-a", kinds: ["meeting"] }))).toEqual(["both"]);
    expect(ids(find({ status: "planned" }))).toEqual(["2025-scm"]);
  });

  it("filters by date overlap; a partial `to` covers its whole month or year", () => {
    const { find } = events();
    expect(ids(find({ from: "2020-08-10", to: "2020-08-10" }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    // The summit runs from the 23rd to the 24th.
    expect(ids(find({ from: "2025-08-24" }))).toEqual(["2025-summit", "2025-scm"]);
    expect(ids(find({ from: "2025-08-25" }))).toEqual(["2025-scm"]);
    expect(ids(find({ to: "2025-08" }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
      "2025-summit",
    ]);
    expect(find({ from: "2021", to: "2024" })).toEqual([]);
  });

  it("hands out a fresh list each time", () => {
    const { find } = events();
    const first = find();
    first.reverse().pop();
    expect(ids(find())[0]).toBe("2020-stockholm");
    expect(find()).toHaveLength(5);
  });
});

describe("EventIndex date windows with long events", () => {
  // Short events every month of 1900–1999, one 300-day event (short, but the
  // longest of those), one event just over the 400-day limit, and a 35-year one.
  const month = (i: number) =>
    `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  const records = [
    ...fixture,
    ...Array.from({ length: 1200 }, (_, i) =>
      event({
        id: `short-${String(i).padStart(4, "0")}`,
        date: { value: `${month(i)}-15`, basis: "stated" },
      }),
    ),
    event({
      id: "colonial-rule",
      kind: "territorial-action",
      date: { value: "1910-08-29", end: "1945-08-15", basis: "stated" },
    }),
    event({
      id: "war",
      kind: "war",
      date: { value: "1950-06-25", end: "1951-08-01", basis: "stated" },
    }),
    event({
      id: "long-talks",
      kind: "talks",
      date: { value: "1960-01-01", end: "1960-10-27", basis: "stated" },
    }),
  ];
  const { find } = events(records);
  const long = (filter: EventFilter) => ids(find(filter)).filter((id) => !id.startsWith("short-"));

  it("finds an event that began decades before the window", () => {
    expect(long({ from: "1930-03", to: "1930-03" })).toEqual(["colonial-rule"]);
    expect(ids(find({ from: "1930-03", to: "1930-03" }))).toEqual(["colonial-rule", "short-0362"]);
    expect(long({ from: "1945-08-15", to: "1946" })).toEqual(["colonial-rule"]);
    expect(long({ from: "1945-08-16", to: "1946" })).toEqual([]);
  });

  it("finds an event just over the limit, and the longest short one, late in their spans", () => {
    expect(long({ from: "1951-07", to: "1951-07" })).toEqual(["war"]);
    expect(long({ from: "1960-10-27", to: "1960-12" })).toEqual(["long-talks"]);
    expect(long({ from: "1960-10-28", to: "1960-12" })).toEqual([]);
  });

  it("keeps date order when long events join the window's candidates", () => {
    const found = find({ from: "1945-08", to: "1945-09" });
    expect(ids(found)).toEqual(["colonial-rule", "short-0547", "short-0548"]);
  });

  it("agrees with a linear scan for windows of every size", () => {
    const all = find();
    fc.assert(
      fc.property(
        fc.integer({ min: 1895, max: 2030 }),
        fc.integer({ min: 0, max: 60 }),
        (year, months) => {
          const from = `${year}-01`;
          const end = new Date(Date.UTC(year, months, 1));
          const to = `${end.getUTCFullYear()}-${String(end.getUTCMonth() + 1).padStart(2, "0")}`;
          const window = { start: toDayRange(from).start, end: toDayRange(to).end };
          const expected = all.filter((e) => {
            const interval = dateInterval(e.date);
            return interval.start <= window.end && interval.end >= window.start;
          });
          expect(ids(find({ from, to }))).toEqual(ids(expected));
        },
      ),
      { numRuns: 60, seed: 10 },
    );
  });
});

describe("EventIndex against a linear scan", () => {
  const CODES = ["KR", "JP", "DE", "US", "CN", "KP"];
  const filters = fc.record(
    {
      countries: fc.subarray(CODES, { maxLength: 3 }),
      involves: fc.subarray(CODES, { maxLength: 2 }),
      subjects: fc.subarray(CODES, { maxLength: 2 }),
      people: fc.subarray(["person-0", "person-1", "person-2"], { maxLength: 2 }),
      organizations: fc.subarray(["org-0", "org-1"], { maxLength: 1 }),
      topics: fc.subarray(["topic-0", "topic-1", "topic-2"], { maxLength: 2 }),
      kinds: fc.subarray(["meeting", "summit"] as const),
      from: fc.constantFrom("1900", "1950-06", "2000-01-01", "2020"),
      to: fc.constantFrom("1960", "2000-06", "2030"),
      source: fc.constantFrom("source-0", "source-1"),
    },
    { requiredKeys: [] },
  );

  const matches = (e: Event, f: EventFilter): boolean => {
    const window =
      f.from === undefined && f.to === undefined
        ? undefined
        : {
            start: f.from === undefined ? -Infinity : toDayRange(f.from).start,
            end: f.to === undefined ? Infinity : toDayRange(f.to).end,
          };
    const interval = dateInterval(e.date);
    return (
      (f.countries ?? []).every((c) => e.countries.includes(c)) &&
      (f.involves ?? []).every((c) => e.countries.includes(c) || e.subjects.includes(c)) &&
      (f.subjects ?? []).every((c) => e.subjects.includes(c)) &&
      (f.people ?? []).every((p) => e.participants.some((x) => x.person === p)) &&
      (f.organizations ?? []).every((o) => e.organizations.includes(o)) &&
      (!f.topics || e.topics.some((t) => f.topics?.includes(t))) &&
      (!f.kinds || f.kinds.includes(e.kind)) &&
      (f.source === undefined || e.evidence.some((x) => x.source === f.source)) &&
      (!window || (interval.start <= window.end && interval.end >= window.start))
    );
  };

  it("finds exactly the events a linear scan over the filter finds, whichever list narrows first", () => {
    fc.assert(
      fc.property(
        validDatasets,
        fc.array(filters, { minLength: 1, maxLength: 6 }),
        (records, list) => {
          const { find } = events(records);
          const all = find();
          for (const f of list) {
            // A window ending before it starts is a RangeError, checked below.
            if (f.from && f.to && toDayRange(f.from).start > toDayRange(f.to).end) continue;
            const expected = ids(all.filter((e) => matches(e, f)));
            let found: Event[];
            try {
              found = find(f);
            } catch (error) {
              // Names of records the dataset lacks are unknown, as they should be.
              expect(error).toBeInstanceOf(UnknownEntityError);
              continue;
            }
            expect(ids(found)).toEqual(expected);
          }
        },
      ),
      { numRuns: 150, seed: 4 },
    );
  });
});

describe("EventIndex.check", () => {
  const { index } = events();
  const check = (filter: unknown) => index.check(filter, "findEvents(filter)");

  it("resolves names to ids and keeps only the conditions given", () => {
    expect(check({ countries: ["Südkorea", "KR"], from: "2020", kinds: ["summit"] })).toEqual({
      countries: ["KR"],
      kinds: ["summit"],
      window: { start: toDayRange("2020").start, end: Number.POSITIVE_INFINITY, precision: 2 },
    });
    expect(check(undefined)).toEqual({});
  });

  it("names the argument at fault and the nearest valid key", () => {
    expect(() => check({ country: ["KR"] })).toThrow(
      'Unknown key "country" in findEvents(filter): did you mean "countries"?',
    );
    expect(() => check({ countries: "KR" })).toThrow(
      "findEvents(filter).countries must be an array, got a string",
    );
    expect(() => check({ kinds: ["picnic"] })).toThrow(RangeError);
    expect(() => check({ kinds: ["picnic"] })).toThrow(
      /^Unknown findEvents\(filter\)\.kinds "picnic"/,
    );
    expect(() => check({ kinds: [1] })).toThrow(
      "findEvents(filter).kinds must be a string, got a number",
    );
    expect(() => check({ status: "done" })).toThrow('Unknown findEvents(filter).status "done"');
    expect(() => check({ source: 3 })).toThrow(
      "findEvents(filter).source must be a name or id (a string), got a number",
    );
    expect(() => check([])).toThrow("findEvents(filter) must be an object, got an array");
    expect(() => check({ from: "2020-13-45" })).toThrow(
      /^Invalid findEvents\(filter\)\.from "2020-13-45"/,
    );
    expect(() => check({ to: 2020 })).toThrow(
      /^findEvents\(filter\)\.to must be a partial ISO 8601 date/,
    );
    expect(() => check({ from: "2025", to: "2020" })).toThrow(
      'Invalid findEvents(filter): from "2025" is after to "2020"',
    );
  });

  it("throws UnknownEntityError for names of nothing, with the type asked for", () => {
    for (const [filter, type] of [
      [{ countries: ["Suedkorea", "Atlantis"] }, "country"],
      [{ topics: ["no such topic"] }, "topic"],
      [{ source: "src-z" }, "source"],
      [{ people: ["Japan"] }, "person"],
    ] as const) {
      expect(() => check(filter)).toThrow(UnknownEntityError);
      try {
        check(filter);
      } catch (error) {
        expect((error as UnknownEntityError).type).toBe(type);
      }
    }
  });

  it("takes every event kind", () => {
    expect(check({ kinds: [...EVENT_KINDS] }).kinds).toHaveLength(EVENT_KINDS.length);
  });
});

describe("EventIndex.counts", () => {
  it("counts the events a country is a party to and those only about it", () => {
    const { index } = events();
    expect(index.counts("KR")).toEqual({ events: 5, eventsAbout: 0 });
    expect(index.counts("KP")).toEqual({ events: 0, eventsAbout: 1 });
    expect(index.counts("FR")).toEqual({ events: 1, eventsAbout: 0 });
    expect(index.counts("XX")).toEqual({ events: 0, eventsAbout: 0 });
  });
});
