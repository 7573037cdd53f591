/**
 * The README's "Brief and barometer" examples are what the built package
 * writes: the KR–JP brief of 2019 and the KR–JP barometer of 2018–2020.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(core, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Brief and barometer"));
const blocks = [...section.matchAll(/```md\n([\s\S]*?)```/g)].map((m) => m[1]);

const built = (code: string) =>
  execFileSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: core,
    encoding: "utf8",
  });

describe("README: Brief and barometer", () => {
  it("shows the brief and the barometer as the built package writes them", () => {
    const out = built(
      `import { builtin } from "@korea-relations/core";
       import { barometer, barometerMarkdown, brief, briefMarkdown } from "@korea-relations/core/brief";
       process.stdout.write(JSON.stringify([
         briefMarkdown(brief(builtin(), "KR", "JP", { from: "2019", to: "2019" })),
         barometerMarkdown(barometer(builtin(), "KR", "JP", { from: "2018", to: "2020" })),
       ]));`,
    );
    expect(blocks.slice(0, 2)).toEqual(JSON.parse(out));
  });
});
