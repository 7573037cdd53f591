/**
 * Events in date order with posting lists (by party, participant,
 * organization, subject, topic, kind, source, pair of parties) and an
 * interval index for date windows; answers `findEvents`. Built on first use.
 *
 * Date windows: events are sorted by start. Those spanning at most a year are
 * found by a binary search from the window's start minus the longest such
 * span; longer ones (a war, a colonial rule) are few and kept apart, so one
 * 35-year event does not make every month's query walk back 35 years.
 */
import { EVENT_KINDS, EVENT_STATUSES, type Event, type IdMap } from "@korea-relations/model";
import { member, members, optionsObject } from "./arguments.js";
import { type DayRange, dateWindow } from "./dateWindow.js";
import type { Lookup } from "./lookup.js";
import type { RecordStore } from "./RecordStore.js";
import { EVENT_FILTER_KEYS, type EventFilter } from "./Relations.js";

/** Events spanning more days than this are kept apart from the binary-searched ones. */
const LONG = 400;

const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

interface Tables<I extends IdMap> {
  readonly events: readonly Event<I>[];
  readonly rank: Map<Event<I>, number>;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Indexes of events spanning more than `LONG` days. */
  readonly long: readonly number[];
  /** Longest span of the other events. */
  readonly maxShort: number;
  readonly by: {
    readonly party: Map<string, Event<I>[]>;
    readonly involved: Map<string, Event<I>[]>;
    readonly person: Map<string, Event<I>[]>;
    readonly organization: Map<string, Event<I>[]>;
    readonly subject: Map<string, Event<I>[]>;
    readonly topic: Map<string, Event<I>[]>;
    readonly kind: Map<string, Event<I>[]>;
    readonly source: Map<string, Event<I>[]>;
    readonly pair: Map<string, Event<I>[]>;
  };
}

/** A checked event filter: ids resolved, values checked. */
export interface CheckedFilter {
  readonly countries?: readonly string[];
  readonly involves?: readonly string[];
  readonly people?: readonly string[];
  readonly organizations?: readonly string[];
  readonly subjects?: readonly string[];
  readonly topics?: readonly string[];
  readonly kinds?: readonly string[];
  readonly window?: DayRange;
  readonly source?: string;
  readonly status?: string;
}

