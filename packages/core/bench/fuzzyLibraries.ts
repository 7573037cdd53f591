/**
 * How the fuzzy layer was chosen: the libraries the search issue names
 * against the engine's own bounded edit distance over its word dictionary,
 * measured in one run. The libraries are not dependencies of core; install
 * them anywhere and point FUZZY_LIBS at that folder:
 *
 *   npm i --prefix /some/dir minisearch@7.2.0 flexsearch@0.8.212 @leeoniya/ufuzzy@1.0.19 fuse.js@7.5.0
 *   FUZZY_LIBS=/some/dir node --expose-gc --import tsx bench/fuzzyLibraries.ts [events]
 *
 * A: the fuzzy step alone: misspelled words looked up in a dictionary of
 *    words (the built-in dataset's and synthetic ones): setup, median query
 *    time, and how many of the misspellings find the intended word in the top 5.
 * B: whole-text engines at `events` synthetic events: building an index of
 *    every record's names, titles and texts, and a query, beside SearchEngine.
 * C: size, minified and brotli-compressed.
 */
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { builtin } from "../src/builtin.js";
import { SearchEngine } from "../src/search/SearchEngine.js";
import { searchEntries } from "../src/search/searchEntries.js";
import { TokenDictionary } from "../src/search/TokenDictionary.js";
import { eachToken } from "../src/search/tokenize.js";
import { synthetic } from "./synthetic.js";

const require = createRequire(
  process.env.FUZZY_LIBS ? join(resolve(process.env.FUZZY_LIBS), "index.js") : import.meta.url,
);
// biome-ignore lint/suspicious/noExplicitAny: the optional libraries are loaded untyped
type Any = any;
const load = (name: string): Any => {
  try {
    return require(name);
  } catch {
    console.log(`(${name} not found: skipped)`);
    return undefined;
  }
};
const Fuse = load("fuse.js");
const MiniSearch = load("minisearch");
const FlexSearch = load("flexsearch");
const UFuzzy = load("@leeoniya/ufuzzy");

const median = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(1));
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heap = () => process.memoryUsage().heapUsed / 1e6;

// --- A: misspelled words against a dictionary ------------------------------
const words = new Set<string>();
for (const entry of searchEntries(builtin().dataset.records)) {
  for (const text of [...(entry.names ?? []), ...(entry.titles ?? []), ...(entry.texts ?? [])]) {
    eachToken(text, (token) => {
      if (/^\p{L}+$/u.test(token)) words.add(token);
    });
  }
}
const SYLLABLES =
  "ka ki ko min jun seo hye lee park kim cho han yun lim song jeon baek mar tin an na ro".split(
    " ",
  );
for (const a of SYLLABLES)
  for (const b of SYLLABLES) for (const c of ["", ...SYLLABLES]) words.add(a + b + c);
const dictionary = [...words];
const MISSPELT: [string, string][] = [
  ["ishbia", "ishiba"],
  ["scholtz", "scholz"],
  ["panmunjon", "panmunjom"],
  ["koizmi", "koizumi"],
  ["hiroshma", "hiroshima"],
  ["lumpor", "lumpur"],
  ["strategc", "strategic"],
  ["declaraton", "declaration"],
  ["germny", "germany"],
  ["parkjunn", "parkjun"],
  ["kimleee", "kimlee"],
  ["hegsteh", "hegseth"],
];

type Finder = (word: string) => string[];
function measureA(name: string, setup: () => Finder) {
  gc();
  let start = performance.now();
  const find = setup();
  const built = performance.now() - start;
  let found = 0;
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const [wrong, right] of MISSPELT) {
      start = performance.now();
      const top = find(wrong).slice(0, 5);
      times.push(performance.now() - start);
      if (round === 0 && top.includes(right)) found++;
    }
  }
  return [name, ms(built), ms(median(times)), `${found}/${MISSPELT.length}`];
}

const rowsA: string[][] = [];
rowsA.push(
  measureA("hand-written bounded edit distance (TokenDictionary.near)", () => {
    const d = new TokenDictionary();
    for (const w of dictionary) d.add(w);
    return (word) => {
      const hits: [string, number][] = [];
      d.near(word, word.length >= 8 ? 2 : 1, (_, distance, token) => hits.push([token, distance]));
      return hits.sort((a, b) => a[1] - b[1]).map(([t]) => t);
    };
  }),
);
if (Fuse)
  rowsA.push(
    measureA("fuse.js 7.5 (threshold 0.4)", () => {
      const fuse = new Fuse(dictionary, { threshold: 0.4 });
      return (word) => fuse.search(word, { limit: 5 }).map((r: Any) => r.item);
    }),
  );
if (UFuzzy)
  rowsA.push(
    measureA("uFuzzy 1.0 (intraMode 1: one error per term)", () => {
      const uf = new UFuzzy({ intraMode: 1 });
      return (word) => {
        const idxs = uf.filter(dictionary, word) ?? [];
        const info = uf.info(idxs, dictionary, word);
        return uf.sort(info, dictionary, word).map((i: number) => dictionary[info.idx[i]]);
      };
    }),
  );
