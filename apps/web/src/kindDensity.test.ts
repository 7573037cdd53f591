import {
  builtin,
  EVENT_KINDS,
  type Event,
  type EventFilter,
  type Relations,
} from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { kindDensity } from "./kindDensity.js";
import { timelineDensity } from "./timelineDensity.js";

const r: Relations = builtin();
const year = (event: Event) => Number(event.date.value.slice(0, 4));
const kind = (event: Event) => [event.kind];

describe("kindDensity", () => {
  const filters: EventFilter[] = [
    {},
    { involves: ["JP"] },
    { kinds: ["summit"] },
    { topics: [r.dataset.topics[0]?.id ?? ""] },
    { involves: ["KR"], kinds: ["meeting", "summit"] },
  ];
  // As the timeline gives it: every kind, in the vocabulary's order.
  const order = EVENT_KINDS;
  for (const filter of filters) {
    it(`counts as the events themselves would: ${JSON.stringify(filter)}`, () => {
      const events = r.findEvents(filter);
      const expected = timelineDensity(events, year, kind, order);
      const got = kindDensity(r, filter, order);
      // The same lanes, order and counts; years with no event at the ends are not drawn by either.
      expect(got).toEqual(expected);
      expect(got.lanes.reduce((n, lane) => n + lane.counts.reduce((a, b) => a + b, 0), 0)).toBe(
        events.length,
      );
    });
  }

  it("is empty when nothing matches", () => {
    expect(
      kindDensity(r, { kinds: ["war"], involves: ["FR"], from: "1900", to: "1901" }, []),
    ).toEqual({ first: 0, last: -1, lanes: [], max: 0 });
  });
});
