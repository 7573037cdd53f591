/**
 * One module instance in Node: a program (or two of its dependencies) that
 * loads the built package with `import` and with `require` gets the same
 * dataset, the same functions and the same error classes, so `instanceof`
 * works across them.
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");

const SCRIPT = `
import { createRequire } from "node:module";
import * as esm from "@korea-relations/core";
import * as esmSources from "@korea-relations/core/sources";
import * as esmTables from "@korea-relations/core/tables";
const require = createRequire(import.meta.url);
const cjs = require("@korea-relations/core");
const cjsSources = require("@korea-relations/core/sources");
const cjsTables = require("@korea-relations/core/tables");
const thrown = (run) => { try { run(); } catch (error) { return error; } };
const fromRequire = thrown(() => cjs.getCountry("Atlantis"));
const fromImport = thrown(() => esm.getPerson("Nobody Atall"));
const fromSources = thrown(() => esmSources.sourceText("no-such-source"));
console.log(JSON.stringify({
  builtin: esm.builtin() === cjs.builtin(),
  dataset: esm.dataset.records === cjs.dataset.records,
  getCountry: esm.getCountry === cjs.getCountry,
  errorClass: esm.UnknownEntityError === cjs.UnknownEntityError,
  requireErrorIsImportClass: fromRequire instanceof esm.UnknownEntityError,
  importErrorIsRequireClass: fromImport instanceof cjs.UnknownEntityError,
  sourcesErrorIsRequireClass: fromSources instanceof cjs.UnknownEntityError,
  sourcesModule: esmSources.sourceText === cjsSources.sourceText,
  tablesModule: esmTables.tables === cjsTables.tables && esmTables.TABLE_NAMES === cjsTables.TABLE_NAMES,
  version: esm.DATASET_VERSION === cjs.DATASET_VERSION,
}));
`;

describe("one module instance in Node", () => {
  it("gives import and require the same dataset, functions and error classes", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT], {
      cwd: core,
      encoding: "utf8",
    });
    expect(JSON.parse(out.trim().split("\n").at(-1) ?? "{}")).toEqual({
      builtin: true,
      dataset: true,
      getCountry: true,
      errorClass: true,
      requireErrorIsImportClass: true,
      importErrorIsRequireClass: true,
      sourcesErrorIsRequireClass: true,
      sourcesModule: true,
      tablesModule: true,
      version: true,
    });
  });
});