export class EventIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #lookup: Lookup<I>;
  #tables: Tables<I> | undefined;

  constructor(store: RecordStore<I>, lookup: Lookup<I>) {
    this.#store = store;
    this.#lookup = lookup;
  }

  get tables(): Tables<I> {
    if (this.#tables) return this.#tables;
    const events = this.#store.sorted("event");
    const starts = new Float64Array(events.length);
    const ends = new Float64Array(events.length);
    const long: number[] = [];
    let maxShort = 0;
    const rank = new Map<Event<I>, number>();
    const by = {
      party: new Map<string, Event<I>[]>(),
      involved: new Map<string, Event<I>[]>(),
      person: new Map<string, Event<I>[]>(),
      organization: new Map<string, Event<I>[]>(),
      subject: new Map<string, Event<I>[]>(),
      topic: new Map<string, Event<I>[]>(),
      kind: new Map<string, Event<I>[]>(),
      source: new Map<string, Event<I>[]>(),
      pair: new Map<string, Event<I>[]>(),
    };
    events.forEach((event, index) => {
      rank.set(event, index);
      const interval = this.#store.interval(event) as DayRange;
      starts[index] = interval.start;
      ends[index] = interval.end;
      const span = interval.end - interval.start;
      if (span > LONG) long.push(index);
      else maxShort = Math.max(maxShort, span);
      const parties = [...new Set(event.countries)].sort();
      for (const party of parties) push(by.party, party, event);
      for (const country of new Set([...event.countries, ...event.subjects])) {
        push(by.involved, country, event);
      }
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          push(by.pair, `${parties[i]}|${parties[j]}`, event);
        }
      }
      for (const id of new Set(event.participants.map((p) => p.person))) push(by.person, id, event);
      for (const id of new Set(event.organizations)) push(by.organization, id, event);
      for (const id of new Set(event.subjects)) push(by.subject, id, event);
      for (const id of new Set(event.topics)) push(by.topic, id, event);
      push(by.kind, event.kind, event);
      for (const id of new Set(event.evidence.map((e) => e.source))) push(by.source, id, event);
    });
    this.#tables = { events, rank, starts, ends, long, maxShort, by };
    return this.#tables;
  }

  /** Checks a filter given by a caller; `name` names it in errors. */
  check(filter: unknown, name = "filter"): CheckedFilter {
    const f = optionsObject(filter, name, EVENT_FILTER_KEYS);
    const ids = (type: "country" | "person" | "organization" | "topic", key: string) =>
      this.#lookup.ids(type, f[key], `${name}.${key}`);
    const source =
      f.source === undefined
        ? undefined
        : this.#lookup.one("source", f.source, `${name}.source`).id;
    const checked: { -readonly [K in keyof CheckedFilter]: CheckedFilter[K] } = {};
    const set = <K extends keyof CheckedFilter>(key: K, value: CheckedFilter[K] | undefined) => {
      if (value !== undefined) checked[key] = value;
    };
    set("countries", ids("country", "countries"));
    set("involves", ids("country", "involves"));
    set("people", ids("person", "people"));
    set("organizations", ids("organization", "organizations"));
    set("subjects", ids("country", "subjects"));
    set("topics", ids("topic", "topics"));
    set("kinds", members(f.kinds, EVENT_KINDS, `${name}.kinds`));
    set("window", dateWindow(f.from, f.to, name));
    set("source", source);
    set(
      "status",
      f.status === undefined ? undefined : member(f.status, EVENT_STATUSES, `${name}.status`),
    );
    return checked;
  }

  /** The events a checked filter matches, oldest first, as a fresh array. */
  find(filter: CheckedFilter): Event<I>[] {
    const t = this.tables;
    const lists: (readonly Event<I>[])[] = [];
    const every = (map: Map<string, Event<I>[]>, keys: readonly string[] | undefined) => {
      for (const key of keys ?? []) lists.push(map.get(key) ?? []);
    };
    every(t.by.party, filter.countries);
    every(t.by.involved, filter.involves);
    every(t.by.person, filter.people);
    every(t.by.organization, filter.organizations);
    every(t.by.subject, filter.subjects);
    if (filter.source !== undefined) lists.push(t.by.source.get(filter.source) ?? []);
    const pair = filter.countries && [...filter.countries].sort();
    if (pair && pair.length >= 2) lists.push(t.by.pair.get(`${pair[0]}|${pair[1]}`) ?? []);
    if (filter.topics) lists.push(this.#union(t.by.topic, filter.topics));
    if (filter.kinds) lists.push(this.#union(t.by.kind, filter.kinds));
    let candidates: readonly Event<I>[] = t.events;
    for (const list of lists) if (list.length < candidates.length) candidates = list;
    if (filter.window && this.#windowSize(filter.window) < candidates.length) {
      candidates = this.#inWindow(filter.window);
    }
    return candidates.filter((event) => this.#matches(event, filter));
  }

  #union(map: Map<string, Event<I>[]>, keys: readonly string[]): readonly Event<I>[] {
    if (keys.length === 1) return map.get(keys[0] as string) ?? [];
    const seen = new Set<Event<I>>();
    for (const key of keys) for (const event of map.get(key) ?? []) seen.add(event);
    const rank = this.tables.rank;
    return [...seen].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }

  /** First index whose start is ≥ `day`. */
  #lowerBound(day: number): number {
    const { starts } = this.tables;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index range of the short events that may overlap `window`. */
  #range(window: DayRange): [number, number] {
    const { maxShort } = this.tables;
    return [this.#lowerBound(window.start - maxShort), this.#lowerBound(window.end + 1)];
  }

  #windowSize(window: DayRange): number {
    const [from, to] = this.#range(window);
    return to - from + this.tables.long.length;
  }

  /** Candidates for a date window in date order (each is checked after). */
  #inWindow(window: DayRange): Event<I>[] {
    const t = this.tables;
    const [from, to] = this.#range(window);
    const indexes: number[] = [];
    for (let index = from; index < to; index++) indexes.push(index);
    for (const index of t.long) if (index < from || index >= to) indexes.push(index);
    indexes.sort((a, b) => a - b);
    return indexes.map((index) => t.events[index] as Event<I>);
  }

  #matches(event: Event<I>, f: CheckedFilter): boolean {
    if (f.countries && !f.countries.every((id) => event.countries.includes(id))) return false;
    if (
      f.involves &&
      !f.involves.every((id) => event.countries.includes(id) || event.subjects.includes(id))
    ) {
      return false;
    }
    if (f.people && !f.people.every((id) => event.participants.some((p) => p.person === id))) {
      return false;
    }
    if (f.organizations && !f.organizations.every((id) => event.organizations.includes(id))) {
      return false;
    }
    if (f.subjects && !f.subjects.every((id) => event.subjects.includes(id))) return false;
    if (f.topics && !event.topics.some((id) => f.topics?.includes(id))) return false;
    if (f.kinds && !f.kinds.includes(event.kind)) return false;
    if (f.status !== undefined && event.status !== f.status) return false;
    if (f.source !== undefined && !event.evidence.some((e) => e.source === f.source)) return false;
    if (f.window) {
      const index = this.tables.rank.get(event) as number;
      const t = this.tables;
      if (
        (t.starts[index] as number) > f.window.end ||
        (t.ends[index] as number) < f.window.start
      ) {
        return false;
      }
    }
    return true;
  }

  /** How many events a country is a party to, and how many are about it without it. */
  counts(country: string): { events: number; eventsAbout: number } {
    const t = this.tables;
    const events = t.by.party.get(country)?.length ?? 0;
    return { events, eventsAbout: (t.by.involved.get(country)?.length ?? 0) - events };
  }
}
