/**
 * Quotes in date order, by speaker and by topic; answers `findQuotes`.
 * Built on first use.
 */
import { type IdMap, LANGUAGES, type Quote, typeName } from "@korea-relations/model";
import { member, optionsObject } from "./arguments.js";
import { dateWindow } from "./dateWindow.js";
import type { Lookup } from "./lookup.js";
import type { NameIndex } from "./NameIndex.js";
import type { RecordStore } from "./RecordStore.js";

const FILTER_KEYS = ["speaker", "topics", "language", "event", "from", "to"] as const;

export class QuoteIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #names: NameIndex<I>;
  readonly #lookup: Lookup<I>;
  #bySpeaker: Map<string, Quote<I>[]> | undefined;
  #byTopic: Map<string, Quote<I>[]> | undefined;

  constructor(store: RecordStore<I>, names: NameIndex<I>, lookup: Lookup<I>) {
    this.#store = store;
    this.#names = names;
    this.#lookup = lookup;
  }

  #build() {
    if (this.#bySpeaker && this.#byTopic)
      return { bySpeaker: this.#bySpeaker, byTopic: this.#byTopic };
    const bySpeaker = new Map<string, Quote<I>[]>();
    const byTopic = new Map<string, Quote<I>[]>();
    const add = (map: Map<string, Quote<I>[]>, key: string, quote: Quote<I>) => {
      const list = map.get(key);
      if (list) list.push(quote);
      else map.set(key, [quote]);
    };
    for (const quote of this.#store.sorted("quote")) {
      add(bySpeaker, quote.speaker, quote);
      for (const topic of new Set(quote.topics)) add(byTopic, topic, quote);
    }
    this.#bySpeaker = bySpeaker;
    this.#byTopic = byTopic;
    return { bySpeaker, byTopic };
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
    const { bySpeaker, byTopic } = this.#build();
    let candidates: readonly Quote<I>[];
    if (speaker !== undefined) candidates = bySpeaker.get(speaker) ?? [];
    else if (topics) {
      const seen = new Set(topics.flatMap((id) => byTopic.get(id) ?? []));
      candidates = [...seen].sort(this.#store.compare);
    } else candidates = this.#store.sorted("quote");
    return candidates.filter((quote) => {
      if (speaker !== undefined && quote.speaker !== speaker) return false;
      if (topics && !quote.topics.some((id) => topics.includes(id))) return false;
      if (language !== undefined && quote.language !== language) return false;
      if (event !== undefined && quote.event !== event) return false;
      if (window) {
        const interval = this.#store.interval(quote);
        if (!interval || interval.start > window.end || interval.end < window.start) return false;
      }
      return true;
    });
  }
}
