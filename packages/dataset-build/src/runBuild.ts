/**
 * Runs `buildData` in a worker thread with a time limit. The main thread only
 * waits, so SIGINT, SIGTERM and SIGHUP are handled at once even while the
 * worker is stuck in a synchronous loop (a regular expression backtracking,
 * say): the worker is terminated, which interrupts running JavaScript, and
 * nothing has been written.
 */
import { Worker } from "node:worker_threads";
import type { BuildRequest, BuildResult } from "./buildData.js";
import type { WorkerMessage } from "./buildWorker.js";

/** The build stopped before it finished: by a signal, the time limit or an error. */
export class BuildStopped extends Error {
  /** The process's exit code: 128 + the signal's number, or 1. */
  readonly exitCode: number;
  /** The worker's stack, for `--debug`, when it ended in an unexpected error. */
  readonly detail?: string;

  constructor(message: string, exitCode: number, detail?: string) {
    super(message);
    this.name = "BuildStopped";
    this.exitCode = exitCode;
    this.detail = detail;
  }
}

export const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/** Heap the worker may use before it is stopped with one line instead of a crash. */
export const WORKER_HEAP_MB = 2048;

/**
 * The worker running `buildWorker`. Run from TypeScript source (by tsx), the
 * worker registers tsx itself first: on Node 20 tsx's hooks reach only the
 * main thread.
 */
function startWorker(request: BuildRequest): Worker {
  const options = {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  };
  if (!import.meta.url.endsWith(".ts")) {
    return new Worker(new URL("./buildWorker.js", import.meta.url), options);
  }
  const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const script = JSON.stringify(new URL("./buildWorker.ts", import.meta.url).href);
  const bootstrap = `import(${api}).then(({ register }) => { register(); return import(${script}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export interface RunOptions {
  readonly timeLimitMs: number;
}

/** `buildData(request)` in a worker; rejects with `BuildStopped` when it cannot finish. */
export function runBuild(request: BuildRequest, options: RunOptions): Promise<BuildResult> {
  return new Promise<BuildResult>((resolve, reject) => {
    const worker = startWorker(request);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const signal of Object.keys(SIGNALS)) process.off(signal, onSignal);
      outcome();
    };
    const stop = (error: BuildStopped) => {
      finish(() => {
        void worker.terminate().finally(() => reject(error));
      });
    };
    const onSignal = (signal: NodeJS.Signals) => {
      stop(
        new BuildStopped(
          `stopped by ${signal}; nothing was written`,
          128 + (SIGNALS[signal as keyof typeof SIGNALS] ?? 0),
        ),
      );
    };
    for (const signal of Object.keys(SIGNALS)) process.on(signal, onSignal);
    const seconds = Math.round(options.timeLimitMs / 100) / 10;
    const timer = setTimeout(() => {
      stop(
        new BuildStopped(
          `stopped: the build ran longer than ${seconds} s (--time-limit); nothing was written`,
          1,
        ),
      );
    }, options.timeLimitMs);
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "done") finish(() => resolve(message.result));
      else stop(new BuildStopped(`internal error: ${message.message}`, 1, message.stack));
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const text =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `stopped: the build used more than ${WORKER_HEAP_MB} MB of memory; nothing was written`
          : `internal error: ${error.name}: ${error.message.split("\n")[0]}`;
      stop(new BuildStopped(text, 1, error.stack));
    });
    worker.on("exit", (code) => {
      stop(new BuildStopped(`internal error: the build's worker exited with code ${code}`, 1));
    });
  });
}
