/**
 * The search worker: core's `search` over the page's dataset, off the page's
 * main thread, so that building the index and ranking never hold up typing.
 * It builds a dataset's index as soon as it has the dataset, and may hold two
 * (the one searched and a file read ahead) until the page says which to keep.
 */
import { createRelations, type DatasetRecord, type Relations } from "@korea-relations/core";
import { parseDatasetText } from "./parseDatasetText.js";
import type { FromWorker, ToWorker } from "./searchProtocol.js";

/** Milliseconds of ranking ahead between queries. */
const SLICE = 20;

/** Each generation's dataset: `undefined` while it loads. */
const datasets = new Map<number, Relations | undefined>();

const post = (message: FromWorker) => postMessage(message);

async function load(message: Extract<ToWorker, { type: "records" | "file" }>): Promise<void> {
  const { generation } = message;
  datasets.set(generation, undefined);
  try {
    let records: readonly DatasetRecord[];
    if (message.type === "records") records = message.records;
    else {
      const parsed = parseDatasetText(await message.file.text());
      if (!("records" in parsed)) throw new Error("unreadable");
      records = parsed.records as DatasetRecord[];
    }
    if (!datasets.has(generation)) return;
    const r = createRelations(records);
    // The first query builds the whole index: every name, every kind's fields.
    r.search("a");
    if (!datasets.has(generation)) return;
    datasets.set(generation, r);
    post({ type: "ready", generation });
    // Then, between queries, the rankings of one-character queries (the
    // first keystroke of every search, the slowest on a large dataset).
    const more = () => {
      if (datasets.get(generation) === r && !r.prepareSearch(SLICE)) setTimeout(more, 0);
    };
    setTimeout(more, 0);
  } catch {
    if (datasets.has(generation)) post({ type: "failed", generation });
  }
}

addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "records":
    case "file":
      void load(message);
      return;
    case "keep":
      for (const generation of datasets.keys()) {
        if (generation !== message.generation) datasets.delete(generation);
      }
      return;
    case "search": {
      const relations = datasets.get(message.generation);
      const results = relations
        ? relations.search(message.query, message.options)
        : { total: 0, offset: 0, hits: [] };
      post({ type: "results", id: message.id, results });
    }
  }
});
