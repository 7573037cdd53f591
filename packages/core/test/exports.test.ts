/**
 * `@korea-relations/core` exports every public function issue 10 names, from
 * the built package, through `import` and `require` alike, and nothing less
 * than its source entry declares.
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as source from "../src/index.js";

const cwd = join(dirname(fileURLToPath(import.meta.url)), "..");
const names = (code: string, type: "module" | "commonjs"): Record<string, string> =>
  JSON.parse(
    execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], { cwd, encoding: "utf8" }),
  );

const PUBLIC = [
  // the query API over the built-in dataset
  "builtin",
  "dataset",
  "get",
  "getCountry",
  "getPerson",
  "getOrganization",
  "getTopic",
  "getPlace",
  "getEvent",
  "getAgreement",
  "getSource",
  "getQuote",
  "getOffice",
  "resolve",
  "findEvents",
  "timeline",
  "partners",
  "facets",
  "officeHolders",
  "officesOf",
  "findQuotes",
  "findAgreements",
  "search",
  "evidenceFor",
  "citations",
  "relatedRecords",
  "recordLabel",
  "describe",
  "eventKindName",
  "relationHeading",
  "roleName",
  "agreementKindName",
  "languageName",
  "dateWords",
  "numberWords",
  "amountWords",
  "officeDate",
  "officeSightings",
  // over any dataset
  "createRelations",
  "relationsNetwork",
  // helpers and errors
  "foldName",
  "nameKeys",
  "compareDates",
  "parsePartialDate",
  "UnknownEntityError",
  "DatasetError",
];

const listing = (load: string) =>
  `${load}; console.log(JSON.stringify(Object.fromEntries(Object.entries(core).map(([k, v]) => [k, typeof v]))))`;

describe("the built package's exports", () => {
  const esm = names(listing('const core = await import("@korea-relations/core")'), "module");
  const cjs = names(listing('const core = require("@korea-relations/core")'), "commonjs");

  it("include every public function the issue names, as functions", () => {
    for (const name of PUBLIC) {
      expect(esm[name], name).toBe(name === "dataset" ? "object" : "function");
      expect(cjs[name], name).toBe(esm[name]);
    }
  });

  it("are those of the source entry, by import and by require", () => {
    const declared = Object.keys(source).sort();
    expect(Object.keys(esm).sort()).toEqual(declared);
    expect(
      Object.keys(cjs)
        .filter((key) => key !== "__esModule")
        .sort(),
    ).toEqual(declared);
  });

  it("include /sources with sourceText", () => {
    const out = names(
      'const s = await import("@korea-relations/core/sources"); console.log(JSON.stringify({ sourceText: typeof s.sourceText, SOURCE_TEXTS: typeof s.SOURCE_TEXTS }))',
      "module",
    );
    expect(out).toEqual({ sourceText: "function", SOURCE_TEXTS: "object" });
  });
});
