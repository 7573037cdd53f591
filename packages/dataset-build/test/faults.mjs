// Fault injection for the CLI tests, preloaded with NODE_OPTIONS=--import.
// Acts only in the process that runs cli.ts (not in tsx's parent process):
//   FAULT_RENAME_TO=<suffix>  renameSync onto a path ending in <suffix> fails with EIO;
//   FAULT_WORKER=spin         the build's worker spins in a synchronous loop forever;
//   FAULT_WORKER=throw        starting the worker throws an unexpected error.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import workerThreads from "node:worker_threads";

if (process.argv[1]?.endsWith("cli.ts")) {
  const renameTo = process.env.FAULT_RENAME_TO;
  if (renameTo) {
    const renameSync = fs.renameSync;
    fs.renameSync = (from, to) => {
      if (String(to).endsWith(renameTo)) {
        throw Object.assign(new Error(`EIO: i/o error, rename -> '${to}'`), { code: "EIO" });
      }
      return renameSync(from, to);
    };
  }
  const Worker = workerThreads.Worker;
  if (process.env.FAULT_WORKER === "spin") {
    workerThreads.Worker = class extends Worker {
      constructor(_script, options) {
        const spin = 'process.stderr.write("spinning in " + process.pid + "\\n"); for (;;) {}';
        super(spin, { ...options, eval: true });
      }
    };
  } else if (process.env.FAULT_WORKER === "throw") {
    workerThreads.Worker = class extends Worker {
      constructor() {
        throw new Error("injected fault");
      }
    };
  }
  syncBuiltinESMExports();
}
