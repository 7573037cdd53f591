/**
 * Events in date order with posting lists (by party, participant,
 * organization, subject, topic, kind, source, pair of parties) and an
 * interval index for date windows (`DateSpans`); answers `findEvents`. Each
 * part is built on first use: the date order for any query, a posting map the
 * first time a filter uses it. Posting lists hold ranks in date order
 * (ascending), so every list is already sorted and dates are read from typed
 * arrays.
 */
import { EVENT_KINDS, EVENT_STATUSES, type Event, type IdMap } from "@korea-relations/model";
import { member, members, optionsObject } from "./arguments.js";
import { DateSpans } from "./DateSpans.js";
import { type DayRange, dateWindow } from "./dateWindow.js";
import type { Lookup } from "./lookup.js";
import type { RecordStore } from "./RecordStore.js";
import { EVENT_FILTER_KEYS } from "./Relations.js";

type Postings = Map<string, number[]>;

/** What each posting map is keyed by: the ids an event holds there (each once). */
const KEYS = {
  involved: (event: Event) => [...event.countries, ...event.subjects],
  person: (event: Event) => event.participants.map((p) => p.person),
  organization: (event: Event) => event.organizations,
  subject: (event: Event) => event.subjects,
  source: (event: Event) => event.evidence.map((e) => e.source),
  pair: (event: Event) => {
    const parties = [...new Set(event.countries)].sort();
    const pairs: string[] = [];
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) pairs.push(`${parties[i]}|${parties[j]}`);
    }
    return pairs;
  },
} satisfies Record<string, (event: Event) => readonly string[]>;

/** Dimensions whose posting maps are read from the columns (each value once per event). */
const FROM_COLUMNS = { kind: "kinds", topic: "topics", party: "countries" } as const;

type Dimension = keyof typeof KEYS | keyof typeof FROM_COLUMNS;

interface Dates<I extends IdMap> {
  readonly events: readonly Event<I>[];
  readonly spans: DateSpans;
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

const NONE: readonly number[] = Object.freeze([]);

/** Values held by each rank, numbered: rank r's run from `from[r]` to `from[r + 1]` in `codes`. */
export interface Coded {
  /** The value of each number. */
  readonly values: readonly string[];
  readonly from: Int32Array;
  readonly codes: Int32Array;
}

/** Per-rank columns of the events (see `EventIndex.columns`). */
export interface Columns {
  readonly years: Uint16Array;
  readonly kinds: Uint8Array;
  readonly topics: Coded;
  readonly countries: Coded;
}

/** Builds a `Coded` column rank by rank. */
function coded(n: number) {
  const numbers = new Map<string, number>();
  const values: string[] = [];
  const from = new Int32Array(n + 1);
  const codes: number[] = [];
  return {
    add(rank: number, list: readonly string[]) {
      for (let i = 0; i < list.length; i++) {
        const value = list[i] as string;
        if (list.indexOf(value) !== i) continue;
        let code = numbers.get(value);
        if (code === undefined) {
          code = values.length;
          numbers.set(value, code);
          values.push(value);
        }
        codes.push(code);
      }
      from[rank + 1] = codes.length;
    },
    done: (): Coded => ({ values, from, codes: Int32Array.from(codes) }),
  };
}

export class EventIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #lookup: Lookup<I>;
  #dates: Dates<I> | undefined;
  #columns: Columns | undefined;
  readonly #postings = new Map<Dimension, Postings>();

  constructor(store: RecordStore<I>, lookup: Lookup<I>) {
    this.#store = store;
    this.#lookup = lookup;
  }

  /** Events in date order with their days. */
  get #d(): Dates<I> {
    if (this.#dates) return this.#dates;
    const { records: events, starts, ends } = this.#store.dated("event");
    this.#dates = { events, spans: new DateSpans(starts, ends) };
    return this.#dates;
  }

  /** The events in date order (shared: not to be changed), for reading ranks. */
  get events(): readonly Event<I>[] {
    return this.#d.events;
  }

  /**
   * The events as columns by rank, read once from the records: the year each
   * starts in, its kind (index in `EVENT_KINDS`), and its topics and parties
   * as numbered values (each once per event), for counting without reading
   * the records again.
   */
  get columns(): Columns {
    if (this.#columns) return this.#columns;
    const { events } = this.#d;
    const n = events.length;
    const years = new Uint16Array(n);
    const kinds = new Uint8Array(n);
    const kindAt = new Map<string, number>(EVENT_KINDS.map((kind, i) => [kind, i]));
    const topics = coded(n);
    const countries = coded(n);
    for (let rank = 0; rank < n; rank++) {
      const event = events[rank] as Event<I>;
      // Checked dates start with four digits.
      years[rank] = Number(event.date.value.slice(0, 4));
      kinds[rank] = kindAt.get(event.kind) ?? 0;
      topics.add(rank, event.topics);
      countries.add(rank, event.countries);
    }
    this.#columns = { years, kinds, topics: topics.done(), countries: countries.done() };
    return this.#columns;
  }

  /** The posting map of a dimension, built on first use. */
  #map(dimension: Dimension): Postings {
    let map = this.#postings.get(dimension);
    if (map) return map;
    map = new Map();
    if (dimension in FROM_COLUMNS) {
      this.#fromColumns(map, FROM_COLUMNS[dimension as keyof typeof FROM_COLUMNS]);
      this.#postings.set(dimension, map);
      return map;
    }
    const keys = KEYS[dimension as keyof typeof KEYS] as (event: Event<I>) => readonly string[];
    const { events } = this.#d;
    for (let rank = 0; rank < events.length; rank++) {
      for (const key of keys(events[rank] as Event<I>)) {
        const list = map.get(key);
        if (!list) map.set(key, [rank]);
        else if (list[list.length - 1] !== rank) list.push(rank);
      }
    }
    this.#postings.set(dimension, map);
    return map;
  }

