import type {
  DatasetRecord,
  LabelLanguage,
  Relations,
  SearchOptions,
  SearchResults,
} from "@korea-relations/core";
import type { Brief } from "@korea-relations/core/brief";
import type { NetworkColumns } from "./networkColumns.js";
import type { FromWorker, Question, ToWorker } from "./searchProtocol.js";
import workerUrl from "./searchWorker.ts?worker&url";

/** The dataset the worker searches: records already in the page, or the user's file. */
export type SearchData = { readonly records: readonly DatasetRecord[] } | { readonly file: Blob };

interface Request {
  readonly key: string;
  readonly query: string;
  readonly options: SearchOptions;
  readonly resolve: (results: SearchResults | null) => void;
}

/** Results remembered per dataset, so that deleting characters shows them at once. */
const CACHE_SIZE = 64;

/**
 * Datasets up to this many records are searched on the page itself, once
 * their index is built in idle time: results then come in the keystroke's
 * own frame. Larger ones are searched in the worker (a query there may take
 * longer than a frame).
 */
export const LOCAL_RECORDS = 5000;

/** Milliseconds of index building per idle slice (a step may take longer). */
const SLICE = 4;

type IdleCallback = (deadline: { timeRemaining(): number }) => void;
const onIdle: (callback: IdleCallback) => void =
  typeof requestIdleCallback === "function"
    ? (callback) => requestIdleCallback(callback, { timeout: 1000 })
    : (callback) => setTimeout(() => callback({ timeRemaining: () => SLICE }), 0);

interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): string };
}

/**
 * Core's `search`, without holding up typing. A small dataset (the built-in
 * one) is searched on the page: its index is built a few milliseconds at a
 * time in idle time (`warm()`, after the page is drawn), then each query is
 * answered at once (`atHand`). Until then, and for large datasets, a worker
 * answers: it starts on `start()` (when the reader turns to the search box,
 * or opens a search address), builds the index at once, and answers one
 * query at a time: a query asked while another runs waits, and gives way to
 * any asked after it (its promise gets `null`). Without workers, the page's
 * own `Relations` answers.
 */
export class SearchClient {
  #worker: Worker | undefined;
  #failed = false;
  #generation = 0;
  /** The newest generation handed out (a file being prepared may be ahead of `#generation`). */
  #latest = 0;
  #ready = false;
  /** Generations the worker has answered for: searchable, or not. */
  #answered = new Map<number, "ready" | "failed">();
  /** A file the worker is reading ahead, while the page checks it. */
  #prepared: { readonly file: Blob; readonly generation: number } | undefined;
  #data: SearchData;
  #relations: Relations;
  #busy: { readonly request: Request; readonly id: number } | undefined;
  #next: Request | undefined;
  #ids = 0;
  #cache = new Map<string, SearchResults>();
  #waiting: (() => void)[] = [];
  /** Briefs and networks asked of the worker, by request id: each answer's taker. */
  #asked = new Map<number, (answer: FromWorker | null) => void>();
  /** The page's own dataset is searched here: its index is built (or being built) in idle time. */
  #local: { readonly relations: Relations; ready: boolean; warming: boolean } | undefined;

  constructor(relations: Relations, data: SearchData) {
    this.#relations = relations;
    this.#data = data;
    this.#local = localIndex(relations);
  }

  /** Whether queries are answered yet (an index is built, on the page or in the worker). */
  get ready(): boolean {
    return this.#ready || this.#failed || this.#local?.ready === true;
  }

  /**
   * Builds the index of a small dataset on the page, a slice at a time in
   * idle time; queries are answered on the page from then on.
   */
  warm(): void {
    const local = this.#local;
    if (!local || local.ready || local.warming) return;
    local.warming = true;
    const slice: IdleCallback = (deadline) => {
      if (this.#local !== local) return;
      if (!local.relations.prepareSearch(Math.min(SLICE, Math.max(1, deadline.timeRemaining())))) {
        onIdle(slice);
        return;
      }
      local.ready = true;
      for (const done of this.#waiting.splice(0)) done();
      this.#dispatch();
      onIdle(() => rehearse(local.relations));
    };
    onIdle(slice);
  }

  /** Resolves once queries are answered (after `start()`). */
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((done) => this.#waiting.push(done));
  }

  /** Starts the worker (once), unless the page answers: it loads the dataset and builds the index. */
  start(): void {
    this.warm();
    if (this.#worker || this.#failed || this.#local?.ready) return;
    try {
      const types = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
      // The page enforces Trusted Types: this policy lets exactly the search worker's script through.
      const policy = types?.createPolicy("search-worker", {
        createScriptURL: (url) => {
          if (url !== workerUrl) throw new TypeError("Not the search worker");
          return url;
        },
      });
      this.#worker = new Worker(policy ? policy.createScriptURL(workerUrl) : workerUrl, {
        type: "module",
        name: "search",
      });
    } catch {
      this.#fail();
      return;
    }
    this.#worker.addEventListener("message", (event: MessageEvent<FromWorker>) =>
      this.#receive(event.data),
    );
    this.#worker.addEventListener("error", () => this.#fail());
    this.#post();
  }

