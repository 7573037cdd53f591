/**
 * What an editor shows for the built package's declarations: every exported
 * function (and class), and every method of the exported interfaces named,
 * whose TSDoc has no example (an `@example` tag or a fenced code block) — read
 * with the TypeScript compiler API, as the language service reads it.
 */
import ts from "typescript";

/** A declaration file: a path, and optionally its text (for a file that is not on disk). */
export interface DeclarationFile {
  readonly path: string;
  readonly text?: string;
}

/** What an editor shows for a function: its TSDoc text and whether it has an example. */
export interface Documented {
  readonly text: string;
  readonly example: boolean;
}

const documented = (symbol: ts.Symbol, checker: ts.TypeChecker): Documented => {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  const tags = symbol.getJsDocTags(checker);
  const example =
    text.trim() !== "" &&
    !/\{@inheritDoc\b/.test(text) &&
    (tags.some((tag) => tag.name === "example") || /```/.test(text));
  return { text, example };
};

/**
 * The TSDoc of every exported function and class, and of every function
 * member of the exported interfaces named, by name (`getCountry`,
 * `Relations.timeline`).
 */
export function functionDocs(
  files: readonly DeclarationFile[],
  interfaces: readonly string[] = [],
): Map<string, Documented> {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  };
  const host = ts.createCompilerHost(options);
  const texts = new Map(files.flatMap((file) => (file.text ? [[file.path, file.text]] : [])));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const text = texts.get(name);
    return text === undefined
      ? getSourceFile(name, language, ...rest)
      : ts.createSourceFile(name, text, language, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => texts.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => texts.get(name) ?? readFile(name);

  const program = ts.createProgram(
    files.map((file) => file.path),
    options,
    host,
  );
  const checker = program.getTypeChecker();
  const docs = new Map<string, Documented>();
  for (const file of files) {
    const source = program.getSourceFile(file.path);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read ${file.path}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = exported.getName();
      if (interfaces.includes(name) && symbol.flags & ts.SymbolFlags.Interface) {
        for (const member of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) {
          const type = checker.getTypeOfSymbol(member);
          if (type.getCallSignatures().length > 0) {
            docs.set(`${name}.${member.getName()}`, documented(member, checker));
          }
        }
        continue;
      }
      if (!symbol.valueDeclaration) continue;
      const isClass = (symbol.flags & ts.SymbolFlags.Class) !== 0;
      const callable = checker.getTypeOfSymbol(symbol).getCallSignatures().length > 0;
      if (isClass || callable) docs.set(name, documented(symbol, checker));
    }
  }
  return docs;
}

/** The names among `functionDocs` without an example, sorted. */
export function undocumented(
  files: readonly DeclarationFile[],
  interfaces: readonly string[] = [],
): string[] {
  return [...functionDocs(files, interfaces)]
    .filter(([, doc]) => !doc.example)
    .map(([name]) => name)
    .sort();
}