  /** Fills a posting map from a column (read once from the records, for counting too). */
  #fromColumns(map: Postings, column: "kinds" | "topics" | "countries"): void {
    const columns = this.columns;
    if (column === "kinds") {
      const { kinds } = columns;
      for (let rank = 0; rank < kinds.length; rank++) {
        const kind = EVENT_KINDS[kinds[rank] as number] as string;
        const list = map.get(kind);
        if (list) list.push(rank);
        else map.set(kind, [rank]);
      }
      return;
    }
    const { values, from, codes } = columns[column];
    const lists: number[][] = values.map(() => []);
    for (let rank = 0; rank + 1 < from.length; rank++) {
      for (let j = from[rank] as number; j < (from[rank + 1] as number); j++) {
        (lists[codes[j] as number] as number[]).push(rank);
      }
    }
    values.forEach((value, code) => {
      map.set(value, lists[code] as number[]);
    });
  }

  /** Ranks of the events holding `key` in a dimension, ascending. */
  #list(dimension: Dimension, key: string): readonly number[] {
    return this.#map(dimension).get(key) ?? NONE;
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
    const { events } = this.#d;
    const ranks = this.ranks(filter);
    const out = new Array<Event<I>>(ranks.length);
    for (let i = 0; i < ranks.length; i++) out[i] = events[ranks[i] as number] as Event<I>;
    return out;
  }

  /** The date-order ranks of the events a checked filter matches, ascending. */
  ranks(filter: CheckedFilter): number[] {
    const d = this.#d;
    // The shortest posting list (or date window) gives the candidates; each is
    // checked, except for the condition the list answers in full.
    let best: readonly number[] | undefined;
    let covered: keyof CheckedFilter | undefined;
    const consider = (list: readonly number[], answers?: keyof CheckedFilter) => {
      if (best === undefined || list.length < best.length) {
        best = list;
        covered = answers;
      }
    };
    const every = (
      dimension: Dimension,
      key: "countries" | "involves" | "people" | "organizations" | "subjects",
    ) => {
      const keys = filter[key] ?? [];
      for (const id of keys)
        consider(this.#list(dimension, id), keys.length === 1 ? key : undefined);
    };
    const pair = filter.countries && filter.countries.length >= 2 && [...filter.countries].sort();
    if (pair) {
      consider(
        this.#list("pair", `${pair[0]}|${pair[1]}`),
        (filter.countries as readonly string[]).length === 2 ? "countries" : undefined,
      );
    } else every("party", "countries");
    every("involved", "involves");
    every("person", "people");
    every("organization", "organizations");
    every("subject", "subjects");
    if (filter.source !== undefined) consider(this.#list("source", filter.source), "source");
    if (filter.topics) consider(this.#union("topic", filter.topics), "topics");
    if (filter.kinds) consider(this.#union("kind", filter.kinds), "kinds");
    const out: number[] = [];
    const { events, spans } = d;
    const window = filter.window;
    if (best !== undefined && (window === undefined || best.length <= spans.size(window))) {
      const rest: CheckedFilter = covered ? { ...filter, [covered]: undefined } : filter;
      // The list answers the whole filter: taken as it is.
      if (Object.values(rest).every((v) => v === undefined)) return [...best];
      for (const rank of best) if (this.#matches(rank, rest)) out.push(rank);
    } else {
      const take = (rank: number) => {
        if (this.#matches(rank, filter)) out.push(rank);
      };
      if (window !== undefined) spans.each(window, take);
      else if (Object.values(filter).every((v) => v === undefined)) {
        for (let rank = 0; rank < events.length; rank++) out.push(rank);
      } else for (let rank = 0; rank < events.length; rank++) take(rank);
    }
    return out;
  }

  /** Ranks of the events holding any of `keys`, ascending, each once. */
  #union(dimension: Dimension, keys: readonly string[]): readonly number[] {
    if (keys.length === 1) return this.#list(dimension, keys[0] as string);
    let total = 0;
    for (const key of keys) total += this.#list(dimension, key).length;
    const all = new Int32Array(total);
    let at = 0;
    for (const key of keys) for (const rank of this.#list(dimension, key)) all[at++] = rank;
    all.sort();
    const out: number[] = [];
    for (let i = 0; i < all.length; i++) {
      if (i === 0 || all[i] !== all[i - 1]) out.push(all[i] as number);
    }
    return out;
  }

  #matches(rank: number, f: CheckedFilter): boolean {
    const d = this.#d;
    if (f.window && !d.spans.overlaps(rank, f.window)) return false;
    const event = d.events[rank] as Event<I>;
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
    return true;
  }

  /** The events a country is a party to, oldest first (shared: not to be changed). */
  partyEvents(country: string): readonly Event<I>[] {
    const events = this.#d.events;
    return this.#list("party", country).map((rank) => events[rank] as Event<I>);
  }

  /** How many events a country is a party to, and how many are about it without it. */
  counts(country: string): { events: number; eventsAbout: number } {
    const events = this.#list("party", country).length;
    return { events, eventsAbout: this.#list("involved", country).length - events };
  }
}
