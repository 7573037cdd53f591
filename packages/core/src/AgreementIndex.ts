/**
 * Agreements in date order (undated last), by party; answers
 * `findAgreements`. Built on first use.
 */
import { AGREEMENT_KINDS, type Agreement, type IdMap } from "@korea-relations/model";
import { members, optionsObject } from "./arguments.js";
import { dateWindow } from "./dateWindow.js";
import type { Lookup } from "./lookup.js";
import type { RecordStore } from "./RecordStore.js";

const FILTER_KEYS = ["parties", "kinds", "event", "from", "to"] as const;

export class AgreementIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #lookup: Lookup<I>;
  #byParty: Map<string, Agreement<I>[]> | undefined;

  constructor(store: RecordStore<I>, lookup: Lookup<I>) {
    this.#store = store;
    this.#lookup = lookup;
  }

  #parties(): Map<string, Agreement<I>[]> {
    if (this.#byParty) return this.#byParty;
    const byParty = new Map<string, Agreement<I>[]>();
    for (const agreement of this.#store.sorted("agreement")) {
      for (const party of new Set(agreement.parties)) {
        const list = byParty.get(party);
        if (list) list.push(agreement);
        else byParty.set(party, [agreement]);
      }
    }
    this.#byParty = byParty;
    return byParty;
  }

  find(filter: unknown): Agreement<I>[] {
    const f = optionsObject(filter, "findAgreements(filter)", FILTER_KEYS);
    const parties = this.#lookup.ids("country", f.parties, "findAgreements(filter).parties");
    const kinds = members(f.kinds, AGREEMENT_KINDS, "findAgreements(filter).kinds");
    const event = this.#lookup.optionalId("event", f.event, "findAgreements(filter).event");
    const window = dateWindow(f.from, f.to, "findAgreements(filter)");
    let candidates: readonly Agreement<I>[] = this.#store.sorted("agreement");
    for (const party of parties ?? []) {
      const list = this.#parties().get(party) ?? [];
      if (list.length < candidates.length) candidates = list;
    }
    return candidates.filter((agreement) => {
      if (parties && !parties.every((p) => agreement.parties.includes(p))) return false;
      if (kinds && !(kinds as readonly string[]).includes(agreement.kind)) return false;
      if (event !== undefined && agreement.event !== event) return false;
      if (window) {
        const interval = this.#store.interval(agreement);
        if (!interval || interval.start > window.end || interval.end < window.start) return false;
      }
      return true;
    });
  }
}
