/**
 * `pnpm bench:compare`: every query of the built-in dataset timed on this
 * build and on an earlier one, in one run, interleaved round by round so that
 * both see the same machine load. The earlier build is any built copy of the
 * package, e.g. a git worktree of an older commit:
 *
 *   git worktree add ../before <commit>
 *   (cd ../before && pnpm install && pnpm turbo run build --filter=@korea-relations/core...)
 *   BENCH_BEFORE=../before/packages/core/dist/index.js pnpm --filter @korea-relations/core bench:compare
 *
 * Prints a Markdown table: median per call before and after, and the ratio.
 */
import { resolve as resolvePath } from "node:path";
import { pathToFileURL } from "node:url";

type Fn = (...args: unknown[]) => unknown;
/** The functions both builds export (`relatedRecords` as a function only in older ones). */
interface Core {
  readonly dataset: { readonly records: unknown[] };
  readonly builtin: Fn;
  readonly relatedRecords?: Fn;
  readonly getCountry: Fn;
  readonly resolve: Fn;
  readonly findEvents: Fn;
  readonly timeline: Fn;
  readonly partners: Fn;
  readonly officeHolders: Fn;
  readonly findQuotes: Fn;
  readonly findAgreements: Fn;
  readonly evidenceFor: Fn;
  readonly search: Fn;
  readonly createRelations: Fn;
}

const beforePath = process.env.BENCH_BEFORE;
if (!beforePath) {
  console.error(
    "bench:compare: set BENCH_BEFORE to the dist/index.js of the build to compare with",
  );
  process.exit(2);
}
const after = (await import(pathToFileURL(resolvePath("dist/index.js")).href)) as Core;
const before = (await import(pathToFileURL(resolvePath(beforePath)).href)) as Core;

/** `relatedRecords` moved from a function of (relations, id) to a method. */
const related = (core: Core, id: string) => {
  const relations = core.builtin() as { relatedRecords?: (id: string) => unknown };
  return relations.relatedRecords
    ? relations.relatedRecords(id)
    : core.relatedRecords?.(relations, id);
};

const QUERIES: [string, (core: Core) => unknown][] = [
  ['getCountry("KR")', (c) => c.getCountry("KR")],
  ['getCountry("Südkorea") (a name)', (c) => c.getCountry("Südkorea")],
  ['resolve("Kang Kyung-wha")', (c) => c.resolve("Kang Kyung-wha")],
  ["findEvents({})", (c) => c.findEvents({})],
  ['findEvents({ countries: ["KR", "JP"] })', (c) => c.findEvents({ countries: ["KR", "JP"] })],
  ['findEvents({ from: "2020", to: "2020" })', (c) => c.findEvents({ from: "2020", to: "2020" })],
  ['findEvents({ kinds: ["summit"] })', (c) => c.findEvents({ kinds: ["summit"] })],
  [
    'findEvents({ topics: ["export-controls"] })',
    (c) => c.findEvents({ topics: ["export-controls"] }),
  ],
  ['timeline("KR")', (c) => c.timeline("KR")],
  ['partners("KR")', (c) => c.partners("KR")],
  [
    'officeHolders({ role: "foreign-minister" })',
    (c) => c.officeHolders({ role: "foreign-minister" }),
  ],
  ["findQuotes({})", (c) => c.findQuotes({})],
  ["findAgreements({})", (c) => c.findAgreements({})],
  [
    'evidenceFor("2025-08-23-kr-jp-tokyo-summit")',
    (c) => c.evidenceFor("2025-08-23-kr-jp-tokyo-summit"),
  ],
  ['relatedRecords("KR")', (c) => related(c, "KR")],
  ['search("Kang")', (c) => c.search("Kang")],
  ['search("joint declaration")', (c) => c.search("joint declaration")],
  ['search("Tokio")', (c) => c.search("Tokio")],
  ["createRelations(dataset.records)", (c) => c.createRelations(c.dataset.records)],
];

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CALLS = Number(process.env.BENCH_CALLS ?? 40);

/** Median time per call over `ROUNDS` rounds of `CALLS` calls each, A and B alternating. */
function compare(fn: (core: Core) => unknown): [number, number] {
  for (const core of [before, after]) for (let i = 0; i < 3; i++) fn(core);
  const timesBefore: number[] = [];
  const timesAfter: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order: [Core, number][] =
      round % 2
        ? [
            [after, 1],
            [before, 0],
          ]
        : [
            [before, 0],
            [after, 1],
          ];
    for (const [core, slot] of order) {
      const calls = fn === QUERIES.at(-1)?.[1] ? 2 : CALLS;
      const start = performance.now();
      for (let i = 0; i < calls; i++) fn(core);
      (slot === 0 ? timesBefore : timesAfter).push((performance.now() - start) / calls);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return [median(timesBefore), median(timesAfter)];
}

const ms = (n: number) => (n < 0.01 ? n.toFixed(4) : n < 1 ? n.toFixed(3) : n.toFixed(2));
console.log(`| query (built-in dataset) | before (ms) | after (ms) | after / before |`);
console.log(`| --- | ---: | ---: | ---: |`);
for (const [name, fn] of QUERIES) {
  try {
    const [b, a] = compare(fn);
    console.log(`| \`${name}\` | ${ms(b)} | ${ms(a)} | ${(a / b).toFixed(2)}× |`);
  } catch (error) {
    console.log(`| \`${name}\` | — | — | ${(error as Error).message.slice(0, 60)} |`);
  }
}
