/**
 * The worker thread `runBuild` starts: runs `buildData`, adds the Parquet
 * tables (`withParquet`, asynchronous: DuckDB) and posts the result, or the
 * error it ended in, to the main thread, which stays free to honour signals
 * and the time limit while this thread works.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type BuildRequest, type BuildResult, buildData } from "./buildData.js";
import { withParquet } from "./parquetTables.js";

/** What the worker posts: its result, or its error's message and stack. */
export type WorkerMessage =
  | { readonly kind: "done"; readonly result: BuildResult }
  | { readonly kind: "error"; readonly message: string; readonly stack?: string };

let message: WorkerMessage;
try {
  const request = workerData as BuildRequest;
  const result = buildData(request);
  if (result.files && result.version && request.needsPackage)
    await withParquet(result.files, result.version);
  message = { kind: "done", result };
} catch (error) {
  message =
    error instanceof Error
      ? { kind: "error", message: `${error.name}: ${error.message}`, stack: error.stack }
      : { kind: "error", message: String(error) };
}
parentPort?.postMessage(message);
