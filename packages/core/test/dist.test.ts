/** The built package loads with `import` and with `require`, and its subpath too. */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cwd = join(dirname(fileURLToPath(import.meta.url)), "..");
const node = (code: string, type: "module" | "commonjs") =>
  execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], {
    cwd,
    encoding: "utf8",
  }).trim();

describe("built package", () => {
  it("loads with import", () => {
    const out = node(
      `import { getCountry, search, createRelations } from "@korea-relations/core";
       import { sourceText, SOURCE_IDS } from "@korea-relations/core/sources";
       console.log(getCountry("Südkorea").id, search("Republic of Korea").hits[0].id, typeof createRelations,
         SOURCE_IDS.length, sourceText("ffo-2020-08-10-strategic-dialogue") === undefined);`,
      "module",
    );
    expect(out).toBe("KR KR function 5 true");
  });

  it("loads with require", () => {
    const out = node(
      `const core = require("@korea-relations/core");
       const { SOURCE_TEXTS } = require("@korea-relations/core/sources");
       console.log(core.getCountry("Republic of Korea").id, core.resolve("Nordkorea").id,
         Object.keys(SOURCE_TEXTS).length);`,
      "commonjs",
    );
    expect(out).toBe("KR KP 0");
  });

  it("ships the dataset as JSON and a JSON Schema", () => {
    const out = node(
      `const data = require("@korea-relations/core/data/dataset.json");
       const schema = require("@korea-relations/core/data/schema.json");
       console.log(Array.isArray(data), data.length > 249, schema.type, schema.title);`,
      "commonjs",
    );
    expect(out).toBe("true true array korea-relations dataset");
  });

  it("names the dataset's version beside the data, with each file's SHA-256", () => {
    const out = node(
      `const { createHash } = require("node:crypto");
       const { readFileSync } = require("node:fs");
       const { DATASET_VERSION } = require("@korea-relations/core");
       const meta = require("@korea-relations/core/data/dataset.meta.json");
       const schema = require("@korea-relations/core/data/schema.json");
       const files = Object.entries(meta.files);
       const checked = files.every(([name, { sha256 }]) =>
         createHash("sha256").update(readFileSync(require.resolve("@korea-relations/core/data/" + name))).digest("hex") === sha256);
       console.log(JSON.stringify([meta.version === DATASET_VERSION, schema.$id.includes(DATASET_VERSION),
         meta.license, files.length > 20, checked, /^\\d+\\.\\d+\\.\\d+\\+[0-9a-f]{12}$/.test(DATASET_VERSION)]));`,
      "commonjs",
    );
    expect(JSON.parse(out)).toEqual([true, true, "CC-BY-4.0", true, true, true]);
  });

  it("loads the brief entry with import and with require, over the built-in dataset", () => {
    const esm = node(
      `import { builtin } from "@korea-relations/core";
       import { brief, barometer, briefMarkdown, quadClass } from "@korea-relations/core/brief";
       const b = brief(builtin(), "KR", "JP", { lang: "de" });
       console.log(b.caveat.text.startsWith("Dieses Dossier (Südkorea – Japan)"), quadClass("16"),
         barometer(builtin(), "KR", "JP").periods.find((p) => p.period === "2019").about.materialConflict,
         briefMarkdown(b).startsWith("# Südkorea – Japan"));`,
      "module",
    );
    expect(esm).toBe("true 4 1 true");
    const cjs = node(
      `const core = require("@korea-relations/core");
       const { brief, briefHtml } = require("@korea-relations/core/brief");
       console.log(briefHtml(brief(core.builtin(), "DE", "KR")).includes("intelligence"));`,
      "commonjs",
    );
    expect(cjs).toBe("true");
  });
});
