/**
 * `node --import tsx bench/fuzz.ts [calls] [seed]`: calls every export of
 * `@korea-relations/core` with arbitrary arguments and malformed record arrays
 * (default 100,000 calls, seed 1) and prints the outcomes by class and by
 * function. Exits 1 when any call ended in an engine error, an unescaped
 * message, a result a caller's mutation changed, or a hang.
 */
import fc from "fast-check";
import { calls, FAILURES, type Outcome, run, TARGETS, type Target } from "./exportCalls.js";

const total = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);

const byClass = new Map<Outcome, number>();
const byFunction = new Map<string, Map<Outcome, number>>();
const examples = new Map<string, { name: string; args: unknown[]; detail: unknown }>();
const started = performance.now();
let slowest = { name: "", ms: 0 };

fc.assert(
  fc.property(calls, ({ target, args }) => {
    record(target, args);
    return true;
  }),
  { numRuns: total, seed },
);

function record(target: Target, args: unknown[]): void {
  const t0 = performance.now();
  const { outcome, detail } = run(target, args);
  const ms = performance.now() - t0;
  if (ms > slowest.ms) slowest = { name: target.name, ms };
  byClass.set(outcome, (byClass.get(outcome) ?? 0) + 1);
  const counts = byFunction.get(target.name) ?? new Map<Outcome, number>();
  byFunction.set(target.name, counts);
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  if (FAILURES.has(outcome)) {
    const message =
      detail instanceof Error ? `${detail.name}: ${detail.message}` : JSON.stringify(detail);
    const key = `${target.name}: ${String(message).slice(0, 120)}`;
    if (!examples.has(key)) examples.set(key, { name: target.name, args, detail });
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `${total} calls over ${TARGETS.length} functions, seed ${seed}, ${seconds.toFixed(1)} s`,
);
console.log(`slowest call: ${slowest.name} ${slowest.ms.toFixed(0)} ms\n`);
console.log("| outcome | calls |\n| --- | ---: |");
for (const [outcome, count] of [...byClass].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${outcome} | ${count} |`);
}
const classes = [...byClass.keys()];
console.log(
  `\n| function | ${classes.join(" | ")} |\n| --- |${classes.map(() => " ---: |").join("")}`,
);
for (const [name, counts] of [...byFunction].sort()) {
  console.log(`| ${name} | ${classes.map((c) => counts.get(c) ?? 0).join(" | ")} |`);
}
if (examples.size > 0) {
  console.log(`\n${examples.size} distinct failures:`);
  for (const [key, { args, detail }] of examples) {
    console.log(`- ${key}`);
    console.log(`  args: ${fc.stringify(args).slice(0, 400)}`);
    if (detail instanceof Error)
      console.log(`  ${detail.stack?.split("\n").slice(1, 4).join("\n  ")}`);
  }
  process.exitCode = 1;
}
