import type { DatasetRecord, Relations, SearchOptions, SearchResults } from "@korea-relations/core";
import type { FromWorker, ToWorker } from "./searchProtocol.js";
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

interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): string };
}

/**
 * Core's `search` in a worker. The worker starts on `start()` (when the reader
 * turns to the search box, or opens a search address), builds the index at
 * once, and answers one query at a time: a query asked while another runs
 * waits, and gives way to any asked after it (its promise gets `null`).
 * Without workers, the page's own `Relations` answers.
 */
export class SearchClient {
  #worker: Worker | undefined;
  #failed = false;
  #generation = 0;
  #ready = false;
  #data: SearchData;
  #relations: Relations;
  #busy: { readonly request: Request; readonly id: number } | undefined;
  #next: Request | undefined;
  #ids = 0;
  #cache = new Map<string, SearchResults>();
  #waiting: (() => void)[] = [];

  constructor(relations: Relations, data: SearchData) {
    this.#relations = relations;
    this.#data = data;
  }

  /** Whether queries are answered yet (the worker has built its index). */
  get ready(): boolean {
    return this.#ready || this.#failed;
  }

  /** Resolves once queries are answered (after `start()`). */
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((done) => this.#waiting.push(done));
  }

  /** Starts the worker (once): it loads the dataset and builds the index. */
  start(): void {
    if (this.#worker || this.#failed) return;
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

  /** A new dataset: results so far are forgotten, queries wait for its index. */
  setData(relations: Relations, data: SearchData): void {
    this.#relations = relations;
    this.#data = data;
    this.#generation++;
    this.#cache.clear();
    this.#busy?.request.resolve(null);
    this.#busy = undefined;
    this.#ready = false;
    if (this.#worker) this.#post();
  }

  /** Results already at hand for this query (the last 64 asked). */
  cached(query: string, options: SearchOptions): SearchResults | undefined {
    const key = JSON.stringify([query, options]);
    const hit = this.#cache.get(key);
    if (hit) {
      // Most recently used last.
      this.#cache.delete(key);
      this.#cache.set(key, hit);
    }
    return hit;
  }

  /** Results for a query; `null` when a later query took its turn. */
  search(query: string, options: SearchOptions): Promise<SearchResults | null> {
    const known = this.cached(query, options);
    if (known) return Promise.resolve(known);
    if (this.#failed) return Promise.resolve(this.#remember(query, options));
    this.start();
    return new Promise((resolve) => {
      this.#next?.resolve(null);
      this.#next = { key: JSON.stringify([query, options]), query, options, resolve };
      this.#dispatch();
    });
  }

  #post(): void {
    const message: ToWorker =
      "file" in this.#data
        ? { type: "file", generation: this.#generation, file: this.#data.file }
        : { type: "records", generation: this.#generation, records: this.#data.records };
    this.#worker?.postMessage(message);
  }

  #dispatch(): void {
    if (this.#busy || !this.#next || !this.#ready || !this.#worker) return;
    const request = this.#next;
    this.#next = undefined;
    // Answered meanwhile (the same query asked twice in a row).
    const known = this.cached(request.query, request.options);
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
    if (message.type === "ready" || message.type === "failed") {
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
