/**
 * The worker thread `runBuild` starts: runs `buildData` and posts its result,
 * or the error it ended in, to the main thread, which stays free to honour
 * signals and the time limit while this thread works.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type BuildRequest, buildData } from "./buildData.js";

/** What the worker posts: its result, or its error's message and stack. */
export type WorkerMessage =
  | { readonly kind: "done"; readonly result: ReturnType<typeof buildData> }
  | { readonly kind: "error"; readonly message: string; readonly stack?: string };

let message: WorkerMessage;
try {
  message = { kind: "done", result: buildData(workerData as BuildRequest) };
} catch (error) {
  message =
    error instanceof Error
      ? { kind: "error", message: `${error.name}: ${error.message}`, stack: error.stack }
      : { kind: "error", message: String(error) };
}
parentPort?.postMessage(message);
