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
       import { sourceText } from "@korea-relations/core/sources";
       console.log(getCountry("Südkorea").id, search("Republic of Korea").hits[0].id, typeof createRelations,
         sourceText("ffo-2020-08-10-strategic-dialogue").startsWith("Welcome"));`,
      "module",
    );
    expect(out).toBe("KR KR function true");
  });

  it("loads with require", () => {
    const out = node(
      `const core = require("@korea-relations/core");
       const { sourceText } = require("@korea-relations/core/sources");
       console.log(core.getCountry("Republic of Korea").id, core.resolve("Nordkorea").id,
         sourceText("ffo-2020-08-10-strategic-dialogue").length > 1000);`,
      "commonjs",
    );
    expect(out).toBe("KR KP true");
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
