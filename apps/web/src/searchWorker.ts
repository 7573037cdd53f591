/**
 * The search worker: core's `search` over the page's dataset, off the page's
 * main thread, so that building the index and ranking never hold up typing.
 * It builds the index as soon as it has the dataset.
 */
import { createRelations, type DatasetRecord, type Relations } from "@korea-relations/core";
import { parseDatasetText } from "./parseDatasetText.js";
import type { FromWorker, ToWorker } from "./searchProtocol.js";

let relations: Relations | undefined;
let generation = 0;

const post = (message: FromWorker) => postMessage(message);

async function load(message: Extract<ToWorker, { type: "records" | "file" }>): Promise<void> {
  generation = message.generation;
  relations = undefined;
  try {
    let records: readonly DatasetRecord[];
    if (message.type === "records") records = message.records;
    else {
      const parsed = parseDatasetText(await message.file.text());
      if (!("records" in parsed)) throw new Error("unreadable");
      records = parsed.records as DatasetRecord[];
    }
    if (message.generation !== generation) return;
    const r = createRelations(records);
    // The first query builds the whole index: every name, every kind's fields.
    r.search("a");
    relations = r;
    post({ type: "ready", generation: message.generation });
  } catch {
    if (message.generation === generation) post({ type: "failed", generation });
  }
}

addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type !== "search") {
    void load(message);
    return;
  }
  const results =
    relations && message.generation === generation
      ? relations.search(message.query, message.options)
      : { total: 0, offset: 0, hits: [] };
  post({ type: "results", id: message.id, results });
});
