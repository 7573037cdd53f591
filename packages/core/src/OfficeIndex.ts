/**
 * Office observations by role, by role and country, and by person, with the
 * days each is known to be held; answers `officeHolders` and `officesOf`.
 * Built on first use.
 */
import { dateInterval, type IdMap, type Office, ROLES, toDayRange } from "@korea-relations/model";
import { member, optionsObject } from "./arguments.js";
import type { Lookup } from "./lookup.js";
import type { RecordStore } from "./RecordStore.js";

const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

interface Tables<I extends IdMap> {
  readonly byRole: Map<string, Office<I>[]>;
  readonly byRoleCountry: Map<string, Office<I>[]>;
  readonly byPerson: Map<string, Office<I>[]>;
  /** When each observation is known to be held, and the middle of its observation date. */
  readonly spans: Map<Office<I>, { start: number; end: number; observed: number }>;
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
    const t: Tables<I> = {
      byRole: new Map(),
      byRoleCountry: new Map(),
      byPerson: new Map(),
      spans: new Map(),
    };
    for (const office of this.#store.sorted("office")) {
      const observed = dateInterval(office.observed);
      t.spans.set(office, {
        start: office.start ? dateInterval(office.start).start : Number.NEGATIVE_INFINITY,
        end: office.end
          ? dateInterval(office.end).end
          : office.status === "former"
            ? observed.start
            : Number.POSITIVE_INFINITY,
        observed: (observed.start + observed.end) / 2,
      });
      push(t.byRole, office.role, office);
      if (office.country !== undefined)
        push(t.byRoleCountry, `${office.role}|${office.country}`, office);
      push(t.byPerson, office.person, office);
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
    const t = this.#t;
    const candidates =
      country === undefined ? t.byRole.get(role) : t.byRoleCountry.get(`${role}|${country}`);
    const list = (candidates ?? []).filter(
      (office) => organization === undefined || office.organization === organization,
    );
    if (q.at === undefined) return list.reverse();
    const at = toDayRange(q.at, "officeHolders(query).at");
    const middle = (at.start + at.end) / 2;
    const distance = (office: Office<I>) => Math.abs((t.spans.get(office)?.observed ?? 0) - middle);
    return list
      .filter((office) => {
        const span = t.spans.get(office);
        return span !== undefined && span.start <= at.end && span.end >= at.start;
      })
      .sort((a, b) => distance(a) - distance(b) || (a.id < b.id ? -1 : 1));
  }

  /** Every office observation of a person, oldest first. */
  of(person: string): Office<I>[] {
    return [...(this.#t.byPerson.get(person) ?? [])];
  }

  /** The person's latest office observation. */
  latest(person: string): Office<I> | undefined {
    return this.#t.byPerson.get(person)?.at(-1);
  }
}
