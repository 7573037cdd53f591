/**
 * A country's timeline: the events it takes part in and the events about it
 * (it is a subject), oldest first, each marked. For a pair, the events both
 * are involved in; `party` when both take part, `about` otherwise.
 */
import type { IdMap } from "@korea-relations/model";
import { optionsObject } from "./arguments.js";
import type { EventIndex } from "./EventIndex.js";
import type { Lookup } from "./lookup.js";
import { EVENT_FILTER_KEYS, type TimelineEntry } from "./Relations.js";

const TIMELINE_FILTER_KEYS = EVENT_FILTER_KEYS.filter(
  (key) => key !== "countries" && key !== "involves",
);

export function timeline<I extends IdMap>(
  events: EventIndex<I>,
  lookup: Lookup<I>,
  a: unknown,
  b: unknown,
  filter: unknown,
): TimelineEntry<I>[] {
  const first = lookup.one("country", a, "timeline(a)").id;
  const second = b === undefined ? undefined : lookup.one("country", b, "timeline(b)").id;
  optionsObject(filter, "timeline(filter)", TIMELINE_FILTER_KEYS);
  const countries = second === undefined || second === first ? [first] : [first, second];
  const checked = events.check({ ...(filter as object), involves: countries }, "timeline(filter)");
  return events.find(checked).map((event) =>
    Object.freeze({
      event,
      role: countries.every((code) => event.countries.includes(code)) ? "party" : "about",
    }),
  );
}