  /**
   * Starts reading a file the page is about to check, so that the worker's
   * index is built alongside the page's own work; the current dataset is
   * searched until `setData` names the same file (or `cancelPrepared`).
   */
  prepare(file: Blob): void {
    this.start();
    if (!this.#worker) return;
    this.#prepared = { file, generation: ++this.#latest };
    const message: ToWorker = { type: "file", generation: this.#latest, file };
    this.#worker.postMessage(message);
  }

  /** The prepared file is not going to be used (it failed the page's check). */
  cancelPrepared(): void {
    if (!this.#prepared) return;
    this.#prepared = undefined;
    this.#worker?.postMessage({ type: "keep", generation: this.#generation } satisfies ToWorker);
  }

  /** A new dataset: results so far are forgotten, queries wait for its index. */
  setData(relations: Relations, data: SearchData): void {
    this.#relations = relations;
    this.#data = data;
    this.#local = localIndex(relations);
    this.warm();
    this.#cache.clear();
    this.#busy?.request.resolve(null);
    this.#busy = undefined;
    const prepared = this.#prepared;
    this.#prepared = undefined;
    if (prepared && "file" in data && data.file === prepared.file) {
      // Read ahead by `prepare`: it may be searchable already.
      this.#generation = prepared.generation;
      this.#worker?.postMessage({ type: "keep", generation: this.#generation } satisfies ToWorker);
      this.#ready = false;
      const answer = this.#answered.get(this.#generation);
      if (answer) this.#receive({ type: answer, generation: this.#generation });
      return;
    }
    this.#generation = ++this.#latest;
    this.#ready = false;
    if (this.#worker) this.#post();
  }

  /**
   * Results at hand for this query: one of the last 64 asked, or answered at
   * once on the page (a small dataset whose index is built).
   */
  atHand(query: string, options: SearchOptions): SearchResults | undefined {
    const key = JSON.stringify([query, options]);
    const hit = this.#cache.get(key);
    if (hit) {
      // Most recently used last.
      this.#cache.delete(key);
      this.#cache.set(key, hit);
      return hit;
    }
    if (this.#local?.ready) return this.#remember(query, options);
    return undefined;
  }

  /** Results for a query; `null` when a later query took its turn. */
  search(query: string, options: SearchOptions): Promise<SearchResults | null> {
    const known = this.atHand(query, options);
    if (known) return Promise.resolve(known);
    if (this.#failed) return Promise.resolve(this.#remember(query, options));
    this.start();
    return new Promise((resolve) => {
      this.#next?.resolve(null);
      this.#next = { key: JSON.stringify([query, options]), query, options, resolve };
      this.#dispatch();
    });
  }

  /**
   * Core's `brief` of a large dataset, built in the worker (once it has
   * loaded the dataset), so that the page only draws it; `null` where the
   * page builds it itself: a small dataset, no worker, or a dataset since
   * replaced.
   */
  brief(a: string, b: string | undefined, lang: LabelLanguage): Promise<Brief | null> {
    return this.#ask((id, generation) => ({
      type: "brief",
      generation,
      id,
      a,
      ...(b === undefined ? {} : { b }),
      lang,
    })).then((answer) => (answer?.type === "brief" ? answer.brief : null));
  }

  /**
   * Core's `relationsNetwork` of a large dataset, built in the worker, so
   * that the page only draws it (as columns, which `fromColumns` reads);
   * `null` where the page builds it itself (as `brief`).
   */
  network(): Promise<NetworkColumns | null> {
    return this.#ask((id, generation) => ({ type: "network", generation, id })).then((answer) =>
      answer?.type === "network" ? answer.network : null,
    );
  }

  /** Asks the worker to build something of the dataset; `null` where the page builds it itself. */
  #ask(question: (id: number, generation: number) => Question): Promise<FromWorker | null> {
    if (this.#local || this.#failed) return Promise.resolve(null);
    this.start();
    const worker = this.#worker;
    if (!worker) return Promise.resolve(null);
    const id = ++this.#ids;
    const message = question(id, this.#generation);
    return new Promise((resolve) => {
      this.#asked.set(id, resolve);
      worker.postMessage(message satisfies ToWorker);
    });
  }

  #post(): void {
    const message: ToWorker =
      "file" in this.#data
        ? { type: "file", generation: this.#generation, file: this.#data.file }
        : { type: "records", generation: this.#generation, records: this.#data.records };
    this.#worker?.postMessage(message);
    this.#worker?.postMessage({ type: "keep", generation: this.#generation } satisfies ToWorker);
  }

  #dispatch(): void {
    if (!this.#busy && this.#next && this.#local?.ready) {
      const request = this.#next;
      this.#next = undefined;
      request.resolve(this.#remember(request.query, request.options));
      return;
    }
    if (this.#busy || !this.#next || !this.#ready || !this.#worker) return;
    const request = this.#next;
    this.#next = undefined;
    // Answered meanwhile (the same query asked twice in a row), or the page answers now.
    const known = this.atHand(request.query, request.options);
    if (known) {
      request.resolve(known);
      this.#dispatch();
      return;
    }
    this.#busy = { request, id: ++this.#ids };
    const message: ToWorker = {
      type: "search",
      generation: this.#generation,
      id: this.#busy.id,
      query: request.query,
      options: request.options,
    };
    this.#worker.postMessage(message);
  }

  #receive(message: FromWorker): void {
    if (message.type === "brief" || message.type === "network") {
      this.#asked.get(message.id)?.(message);
      this.#asked.delete(message.id);
      return;
    }
    if (message.type === "ready" || message.type === "failed") {
      this.#answered.set(message.generation, message.type);
      if (message.generation !== this.#generation) return;
      if (message.type === "failed") {
        this.#fail();
        return;
      }
      this.#ready = true;
      for (const done of this.#waiting.splice(0)) done();
      this.#dispatch();
      return;
    }
    // A reply for a dataset since replaced.
    if (!this.#busy || message.id !== this.#busy.id) return;
    const { request } = this.#busy;
    this.#busy = undefined;
    this.#store(request.key, message.results);
    request.resolve(message.results);
    this.#dispatch();
  }

  /** No worker: the page's own `Relations` answers every query from now on. */
  #fail(): void {
    this.#failed = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const request of [this.#busy?.request, this.#next]) {
      request?.resolve(this.#remember(request.query, request.options));
    }
    this.#busy = undefined;
    this.#next = undefined;
    for (const done of this.#waiting.splice(0)) done();
    for (const resolve of this.#asked.values()) resolve(null);
    this.#asked.clear();
  }

  #remember(query: string, options: SearchOptions): SearchResults {
    const results = this.#relations.search(query, options);
    this.#store(JSON.stringify([query, options]), results);
    return results;
  }

  #store(key: string, results: SearchResults): void {
    this.#cache.set(key, results);
    if (this.#cache.size > CACHE_SIZE)
      this.#cache.delete(this.#cache.keys().next().value as string);
  }
}

/** A query with a word, a date and an amount: what a first query meets the first time. */
const REHEARSAL = "K 1 January 2020 15bn";

/**
 * A first query in idle time, then a line describing a record of each kind
 * (what result rows show), in two idle tasks: the query parser's patterns
 * and core's lazy indexes are then ready before the reader's first
 * keystroke, which would otherwise pay for them (a third of its time).
 */
function rehearse(relations: Relations): void {
  relations.search(REHEARSAL, { limit: 20 });
  onIdle(() => {
    // A record of each kind: each kind's line reads its own indexes.
    const kinds = new Set<string>();
    for (const record of relations.dataset.records) {
      if (kinds.has(record.type)) continue;
      kinds.add(record.type);
      relations.describe(record, "en");
    }
  });
}

/** A dataset small enough to search on the page: its own index, built in idle time. */
function localIndex(
  relations: Relations,
): { readonly relations: Relations; ready: boolean; warming: boolean } | undefined {
  return relations.dataset.records.length <= LOCAL_RECORDS
    ? { relations, ready: false, warming: false }
    : undefined;
}
