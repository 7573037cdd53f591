/**
 * `pnpm bench:cold`: the whole process, cold, for the built-in dataset —
 * bare `node -e 0`, import + a first query, import + a first search —
 * alternating run by run so all three see the same machine load; medians and
 * the differences to bare node (issue targets: +25 ms and +40 ms).
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = JSON.stringify(join(dirname(fileURLToPath(import.meta.url)), "../dist/index.js"));
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const CASES: [string, string[]][] = [
  ["bare node -e 0", ["-e", "0"]],
  [
    "import + getCountry(KR)",
    ["--input-type=module", "-e", `import { getCountry } from ${dist}; getCountry("KR");`],
  ],
  [
    'import + findEvents({ countries: ["KR", "JP"] })',
    [
      "--input-type=module",
      "-e",
      `import { findEvents } from ${dist}; findEvents({ countries: ["KR", "JP"] });`,
    ],
  ],
  [
    'import + search("Kang")',
    ["--input-type=module", "-e", `import { search } from ${dist}; search("Kang");`],
  ],
];

const times = CASES.map((): number[] => []);
for (let run = 0; run < RUNS; run++) {
  CASES.forEach(([, args], i) => {
    const start = performance.now();
    execFileSync(process.execPath, args);
    times[i]?.push(performance.now() - start);
  });
}
const median = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const bare = median(times[0] ?? []);
console.log(`| process (${RUNS} runs each, alternating) | median ms | over bare node |`);
console.log("|---|---:|---:|");
CASES.forEach(([name], i) => {
  const m = median(times[i] ?? []);
  console.log(`| ${name} | ${m.toFixed(1)} | ${i === 0 ? "" : `+${(m - bare).toFixed(1)} ms`} |`);
});
