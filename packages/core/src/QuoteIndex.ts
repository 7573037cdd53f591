/**
 * Quotes in date order, by speaker and by topic (ranks in date order), with
 * date windows (`DateSpans`); answers `findQuotes`. Each part is built on
 * first use.
 */
import { type IdMap, LANGUAGES, type Quote, typeName } from "@korea-relations/model";
import { member, optionsObject } from "./arguments.js";
import { DateSpans } from "./DateSpans.js";
import { dateWindow } from "./dateWindow.js";
import type { Lookup } from "./lookup.js";
import type { NameIndex } from "./NameIndex.js";
import type { RecordStore } from "./RecordStore.js";

const FILTER_KEYS = ["speaker", "topics", "language", "event", "from", "to"] as const;

export class QuoteIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #names: NameIndex<I>;
  readonly #lookup: Lookup<I>;
  #spans: DateSpans | undefined;
  #bySpeaker: Map<string, number[]> | undefined;
  #byTopic: Map<string, number[]> | undefined;

  constructor(store: RecordStore<I>, names: NameIndex<I>, lookup: Lookup<I>) {
    this.#store = store;
    this.#names = names;
    this.#lookup = lookup;
  }

  get #quotes(): readonly Quote<I>[] {
    return this.#store.sorted("quote");
  }

  /** Ranks (in date order) of the quotes by a key, built on first use. */
  #postings(keys: (quote: Quote<I>) => readonly string[]): Map<string, number[]> {
    const map = new Map<string, number[]>();
    const quotes = this.#quotes;
    for (let rank = 0; rank < quotes.length; rank++) {
      for (const key of keys(quotes[rank] as Quote<I>)) {
        const list = map.get(key);
        if (!list) map.set(key, [rank]);
        else if (list[list.length - 1] !== rank) list.push(rank);
      }
    }
    return map;
  }

  find(filter: unknown): Quote<I>[] {
    const f = optionsObject(filter, "findQuotes(filter)", FILTER_KEYS);
    let speaker: string | undefined;
    if (f.speaker !== undefined) {
      if (typeof f.speaker !== "string") {
        throw new TypeError(
          `findQuotes(filter).speaker must be a name or id (a string), got ${typeName(f.speaker)}`,
        );
      }
      const found =
        this.#names.find("person", f.speaker) ?? this.#names.find("organization", f.speaker);
      if (!found) throw this.#lookup.unknown("person", f.speaker);
      speaker = found.id;
    }
    const topics = this.#lookup.ids("topic", f.topics, "findQuotes(filter).topics");
    const language =
      f.language === undefined
        ? undefined
        : member(f.language, LANGUAGES, "findQuotes(filter).language");
    const event = this.#lookup.optionalId("event", f.event, "findQuotes(filter).event");
    const window = dateWindow(f.from, f.to, "findQuotes(filter)");
    const quotes = this.#quotes;
    if (window && !this.#spans) {
      const { starts, ends } = this.#store.dated("quote");
      this.#spans = new DateSpans(starts, ends);
    }
    const spans = this.#spans;
    const out: Quote<I>[] = [];
    const take = (rank: number) => {
      const quote = quotes[rank] as Quote<I>;
      if (speaker !== undefined && quote.speaker !== speaker) return;
      if (topics && !quote.topics.some((id) => topics.includes(id))) return;
      if (language !== undefined && quote.language !== language) return;
      if (event !== undefined && quote.event !== event) return;
      if (window && !spans?.overlaps(rank, window)) return;
      out.push(quote);
    };
    let candidates: readonly number[] | undefined;
    if (speaker !== undefined) {
      this.#bySpeaker ??= this.#postings((quote) => [quote.speaker]);
      candidates = this.#bySpeaker.get(speaker) ?? [];
    } else if (topics) {
      this.#byTopic ??= this.#postings((quote) => quote.topics);
      const byTopic = this.#byTopic;
      candidates = [...new Set(topics.flatMap((id) => byTopic.get(id) ?? []))].sort(
        (a, b) => a - b,
      );
    }
    if (
      candidates !== undefined &&
      (!window || !spans || candidates.length <= spans.size(window))
    ) {
      for (const rank of candidates) take(rank);
    } else if (window && spans) spans.each(window, take);
    else for (let rank = 0; rank < quotes.length; rank++) take(rank);
    return out;
  }
}
