#!/usr/bin/env node
/**
 * Latency benchmark of the built binary in a pseudo-terminal:
 *
 * (a) first frame: from spawning `node dist/cli.js` to the first frame of the
 *     UI, against spawning a bare `node -e 0` until it exits;
 * (b) keystroke: from writing a key's bytes to the terminal to the end of the
 *     frame that shows its result (the typed query with its results, the
 *     moved selection, the opened view).
 *
 * Prints the figures; exits 1 when a median misses its target
 * (first frame ≤ 250 ms over bare node, keystroke ≤ 16 ms).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pty from "@lydell/node-pty";

const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ESU = "\u001b[?2026l"; // end of a synchronized frame
const TARGET_FIRST_FRAME = 250;
const TARGET_KEY = 16;

const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^(CI|CI_.*|CONTINUOUS_INTEGRATION|NO_COLOR)$/.test(name),
  ),
);

function spawn(args) {
  return pty.spawn(process.execPath, args, {
    name: "xterm-256color",
    cols: 100,
    rows: 30,
    cwd: process.cwd(),
    env: { ...env, TERM: "xterm-256color" },
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => `${x.toFixed(1)} ms`;

/** Time from spawn to exit of `node -e 0`. */
function bareNode() {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(["-e", "0"]);
    child.onExit(() => resolve(performance.now() - start));
  });
}

/** Time from spawn to the first frame; resolves with the running child too. */
function firstFrame() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn([BIN]);
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no first frame:\n${out}`)), 10_000);
    const sub = child.onData((data) => {
      out += data;
      if (out.includes("Search ›") && out.includes("? help")) {
        const time = performance.now() - start;
        clearTimeout(timer);
        sub.dispose();
        resolve({ time, child });
      }
    });
  });
}

/** Writes `bytes` and resolves with the time until a complete frame satisfies `done`. */
function keystroke(child, bytes, done) {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no frame for ${JSON.stringify(bytes)}:\n${out.slice(-2000)}`));
    }, 5000);
    const sub = child.onData((data) => {
      out += data;
      const end = out.lastIndexOf(ESU);
      if (end >= 0 && done(out.slice(0, end))) {
        const time = performance.now() - start;
        clearTimeout(timer);
        sub.dispose();
        resolve(time);
      }
    });
    const start = performance.now();
    child.write(bytes);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/** CPU time (user + system, ms) a process has used, where /proc tells (Linux). */
function cpuTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

function readLoad() {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return undefined;
  }
}

async function main() {
  // (a) first frame against bare node.
  const bare = [];
  const first = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await bareNode());
    const { time, child } = await firstFrame();
    first.push(time);
    child.kill();
  }
  const overhead = median(first) - median(bare);

  // (b) keystrokes, in one session.
  const { child } = await firstFrame();
  await settle();
  await settle(); // the search index is built just after the first frame
  const latencies = { type: [], move: [], open: [], back: [] };
  const cpuBefore = cpuTime(child.pid);
  let keys = 0;
  const escapes = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");
  const plain = (text) => text.replace(escapes, "");
  for (let round = 0; round < 3; round++) {
    for (const query of ["Südkorea", "Kang Kyung-wha", "Strategischer Dialog", "Ishiba"]) {
      let typed = "";
      for (const char of query) {
        typed += char;
        const expect = `Search › ${typed}▏`;
        latencies.type.push(
          await keystroke(child, char, (frame) => {
            const text = plain(frame);
            return text.includes(expect) && /\d+\+? results?|No results/.test(text);
          }),
        );
        await settle();
      }
      for (let i = 0; i < 3; i++) {
        latencies.move.push(
          await keystroke(child, "\u001b[B", (frame) => plain(frame).includes("›")),
        );
        await settle();
      }
      latencies.open.push(await keystroke(child, "\r", (frame) => plain(frame).includes("” › ")));
      await settle();
      latencies.back.push(
        await keystroke(child, "\u001b", (frame) => plain(frame).includes(`Search › ${query}▏`)),
      );
      await settle();
      await keystroke(child, "\u0015", (frame) => plain(frame).includes("Search › ▏")); // Ctrl-U
      await settle();
      keys += query.length + 6;
    }
  }
  const cpuAfter = cpuTime(child.pid);
  child.kill();

  const all = Object.values(latencies).flat();
  console.log(`korea-relations latency (${process.version}, ${RUNS} starts, ${all.length} keys)\n`);
  console.log("(a) first frame");
  console.log(`  bare node -e 0        median ${ms(median(bare))}  (min ${ms(Math.min(...bare))})`);
  console.log(
    `  first frame           median ${ms(median(first))}  (min ${ms(Math.min(...first))}, p95 ${ms(percentile(first, 95))})`,
  );
  console.log(`  over bare node        ${ms(overhead)}  (target ≤ ${TARGET_FIRST_FRAME} ms)\n`);
  console.log("(b) key written → frame with its result");
  for (const [name, xs] of Object.entries(latencies)) {
    console.log(
      `  ${name.padEnd(6)} n=${String(xs.length).padStart(3)}  median ${ms(median(xs))}  p95 ${ms(percentile(xs, 95))}  max ${ms(Math.max(...xs))}`,
    );
  }
  console.log(
    `  all    n=${String(all.length).padStart(3)}  median ${ms(median(all))}  p95 ${ms(percentile(all, 95))}  max ${ms(Math.max(...all))}  (target ≤ ${TARGET_KEY} ms)`,
  );
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    console.log(
      `  CPU time of the UI per key: ${ms((cpuAfter - cpuBefore) / keys)} on average (includes work after the frame: effects, GC)`,
    );
  }
  const load = readLoad();
  if (load) console.log(`\nload average while measuring: ${load}`);
  const ok = overhead <= TARGET_FIRST_FRAME && median(all) <= TARGET_KEY;
  console.log(`\n${ok ? "within" : "MISSES"} the targets`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
