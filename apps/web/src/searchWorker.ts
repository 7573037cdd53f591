/**
 * The search worker: core's `search` over the page's dataset, off the page's
 * main thread, so that building the index and ranking never hold up typing.
 * It builds a dataset's index as soon as it has the dataset, and may hold two
 * (the one searched and a file read ahead) until the page says which to keep.
 * It also builds a large dataset's brief and network (core's `brief` and
 * `relationsNetwork`), so that the page only draws them.
 */
import {
  createRelations,
  type DatasetRecord,
  type Relations,
  relationsNetwork,
} from "@korea-relations/core";
import { brief } from "@korea-relations/core/brief";
import { toColumns } from "./networkColumns.js";
import { parseDatasetText } from "./parseDatasetText.js";
import type { FromWorker, Question, ToWorker } from "./searchProtocol.js";

/** Each generation's dataset: `undefined` while it loads. */
const datasets = new Map<number, Relations | undefined>();

const post = (message: FromWorker) =>
  postMessage(message, {
    transfer: message.type === "network" ? [...(message.network?.buffers ?? [])] : [],
  });

/** Briefs and networks asked while their dataset loads: answered once it has loaded (or failed). */
let waiting: Question[] = [];

/** Core's answer to `message` (`null` where it failed: the page builds it itself, and shows its error). */
function built(message: Question, relations: Relations | undefined): FromWorker {
  const { id } = message;
  try {
    if (relations) {
      return message.type === "brief"
        ? {
            type: "brief",
            id,
            brief: brief(relations, message.a, message.b, { lang: message.lang }),
          }
        : { type: "network", id, network: toColumns(relationsNetwork(relations)) };
    }
  } catch {
    // Answered with `null` below.
  }
  return message.type === "brief"
    ? { type: "brief", id, brief: null }
    : { type: "network", id, network: null };
}

function answer(message: Question): void {
  const relations = datasets.get(message.generation);
  if (relations === undefined && datasets.has(message.generation)) {
    waiting.push(message);
    return;
  }
  post(built(message, relations));
}

/** Answers the questions waiting for a generation that has loaded or failed. */
function answerWaiting(generation: number): void {
  const ready = waiting.filter((message) => message.generation === generation);
  waiting = waiting.filter((message) => message.generation !== generation);
  for (const message of ready) answer(message);
}

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
    // The whole index (every name, every kind's fields) and, on a large
    // dataset, the rankings of the commonest one- and two-character queries
    // and of the three- and four-character ones reaching most records (a
    // search's first keystrokes, the slowest there): built while the page
    // checks the same file, so typing finds them ready.
    r.prepareSearch();
    if (!datasets.has(generation)) return;
    datasets.set(generation, r);
    post({ type: "ready", generation });
  } catch {
    if (datasets.has(generation)) post({ type: "failed", generation });
    datasets.delete(generation);
  }
  answerWaiting(generation);
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
        if (generation !== message.generation) {
          datasets.delete(generation);
          answerWaiting(generation);
        }
      }
      return;
    case "brief":
    case "network":
      answer(message);
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
