/**
 * Agreements in date order (undated last), by party (ranks in date order),
 * with date windows (`DateSpans`); answers `findAgreements`. Each part is
 * built on first use.
 */
import { AGREEMENT_KINDS, type Agreement, type IdMap } from "@korea-relations/model";
import { members, optionsObject } from "./arguments.js";
import { DateSpans } from "./DateSpans.js";
import { dateWindow } from "./dateWindow.js";
import type { Lookup } from "./lookup.js";
import type { RecordStore } from "./RecordStore.js";

const FILTER_KEYS = ["parties", "kinds", "event", "from", "to"] as const;

export class AgreementIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #lookup: Lookup<I>;
  #byParty: Map<string, number[]> | undefined;
  #spans: DateSpans | undefined;

  constructor(store: RecordStore<I>, lookup: Lookup<I>) {
    this.#store = store;
    this.#lookup = lookup;
  }

  /** Ranks (in date order) of the agreements of each party, built on first use. */
  #parties(): Map<string, number[]> {
    if (this.#byParty) return this.#byParty;
    const byParty = new Map<string, number[]>();
    const agreements = this.#store.sorted("agreement");
    for (let rank = 0; rank < agreements.length; rank++) {
      for (const party of (agreements[rank] as Agreement<I>).parties) {
        const list = byParty.get(party);
        if (!list) byParty.set(party, [rank]);
        else if (list[list.length - 1] !== rank) list.push(rank);
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
    const agreements = this.#store.sorted("agreement");
    if (window && !this.#spans) {
      const { starts, ends } = this.#store.dated("agreement");
      this.#spans = new DateSpans(starts, ends);
    }
    const spans = this.#spans;
    let candidates: readonly number[] | undefined;
    for (const party of parties ?? []) {
      const list = this.#parties().get(party) ?? [];
      if (candidates === undefined || list.length < candidates.length) candidates = list;
    }
    const out: Agreement<I>[] = [];
    const take = (rank: number) => {
      const agreement = agreements[rank] as Agreement<I>;
      if (parties && !parties.every((p) => agreement.parties.includes(p))) return;
      if (kinds && !(kinds as readonly string[]).includes(agreement.kind)) return;
      if (event !== undefined && agreement.event !== event) return;
      if (window && !spans?.overlaps(rank, window)) return;
      out.push(agreement);
    };
    if (
      candidates !== undefined &&
      (!window || !spans || candidates.length <= spans.size(window))
    ) {
      for (const rank of candidates) take(rank);
    } else if (window && spans) spans.each(window, take);
    else for (let rank = 0; rank < agreements.length; rank++) take(rank);
    return out;
  }
}
