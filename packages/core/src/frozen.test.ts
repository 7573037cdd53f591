/**
 * Everything core hands out is deeply frozen or a fresh copy: a caller who
 * changes what it got (or the records it gave `createRelations`) changes
 * nothing a later query returns. ES modules run in strict mode, so writing to
 * a frozen object throws a TypeError here.
 */
import type { DatasetRecord, Event } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { builtin } from "./builtin.js";
import { createRelations } from "./createRelations.js";
import * as core from "./index.js";
import type { Relations } from "./Relations.js";
import { relationsNetwork } from "./relationsNetwork.js";

/** Paths of the objects inside `value` that are not frozen. */
function unfrozen(value: unknown, path = "", seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path || "(root)"];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`, seen)),
  ];
}

const attempts = (value: object): (() => void)[] => [
  () => {
    (value as Record<string, unknown>).scribbled = 1;
  },
  ...Object.keys(value).map((key) => () => {
    (value as Record<string, unknown>)[key] = 999;
  }),
  ...(Array.isArray(value) ? [() => value.push(1), () => value.sort(), () => value.reverse()] : []),
];

/** Every write to `value` throws a TypeError and changes nothing. */
function expectFrozen(value: unknown) {
  expect(unfrozen(value)).toEqual([]);
  if (typeof value !== "object" || value === null) return;
  const before = JSON.stringify(value);
  for (const write of attempts(value)) expect(write).toThrow(TypeError);
  expect(JSON.stringify(value)).toBe(before);
}

/** Each query is asked, its result written over as far as it lets, then asked again. */
function queries(r: Relations) {
  return {
    findEvents: () => r.findEvents({ from: "2020", to: "2020" }),
    timeline: () => r.timeline("KR"),
    partners: () => r.partners("KR"),
    facets: () => r.facets({ countries: ["KR"] }),
    officeHolders: () => r.officeHolders({ role: "foreign-minister" }),
    officesOf: () => r.officesOf(r.dataset.people[0]?.id ?? ""),
    findQuotes: () => r.findQuotes(),
    findAgreements: () => r.findAgreements(),
    search: () => r.search("Korea"),
    evidenceFor: () => r.evidenceFor(r.dataset.events[0]?.id ?? ""),
    citations: () => r.citations(r.dataset.sources[0]?.id ?? ""),
    relatedRecords: () => r.relatedRecords("KR"),
    describe: () => r.describe(r.dataset.agreements[0]?.id ?? ""),
    recordLabel: () => r.recordLabel("KR"),
    get: () => r.get("KR"),
    getEvent: () => r.getEvent(r.dataset.events[0]?.id ?? ""),
    resolve: () => r.resolve("Südkorea"),
    network: () => relationsNetwork(r, { countries: ["KR"] }),
  };
}

/** Writes over everything it can reach in a result. */
function scribble(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  for (const child of Object.values(value)) scribble(child, seen);
  for (const write of attempts(value)) {
    try {
      write();
    } catch {}
  }
}

describe.each([
  ["createRelations(fixture)", () => createRelations(fixture) as unknown as Relations],
  ["builtin()", () => builtin() as unknown as Relations],
])("%s", (_name, make) => {
  it("hands out the relations object and its dataset deeply frozen", () => {
    const r = make();
    expect(Object.isFrozen(r)).toBe(true);
    expectFrozen(r.dataset);
    expect(() => (r.dataset.events as Event[]).sort(() => -1)).toThrow(TypeError);
    expect(() =>
      (r.dataset.records as DatasetRecord[]).push(r.dataset.records[0] as DatasetRecord),
    ).toThrow(TypeError);
  });

  it("hands out records, with their nested arrays and dates, frozen", () => {
    const r = make();
    const event = r.findEvents({ countries: ["KR"] })[0] as Event;
    expectFrozen(event);
    expect(() => (event.countries as string[]).push("JP")).toThrow(TypeError);
    expect(() => {
      (event.date as { value: string }).value = "1900";
    }).toThrow(TypeError);
    expect(() => {
      (event.evidence[0] as { quote: string }).quote = "";
    }).toThrow(TypeError);
  });

  it("hands out every query's result frozen or fresh: scribbling over it changes no later result", () => {
    const r = make();
    for (const [name, query] of Object.entries(queries(r))) {
      const first = query();
      const before = JSON.stringify(first);
      scribble(first);
      expect(JSON.stringify(query()), name).toBe(before);
    }
  });

  it("freezes partner rows, facets, timeline entries, related records, search results, citations and evidence", () => {
    const r = make();
    const q = queries(r);
    for (const name of [
      "partners",
      "facets",
      "timeline",
      "relatedRecords",
      "citations",
      "evidenceFor",
      "findEvents",
      "officeHolders",
      "findQuotes",
      "findAgreements",
    ] as const) {
      const result = q[name]() as unknown;
      // Lists may be fresh copies; what is in them is frozen.
      const items = Array.isArray(result) ? result : [result];
      for (const item of items) expect(unfrozen(item), name).toEqual([]);
    }
    expectFrozen(r.search("Korea"));
    expect(() => {
      (r.partners("KR")[0] as { events: number }).events = 999;
    }).toThrow(TypeError);
  });

  it("answers date queries as before after a caller tried to sort the events and change a date", () => {
    const r = make();
    const before = r.findEvents({ from: "2020", to: "2020" }).map((e) => e.id);
    expect(before.length).toBeGreaterThan(0);
    try {
      (r.dataset.events as Event[]).sort((a, b) => (a.id < b.id ? 1 : -1));
    } catch {}
    const returned = r.findEvents()[0] as Event;
    try {
      (returned.date as { value: string }).value = "1000";
    } catch {}
    expect(r.findEvents({ from: "2020", to: "2020" }).map((e) => e.id)).toEqual(before);
    expect(r.findEvents()[0]).toBe(returned);
  });
});

describe("createRelations keeps nothing of the caller's", () => {
  it("neither the array nor the records: sorting, emptying or changing them changes no result", () => {
    const records = structuredClone([...fixture]) as DatasetRecord[];
    const r = createRelations(records);
    const q = queries(r as unknown as Relations);
    const snapshot = () => JSON.stringify([r.dataset, ...Object.values(q).map((query) => query())]);
    const before = snapshot();
    records.sort((a, b) => (a.id < b.id ? 1 : -1));
    for (const record of records) {
      if (record.type === "event") {
        (record as { date: { value: string } }).date.value = "1900";
        (record.countries as string[]).push("JP");
        (record as { title: { en: string } }).title.en = "changed";
      }
      (record as { id: string }).id = `${record.id}-changed`;
    }
    records.length = 0;
    expect(snapshot()).toBe(before);
    expect(r.dataset.records).toHaveLength(fixture.length);
  });

  it("nor the filters and options it was given", () => {
    const r = createRelations(fixture);
    const filter = { countries: ["KR"] as string[], from: "2020" };
    const first = r.findEvents(filter).map((e) => e.id);
    filter.countries.push("JP");
    filter.from = "2030";
    expect(r.findEvents({ countries: ["KR"], from: "2020" }).map((e) => e.id)).toEqual(first);
  });
});

describe("the built-in exports", () => {
  it("share the frozen dataset", () => {
    expectFrozen(core.dataset);
    expect(core.dataset.events).toBe(builtin().dataset.events);
    expect(() => (core.dataset.events as Event[]).sort()).toThrow(TypeError);
  });
});
