/**
 * The ```ts examples of the repository README's API section compile under
 * strict against the built package's types, as a user pasting one would
 * compile it: each block is a module of its own, importing from
 * `@korea-relations/core` every export it uses but does not import itself.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(core, "../../README.md"), "utf8");

/**
 * Blocks known not to compile yet, by heading: the README is being rewritten
 * (issue 10). The test fails when one of them compiles, so the list shrinks.
 */
const KNOWN_BROKEN = new Set<string>([]);

interface Block {
  readonly heading: string;
  readonly code: string;
}

/** The ```ts blocks between `## API` and the next `## ` heading, with the `###` heading above each. */
function apiBlocks(markdown: string): Block[] {
  const start = markdown.indexOf("\n## API\n");
  const end = markdown.indexOf("\n## ", start + 1);
  const section = markdown.slice(start, end === -1 ? undefined : end);
  const blocks: Block[] = [];
  let heading = "API";
  const lines = section.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith("### ")) heading = line.slice(4).trim();
    if (line.trim() === "```ts") {
      const code: string[] = [];
      for (i++; i < lines.length && (lines[i] as string).trim() !== "```"; i++)
        code.push(lines[i] as string);
      const count = blocks.filter((b) => b.heading.startsWith(heading)).length;
      blocks.push({
        heading: count === 0 ? heading : `${heading} (${count + 1})`,
        code: code.join("\n"),
      });
    }
  }
  return blocks;
}

const exported = (specifier: string): string[] => {
  const types = join(
    core,
    "dist",
    specifier === "@korea-relations/core" ? "index.d.ts" : "sources.d.ts",
  );
  const program = ts.createProgram([types], { strict: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(types);
  const symbol = file && checker.getSymbolAtLocation(file);
  return symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : [];
};
const CORE = exported("@korea-relations/core");

/** The block as a module: the core exports it uses but neither imports nor declares are imported. */
function asModule(code: string): string {
  const imported = new Set(
    [...code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from/g)].flatMap((m) =>
      (m[1] as string).split(",").map(
        (name) =>
          name
            .replace(/\btype\b/, "")
            .trim()
            .split(/\s+as\s+/)
            .pop() ?? "",
      ),
    ),
  );
  const declared = new Set(
    [
      ...code.matchAll(/\b(?:const|let|function|class|type|interface)\s+\[?\s*([A-Za-z_$][\w$]*)/g),
    ].map((m) => m[1]),
  );
  const used = CORE.filter(
    (name) => new RegExp(`\\b${name}\\b`).test(code) && !imported.has(name) && !declared.has(name),
  );
  const header =
    used.length > 0 ? `import { ${used.join(", ")} } from "@korea-relations/core";\n` : "";
  return `${header}${code}\nexport {};\n`;
}

/** Type errors of each block, compiled together in one program under strict. */
function compile(blocks: readonly Block[]): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: [],
    noEmit: true,
    skipLibCheck: true,
  };
  const files = new Map(
    blocks.map((block, i) => [join(core, "test", `readme-block-${i}.ts`), block]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (
    (exists) => (path: string) =>
      files.has(path) || exists(path)
  )(host.fileExists.bind(host));
  host.readFile = (path) => {
    const block = files.get(path);
    return block ? asModule(block.code) : readFile(path);
  };
  host.getSourceFile = (path, language, ...rest) => {
    const block = files.get(path);
    return block
      ? ts.createSourceFile(path, asModule(block.code), language, true)
      : getSourceFile(path, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors = new Map<string, string[]>();
  for (const [path, block] of files) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(path));
    errors.set(
      block.heading,
      diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, " ")),
    );
  }
  return errors;
}

describe("the README's API examples", () => {
  const blocks = apiBlocks(readme);

  it("are found", () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it("compile under strict against the built package", () => {
    const errors = compile(blocks);
    const broken = [...errors].filter(([, list]) => list.length > 0);
    const unexpected = broken.filter(([heading]) => !KNOWN_BROKEN.has(heading));
    const fixed = [...KNOWN_BROKEN].filter((heading) => (errors.get(heading) ?? []).length === 0);
    expect(unexpected.map(([heading, list]) => `${heading}: ${list.join("; ")}`)).toEqual([]);
    expect(fixed, "known broken blocks that compile now: take them off KNOWN_BROKEN").toEqual([]);
  }, 120_000);

  it("would see an example that does not compile", () => {
    const errors = compile([
      { heading: "good", code: 'getCountry("KR").names.en.toUpperCase();' },
      { heading: "bad", code: 'findEvents({ country: ["KR"] });' },
      { heading: "unchecked", code: "dataset.events[0].title.en;" },
    ]);
    expect(errors.get("good")).toEqual([]);
    expect(errors.get("bad")?.join()).toMatch(/country/);
    expect(errors.get("unchecked")?.join()).toMatch(/possibly 'undefined'/);
  }, 120_000);
});
