/**
 * Build report: the gzip size of every file in `dist/`, marked as loaded on
 * arrival at the home page or on demand; the JavaScript and CSS the home page
 * loads against the 120 KB budget; and what takes the bytes (dataset, source
 * texts, core query code, the UI, CSS). Exits 1 over budget. Run after
 * `vite build` (`pnpm --filter @korea-relations/web size`).
 *
 * The split of a JavaScript file into parts is measured on an in-memory build
 * of the same config: each part's code is gzipped alone and the file's real
 * gzip size is shared out in proportion; the dataset (one JSON string in the
 * core's module) is measured exactly, as the bytes it adds.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { homeFiles } from "./homeFiles.mjs";

const BUDGET = 120 * 1024;
/** The dataset: the one large JSON string literal (of the core's RECORDS_JSON). */
const DATASET = /(["'`])\[\{\\?"type\\?":\\?"source[\s\S]*?\}\]\1/;
const app = fileURLToPath(new URL("..", import.meta.url));
const dist = join(app, "dist");
const gz = (data) => gzipSync(data, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);

function files(dir, prefix = "") {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

// 1. The files as shipped: loaded on arrival at the home page, or on demand.
const home = new Set(homeFiles(dist));
let total = 0;
let all = 0;
console.log("dist/ (gzip -9)");
for (const file of files(dist).sort()) {
  const data = readFileSync(join(dist, file));
  const size = gz(data);
  const code = /\.(js|css)$/.test(file);
  if (code) all += size;
  if (home.has(file)) total += size;
  const when = !code ? "" : home.has(file) ? "  home page" : "  on demand";
  console.log(
    `  ${pad(file, 44)} ${lpad(kb(data.length), 10)} raw ${lpad(kb(size), 9)} gzip${when}`,
  );
}
console.log(
  `  ${pad("JavaScript + CSS, home page", 44)} ${lpad("", 14)} ${lpad(kb(total), 9)} gzip  (budget ${kb(BUDGET)})`,
);
console.log(`  ${pad("JavaScript + CSS, all", 44)} ${lpad("", 14)} ${lpad(kb(all), 9)} gzip`);

// 2. What takes the bytes.
const part = (id) =>
  id.includes("source-texts")
    ? "source texts (lazy chunk, from the private package)"
    : id.includes("/packages/core/") || id.includes("@korea-relations/core")
      ? id.includes("sources")
        ? "core: source texts (lazy chunk)"
        : /[/\\]tables\.c?js$/.test(id)
          ? "core: CSV tables (lazy chunk, downloads)"
          : id.includes("?checked")
            ? "core: dataset check (lazy chunk, opening a file)"
            : "core: query code"
      : id.includes("/apps/web/src/")
        ? "web UI (plain TypeScript, hand-built SVG)"
        : "bundler runtime";
const output = await build({ root: app, logLevel: "silent", build: { write: false } });
const parts = new Map();
const add = (name, bytes) => parts.set(name, (parts.get(name) ?? 0) + bytes);
for (const item of [output].flat().flatMap((o) => o.output)) {
  if (item.type === "asset") {
    if (item.fileName.endsWith(".css")) add("CSS", gz(item.source));
    if (item.fileName.endsWith(".js"))
      add("search worker (large datasets; until the page's index is built)", gz(item.source));
    continue;
  }
  const chunkSize = gz(item.code);
  // The dataset: the one large JSON string literal in the chunk.
  const literal = DATASET.exec(item.code)?.[0] ?? "";
  const dataset = literal ? chunkSize - gz(item.code.replace(literal, '""')) : 0;
  if (dataset) add("core: dataset (records JSON)", dataset);
  const shares = new Map();
  for (const [id, module] of Object.entries(item.modules)) {
    const code = (module.code ?? "").replace(DATASET, '""');
    if (code.length > 0) shares.set(part(id), (shares.get(part(id)) ?? 0) + gz(code));
  }
  const sum = [...shares.values()].reduce((a, b) => a + b, 0);
  for (const [name, share] of shares) add(name, ((chunkSize - dataset) * share) / sum);
}
console.log("\nWhat takes the bytes, all files (gzip, JavaScript split approximately)");
const rows = [...parts].sort((a, b) => b[1] - a[1]);
const partsTotal = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
for (const [name, bytes] of rows) {
  console.log(
    `  ${pad(name, 50)} ${lpad(kb(bytes), 9)} ${lpad(((100 * bytes) / partsTotal).toFixed(0), 3)} %`,
  );
}

if (total > BUDGET) {
  console.error(`\nOver budget: the home page loads ${kb(total)} > ${kb(BUDGET)}`);
  process.exit(1);
}
console.log(`\nWithin budget: the home page loads ${kb(total)} of ${kb(BUDGET)}`);
