/**
 * `tsx src/cli.ts validate|check|generate [--data <dir>] [--root <dir>]`:
 * validates `data/`; `check` fails when the generated files are stale, `generate`
 * rewrites them. Problems are printed one per line; exit code 1.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generate } from "./generate.js";
import { loadData } from "./loadData.js";
import { formatProblem } from "./problem.js";
import { validate } from "./validate.js";
import { staleFiles, writeFiles } from "./writeFiles.js";

const here = dirname(fileURLToPath(import.meta.url));
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { data: { type: "string" }, root: { type: "string" } },
});
const command = positionals[0];
if (command !== "check" && command !== "generate" && command !== "validate") {
  console.error("usage: cli.ts validate|check|generate [--data <dir>] [--root <dir>]");
  process.exit(2);
}
const root = resolve(values.root ?? join(here, "../../.."));
const dataDir = resolve(values.data ?? join(root, "data"));
const { records, texts, readings, problems } = validate(loadData(dataDir, root));
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `${problems.length} problem${problems.length === 1 ? "" : "s"} in data/; nothing was written.`,
  );
  process.exit(1);
}
const readmePath = join(root, "README.md");
const corePackage = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8")) as {
  version: string;
};
const files = generate(
  records,
  texts,
  readings,
  existsSync(readmePath) ? readFileSync(readmePath, "utf8") : undefined,
  corePackage.version,
);
if (command === "validate") {
  console.log(`data/ is valid: ${records.length} records.`);
} else if (command === "check") {
  const stale = staleFiles(root, files);
  if (stale.length > 0) {
    for (const path of stale)
      console.error(`${path}: stale: run \`pnpm data\` and commit the result`);
    process.exit(1);
  }
  console.log(`data/ is valid: ${records.length} records; generated files are up to date.`);
} else {
  const changed = writeFiles(root, files);
  console.log(
    `data/ is valid: ${records.length} records; ${changed.length} generated file(s) written.`,
  );
}
