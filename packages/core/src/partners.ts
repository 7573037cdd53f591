/**
 * The countries that share events with a country as parties (events only
 * about a country do not make partners), most shared events first, then by
 * code; each row frozen and the list cached.
 */
import type { IdMap } from "@korea-relations/model";
import type { EventIndex } from "./EventIndex.js";
import type { Partner } from "./Relations.js";

export function partners<I extends IdMap>(
  events: EventIndex<I>,
  code: string,
): readonly Partner<I>[] {
  const counts = new Map<string, { events: number; first: string; last: string }>();
  for (const event of events.partyEvents(code)) {
    for (const other of new Set(event.countries)) {
      if (other === code) continue;
      const entry = counts.get(other);
      if (entry) {
        entry.events++;
        entry.last = event.date.value;
      } else counts.set(other, { events: 1, first: event.date.value, last: event.date.value });
    }
  }
  return Object.freeze(
    [...counts]
      .map(([country, entry]) => Object.freeze({ country, ...entry }) as Partner<I>)
      .sort((x, y) => y.events - x.events || (x.country < y.country ? -1 : 1)),
  );
}
