/**
 * Offices (one record per person, office and term) by role, by role and
 * country, and by person, with the days each term is known to be held;
 * answers `officeHolders`, `whoHeld` and `officesOf`. Built on first use.
 */
import {
  type DateValue,
  dateInterval,
  type IdMap,
  type Office,
  type Person,
  ROLES,
  toDayRange,
} from "@korea-relations/model";
import { member, optionsObject } from "./arguments.js";
import type { Lookup } from "./lookup.js";
import type { RecordStore } from "./RecordStore.js";
import type { OfficeHolder } from "./Relations.js";

const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The days a term is known to be held, and the days of each date a source shows it held. */
interface Term {
  readonly start: number;
  readonly end: number;
  readonly seen: readonly {
    readonly date: DateValue;
    readonly start: number;
    readonly end: number;
  }[];
}

interface Tables<I extends IdMap> {
  readonly byRole: Map<string, Office<I>[]>;
  readonly byRoleCountry: Map<string, Office<I>[]>;
  readonly byPerson: Map<string, Office<I>[]>;
  readonly terms: Map<Office<I>, Term>;
}

const QUERY_KEYS = ["role", "country", "organization", "at"] as const;

/**
 * The known days of a term: from its start (else the first date a source
 * shows it held) to its end (else, while `current`, open; while `former`, the
 * last date a source shows it held).
 */
function termOf(office: Office): Term {
  const seen = office.evidence
    .flatMap((evidence) => (evidence.seen ? [evidence.seen] : []))
    .map((date) => ({ date, ...dateInterval(date) }))
    .sort((a, b) => a.start - b.start);
  const first = seen[0]?.start ?? Number.POSITIVE_INFINITY;
  const last = seen.reduce((latest, s) => Math.max(latest, s.end), Number.NEGATIVE_INFINITY);
  return {
    start: office.start ? dateInterval(office.start).start : first,
    end: office.end
      ? dateInterval(office.end).end
      : office.status === "current"
        ? Number.POSITIVE_INFINITY
        : last,
    seen,
  };
}

export class OfficeIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #lookup: Lookup<I>;
  #tables: Tables<I> | undefined;

  constructor(store: RecordStore<I>, lookup: Lookup<I>) {
    this.#store = store;
    this.#lookup = lookup;
  }

  get #t(): Tables<I> {
    if (this.#tables) return this.#tables;
    const t: Tables<I> = {
      byRole: new Map(),
      byRoleCountry: new Map(),
      byPerson: new Map(),
      terms: new Map(),
    };
    for (const office of this.#store.sorted("office")) {
      t.terms.set(office, termOf(office));
      for (const role of new Set(office.roles)) {
        push(t.byRole, role, office);
        if (office.country !== undefined)
          push(t.byRoleCountry, `${role}|${office.country}`, office);
      }
      push(t.byPerson, office.person, office);
    }
    this.#tables = t;
    return t;
  }

  /** The offices of a role (in a country or organization) and the query's day range, if any. */
  #candidates(query: unknown, name: string) {
    const q = optionsObject(query, `${name}(query)`, QUERY_KEYS);
    const role = member(q.role, ROLES, `${name}(query).role`);
    const country = this.#lookup.optionalId("country", q.country, `${name}(query).country`);
    const organization = this.#lookup.optionalId(
      "organization",
      q.organization,
      `${name}(query).organization`,
    );
    const t = this.#t;
    const candidates =
      country === undefined ? t.byRole.get(role) : t.byRoleCountry.get(`${role}|${country}`);
    const list = (candidates ?? []).filter(
      (office) => organization === undefined || office.organization === organization,
    );
    const at = q.at === undefined ? undefined : toDayRange(q.at, `${name}(query).at`);
    return { list, at };
  }

  /** Terms in office at some day of `at`, those a source shows then first, then the nearest sighting. */
  #inOffice(list: readonly Office<I>[], at: { start: number; end: number }) {
    const middle = (at.start + at.end) / 2;
    const rows = list.flatMap((office) => {
      const term = this.#t.terms.get(office);
      if (!term || term.start > at.end || term.end < at.start) return [];
      const seen = term.seen.filter((s) => s.start <= at.end && s.end >= at.start);
      const distance = term.seen.reduce(
        (nearest, s) => Math.min(nearest, Math.abs((s.start + s.end) / 2 - middle)),
        Number.POSITIVE_INFINITY,
      );
      return [{ office, seen: seen.map((s) => s.date), distance }];
    });
    return rows.sort(
      (a, b) =>
        Number(b.seen.length > 0) - Number(a.seen.length > 0) ||
        a.distance - b.distance ||
        (a.office.id < b.office.id ? -1 : 1),
    );
  }

  /** Terms of a role (in a country or organization), newest first; with `at`, those in office then. */
  holders(query: unknown): Office<I>[] {
    const { list, at } = this.#candidates(query, "officeHolders");
    if (at === undefined) return [...list].reverse();
    return this.#inOffice(list, at).map((row) => row.office);
  }

  /** Who held a role at a date: each holder with the term and the dates a source shows it held then. */
  whoHeld(query: unknown): OfficeHolder<I>[] {
    const { list, at } = this.#candidates(query, "whoHeld");
    if (at === undefined) {
      throw new TypeError('whoHeld(query).at is required: a partial ISO date such as "2020-08-10"');
    }
    return this.#inOffice(list, at).map(({ office, seen }) =>
      Object.freeze({
        person: this.#store.get(office.person) as Person<I>,
        office,
        seen: Object.freeze(seen),
        basis: seen.length > 0 ? ("seen" as const) : ("term" as const),
      }),
    );
  }

  /** Every term of a person, oldest first. */
  of(person: string): Office<I>[] {
    return [...(this.#t.byPerson.get(person) ?? [])];
  }

  /** The person's latest term. */
  latest(person: string): Office<I> | undefined {
    return this.#t.byPerson.get(person)?.at(-1);
  }
}