if (MiniSearch)
  rowsA.push(
    measureA("MiniSearch 7.2 (fuzzy 0.2)", () => {
      const mini = new MiniSearch({ fields: ["w"], storeFields: ["w"] });
      mini.addAll(dictionary.map((w, id) => ({ id, w })));
      return (word) => mini.search(word, { fuzzy: 0.2 }).map((r: Any) => r.w);
    }),
  );
if (FlexSearch)
  rowsA.push(
    measureA("FlexSearch 0.8 (forward, suggest)", () => {
      const index = new FlexSearch.Index({ tokenize: "forward" });
      dictionary.forEach((w, id) => {
        index.add(id, w);
      });
      return (word) =>
        index.search(word, { limit: 5, suggest: true }).map((id: number) => dictionary[id]);
    }),
  );

// --- B: whole-text engines at scale ------------------------------------------
const EVENTS = Number(process.argv[2] ?? 20_000);
const records = JSON.parse(JSON.stringify(synthetic(EVENTS, 42)));
const entries = searchEntries(records);
const texts = entries.map((e) =>
  [...(e.names ?? []), ...(e.titles ?? []), ...(e.texts ?? [])].join(" "),
);
const QUERIES = ["kimlee", "parkjun 12", "Event kaki", "kimleee", "songjeon meets"];
function measureB(name: string, setup: () => (q: string) => unknown) {
  gc();
  const before = heap();
  let start = performance.now();
  const run = setup();
  run("warm");
  const built = performance.now() - start;
  gc();
  const used = heap() - before;
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      start = performance.now();
      run(q);
      times.push(performance.now() - start);
    }
  }
  return [name, ms(built), `${used.toFixed(0)} MB`, ms(median(times))];
}
const rowsB: string[][] = [];
rowsB.push(
  measureB("SearchEngine (this package)", () => {
    const engine = new SearchEngine(entries);
    return (q) => engine.search(q);
  }),
);
if (MiniSearch)
  rowsB.push(
    measureB("MiniSearch 7.2 (fuzzy 0.2, prefix)", () => {
      const mini = new MiniSearch({ fields: ["t"] });
      mini.addAll(texts.map((t, id) => ({ id, t })));
      return (q) => mini.search(q, { fuzzy: 0.2, prefix: true, combineWith: "AND" });
    }),
  );
if (FlexSearch)
  rowsB.push(
    measureB("FlexSearch 0.8 (forward)", () => {
      const index = new FlexSearch.Index({ tokenize: "forward" });
      texts.forEach((t, id) => {
        index.add(id, t);
      });
      return (q) => index.search(q, { limit: 20 });
    }),
  );
if (Fuse)
  rowsB.push(
    measureB("fuse.js 7.5 over every text (no index)", () => {
      const fuse = new Fuse(texts, { threshold: 0.4, ignoreLocation: true });
      return (q) => fuse.search(q, { limit: 20 });
    }),
  );

// --- C: size -----------------------------------------------------------------
const brotli = (file: string) => {
  const fs = require("node:fs") as typeof import("node:fs");
  return (brotliCompressSync(fs.readFileSync(file)).length / 1000).toFixed(1);
};
const sizes: string[][] = [];
const sized = (name: string, path: string) => {
  try {
    sizes.push([
      name,
      `${brotli(join(resolve(process.env.FUZZY_LIBS ?? "."), "node_modules", path))} kB`,
    ]);
  } catch {
    // not installed
  }
};
sized("fuse.js (full, min)", "fuse.js/dist/fuse.min.mjs");
sized("fuse.js/basic (min)", "fuse.js/dist/fuse.basic.min.mjs");
sized("MiniSearch (ESM)", "minisearch/dist/es/index.js");
sized("FlexSearch (light bundle, min)", "flexsearch/dist/flexsearch.light.module.min.js");
sized("uFuzzy (ESM)", "@leeoniya/ufuzzy/dist/uFuzzy.mjs");

console.log(`A: ${MISSPELT.length} misspellings, dictionary of ${dictionary.length} words`);
console.log("| fuzzy step | setup ms | median ms | intended word in top 5 |\n|---|---:|---:|---:|");
for (const row of rowsA) console.log(`| ${row.join(" | ")} |`);
console.log(
  `\nB: ${records.length} records (${EVENTS} synthetic events), ${QUERIES.length} queries`,
);
console.log("| engine | build + first query ms | heap | median ms |\n|---|---:|---:|---:|");
for (const row of rowsB) console.log(`| ${row.join(" | ")} |`);
console.log("\nC: brotli size of the library file (MiniSearch and uFuzzy unminified)");
for (const row of sizes) console.log(`| ${row.join(" | ")} |`);
