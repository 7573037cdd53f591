import { type DatasetRecord, dateInterval, type Event, toDayRange } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { synthetic } from "../bench/synthetic.js";
import { createRelations } from "./createRelations.js";
import type { EventFilter } from "./Relations.js";

const base = synthetic(3000, 5);
const first = base.find((r): r is Event => r.type === "event") as Event;
// Two events spanning decades, so date windows meet long spans too.
const records: DatasetRecord[] = [
  ...base,
  { ...first, id: "long-a", date: { value: "1990", end: "2025", basis: "stated" } },
  { ...first, id: "long-b", date: { value: "1995-03", end: "2010-07", basis: "stated" } },
  // Synthetic events have no subjects: two that do.
  { ...first, id: "about-jp", subjects: ["JP"] },
  { ...first, id: "about-jp-2", subjects: ["JP", "CN"], topics: ["topic-7"] },
  // Synthetic events have at most two parties: one with three, meeting the combined filters below.
  {
    ...first,
    id: "three-parties",
    kind: "meeting",
    countries: ["KR", "JP", "CN"],
    topics: ["topic-1", "topic-7"],
    organizations: ["org-3", "org-4"],
    date: { value: "2003-06-10", basis: "stated" },
  },
];
const r = createRelations(records);
const all = r.findEvents();

/** What a filter means, written as a plain test over every event. */
function holds(e: Event, f: EventFilter): boolean {
  const span = dateInterval(e.date);
  const from = f.from === undefined ? Number.NEGATIVE_INFINITY : toDayRange(f.from).start;
  const to = f.to === undefined ? Number.POSITIVE_INFINITY : toDayRange(f.to).end;
  return (
    span.start <= to &&
    span.end >= from &&
    (f.countries ?? []).every((c) => e.countries.includes(c as string)) &&
    (f.subjects ?? []).every((c) => e.subjects.includes(c as string)) &&
    (f.organizations ?? []).every((o) => e.organizations.includes(o as string)) &&
    (f.people ?? []).every((p) => e.participants.some((x) => x.person === p)) &&
    (f.topics === undefined || e.topics.some((t) => f.topics?.includes(t))) &&
    (f.kinds === undefined || f.kinds.includes(e.kind))
  );
}

describe("EventIndex (findEvents)", () => {
  const kinds = ["meeting", "visit"] as const;
  const shapes: EventFilter[] = [
    { from: "2003-05", to: "2003-05" },
    { from: "2003", to: "2003" },
    { from: "2000-02-29", to: "2000-02-29" },
    { topics: ["topic-7"] },
    { topics: ["topic-7", "topic-8"] },
    { kinds: [kinds[0]] },
    { kinds: [kinds[0], kinds[1]] },
    { subjects: ["JP"] },
    { countries: ["KR"] },
    { countries: ["KR", "JP"] },
    { countries: ["KR", "JP", "CN"] },
    { organizations: ["org-3"] },
    { organizations: ["org-3", "org-4"] },
    { people: ["person-5"] },
    { countries: ["KR", "JP"], from: "2000", to: "2005-06" },
    { topics: ["topic-7"], from: "2003-05", to: "2003-05" },
    { topics: ["topic-7"], countries: ["KR"] },
    { kinds: [kinds[0]], countries: ["KR", "JP"], from: "2003", to: "2003" },
    { organizations: ["org-3"], topics: ["topic-1", "topic-2"] },
  ];
  it.each(shapes.map((f) => [JSON.stringify(f), f] as const))(
    "%s gives the events a scan finds, in date order",
    (_, filter) => {
      const expected = all.filter((e) => holds(e, filter)).map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(r.findEvents(filter).map((e) => e.id)).toEqual(expected);
    },
  );

  it("finds the events spanning decades in any window they overlap", () => {
    expect(r.findEvents({ from: "2003-05", to: "2003-05" }).map((e) => e.id)).toContain("long-b");
    expect(r.findEvents({ from: "1991-01-01", to: "1991-01-01" }).map((e) => e.id)).toEqual(
      expect.arrayContaining(["long-a"]),
    );
  });
});
