/**
 * Office observations by role, by role and country, and by person, with the
 * days each is known to be held; answers `officeHolders` and `officesOf`.
 * Built on first use.
 */
import { dayOf, type IdMap, type Office, ROLES, toDayRange } from "@korea-relations/model";
import { member, optionsObject } from "./arguments.js";
import type { Lookup } from "./lookup.js";
import type { RecordStore } from "./RecordStore.js";

const push = (map: Map<string, number[]>, key: string, rank: number) => {
  const list = map.get(key);
  if (list) list.push(rank);
  else map.set(key, [rank]);
};

interface Tables<I extends IdMap> {
  /** Office observations in date order (of `observed`). */
  readonly offices: readonly Office<I>[];
  /** Ranks by role, by role and country, by person. */
  readonly byRole: Map<string, number[]>;
  readonly byRoleCountry: Map<string, number[]>;
  readonly byPerson: Map<string, number[]>;
  /** Days each observation is known to be held, and the middle of its observation date. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly observed: Float64Array;
}

const QUERY_KEYS = ["role", "country", "organization", "at"] as const;

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
    const { records: offices, starts, ends } = this.#store.dated("office");
    const n = offices.length;
    const t: Tables<I> = {
      offices,
      byRole: new Map(),
      byRoleCountry: new Map(),
      byPerson: new Map(),
      start: new Float64Array(n),
      end: new Float64Array(n),
      observed: new Float64Array(n),
    };
    for (let rank = 0; rank < n; rank++) {
      const office = offices[rank] as Office<I>;
      // The observation orders the offices: `starts` and `ends` are its days.
      t.observed[rank] = ((starts[rank] as number) + (ends[rank] as number)) / 2;
      t.start[rank] = office.start ? dayOf(office.start.value) : Number.NEGATIVE_INFINITY;
      t.end[rank] = office.end
        ? dayOf(office.end.end ?? office.end.value, true)
        : office.status === "former"
          ? (starts[rank] as number)
          : Number.POSITIVE_INFINITY;
      push(t.byRole, office.role, rank);
      if (office.country !== undefined)
        push(t.byRoleCountry, `${office.role}|${office.country}`, rank);
      push(t.byPerson, office.person, rank);
    }
    this.#tables = t;
    return t;
  }

  /** Holders of a role (in a country or organization), newest first; with `at`, those in office then, nearest first. */
  holders(query: unknown): Office<I>[] {
    const q = optionsObject(query, "officeHolders(query)", QUERY_KEYS);
    const role = member(q.role, ROLES, "officeHolders(query).role");
    const country = this.#lookup.optionalId("country", q.country, "officeHolders(query).country");
    const organization = this.#lookup.optionalId(
      "organization",
      q.organization,
      "officeHolders(query).organization",
    );
    const at = q.at === undefined ? undefined : toDayRange(q.at, "officeHolders(query).at");
    const t = this.#t;
    const candidates =
      (country === undefined ? t.byRole.get(role) : t.byRoleCountry.get(`${role}|${country}`)) ??
      [];
    const ranks = candidates.filter(
      (rank) =>
        (organization === undefined || t.offices[rank]?.organization === organization) &&
        (at === undefined ||
          ((t.start[rank] as number) <= at.end && (t.end[rank] as number) >= at.start)),
    );
    if (at === undefined) return ranks.reverse().map((rank) => t.offices[rank] as Office<I>);
    const middle = (at.start + at.end) / 2;
    const distance = (rank: number) => Math.abs((t.observed[rank] as number) - middle);
    return ranks
      .sort((a, b) => {
        const x = t.offices[a] as Office<I>;
        const y = t.offices[b] as Office<I>;
        return distance(a) - distance(b) || (x.id < y.id ? -1 : 1);
      })
      .map((rank) => t.offices[rank] as Office<I>);
  }

  /** Every office observation of a person, oldest first. */
  of(person: string): Office<I>[] {
    const t = this.#t;
    return (t.byPerson.get(person) ?? []).map((rank) => t.offices[rank] as Office<I>);
  }

  /** The person's latest office observation. */
  latest(person: string): Office<I> | undefined {
    const t = this.#t;
    const rank = t.byPerson.get(person)?.at(-1);
    return rank === undefined ? undefined : t.offices[rank];
  }
}
