/**
 * Consumer test: `pnpm pack` the core, install the tarball into a fresh
 * project outside the workspace, and use it from TypeScript (bundler and
 * nodenext resolution), plain CommonJS and a Vite browser build. TypeScript
 * must also reject a wrong literal id.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");
const pnpm = process.env.npm_execpath;
const versions = JSON.parse(readFileSync(join(core, "package.json"), "utf8")).devDependencies;
let project = "";

function run(command: string, args: string[], cwd = project): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}${e.message}`,
    );
  }
}
const pnpmRun = (args: string[], cwd = project) =>
  pnpm ? run(process.execPath, [pnpm, ...args], cwd) : run("pnpm", args, cwd);
const write = (path: string, content: unknown) => {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(
    join(project, path),
    typeof content === "string" ? content : JSON.stringify(content, null, 2),
  );
};
const tsc = (config: string) =>
  run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", config]);

const USE = `import { getCountry, getEvent, search, type EventId } from "@korea-relations/core";
import { sourceText } from "@korea-relations/core/sources";
const kr: string = getCountry("Südkorea").id;
const first: string | undefined = search("ROK").hits[0]?.id;
const id: EventId | undefined = undefined;
if (id) getEvent(id);
const text: string | undefined = sourceText("ffo-2020-08-10-strategic-dialogue");
console.log(kr, first === undefined ? "none" : "hit", text === undefined);
`;
const BAD = `import { getQuote } from "@korea-relations/core";
getQuote("no-such-quote");
`;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "kr-consumer-"));
  pnpmRun(["pack", "--pack-destination", project], core);
  const tarball = readdirSync(project).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack made no tarball");
  write("package.json", { name: "consumer", private: true, type: "module" });
  pnpmRun([
    "add",
    "--prefer-offline",
    `./${tarball}`,
    `typescript@${versions.typescript}`,
    `vite@${JSON.parse(readFileSync(join(core, "../../apps/web/package.json"), "utf8")).devDependencies.vite}`,
  ]);
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const base = { strict: true, target: "ES2022", skipLibCheck: false, noEmit: false, outDir: "out" };

// Each TypeScript consumer runs tsc twice over the package's declarations: about
// 20 s here, so they get more time than the default 30 s.
const TSC_TIMEOUT = 120_000;

describe("consumers of the packed package", () => {
  it(
    "TypeScript with moduleResolution bundler compiles, runs, and rejects a wrong literal id",
    () => {
      write("bundler/use.ts", USE);
      write("bundler/tsconfig.json", {
        compilerOptions: {
          ...base,
          module: "ESNext",
          moduleResolution: "bundler",
          outDir: "../out-bundler",
        },
        files: ["use.ts"],
      });
      tsc("bundler/tsconfig.json");
      expect(run(process.execPath, ["out-bundler/use.js"]).trim()).toBe("KR hit true");
      write("bundler-bad/bad.ts", BAD);
      write("bundler-bad/tsconfig.json", {
        compilerOptions: { ...base, module: "ESNext", moduleResolution: "bundler", noEmit: true },
        files: ["bad.ts"],
      });
      expect(() => tsc("bundler-bad/tsconfig.json")).toThrow(/TS2345/);
    },
    TSC_TIMEOUT,
  );

  it(
    "TypeScript with nodenext in an ESM package compiles, runs, and rejects a wrong literal id",
    () => {
      write("nodenext/use.ts", USE);
      write("nodenext/tsconfig.json", {
        compilerOptions: {
          ...base,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          outDir: "../out-nodenext",
        },
        files: ["use.ts"],
      });
      tsc("nodenext/tsconfig.json");
      expect(run(process.execPath, ["out-nodenext/use.js"]).trim()).toBe("KR hit true");
      write("nodenext-bad/bad.ts", BAD);
      write("nodenext-bad/tsconfig.json", {
        compilerOptions: {
          ...base,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          noEmit: true,
        },
        files: ["bad.ts"],
      });
      expect(() => tsc("nodenext-bad/tsconfig.json")).toThrow(/TS2345/);
    },
    TSC_TIMEOUT,
  );

  it("plain CommonJS require works", () => {
    write(
      "use.cjs",
      `const { getCountry, resolve } = require("@korea-relations/core");
const { sourceText } = require("@korea-relations/core/sources");
console.log(getCountry("Nordkorea").id, resolve("Republic of Korea").id, sourceText("ffo-2020-08-10-strategic-dialogue") === undefined);`,
    );
    expect(run(process.execPath, ["use.cjs"]).trim()).toBe("KP KR true");
  });

  it("a Vite browser build bundles it", () => {
    write("web/index.html", `<!doctype html><script type="module" src="./main.ts"></script>`);
    write(
      "web/main.ts",
      `import { getCountry } from "@korea-relations/core";\nimport { tables } from "@korea-relations/core/tables";\ndocument.title = getCountry("Südkorea").names.de;\ndocument.body.textContent = tables([]).get("office_sighting.csv") ?? "";\n`,
    );
    run(process.execPath, [
      join(project, "node_modules/vite/bin/vite.js"),
      "build",
      "web",
      "--outDir",
      "dist",
      "--logLevel",
      "error",
    ]);
    const assets = readdirSync(join(project, "web/dist/assets"));
    const js = assets
      .filter((name) => name.endsWith(".js"))
      .map((name) => readFileSync(join(project, "web/dist/assets", name), "utf8"));
    expect(js.join("")).toContain("Südkorea");
    expect(js.join("")).toContain("office_sighting");
  });
});
