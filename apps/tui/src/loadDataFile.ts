import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  createRelations,
  DatasetError,
  type DatasetRecord,
  type Relations,
} from "@korea-relations/core";
import { tables } from "@korea-relations/core/tables";
import { DataFileError, LISTED_DATA_PROBLEMS } from "./DataFileError.js";
import { quoteArg } from "./text/quoteArg.js";

/** What the CLI and the UI need of a dataset given with `--data`. */
export interface LoadedData {
  readonly relations: Relations;
  /** A source's article: its `file` beside the dataset, or in `sources/` beside it, when its SHA-256 matches. */
  readonly sourceText: (id: string) => string | undefined;
  /** The files `export` writes, made from the records: `dataset.json`, `<type>.ndjson`. */
  readonly readDataFile: (name: string) => string;
}

/** Node's reasons a file cannot be read, in words. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** Line and column of an offset, 1-based. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/** JSON.parse's message without the echo of the input it adds. */
function syntaxMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/, "[\s\S]*" is not valid JSON$/, "")
    .replace(/ in JSON at position \d+.*$/, "");
}

/** The records of a dataset file: a JSON array, or NDJSON (one record a line). */
function parseRecords(
  file: string,
  text: string,
): { records: unknown[]; where: (index: number) => string } {
  const name = quoteArg(file);
  const body = text.replace(/^\uFEFF/, "");
  const start = body.search(/\S/);
  if (start < 0) throw new DataFileError([`${name}: the file is empty`]);
  if (body[start] === "[") {
    try {
      const value = JSON.parse(body) as unknown;
      if (!Array.isArray(value)) throw new DataFileError([`${name}: expected an array of records`]);
      return { records: value, where: (i) => `record ${i + 1}` };
    } catch (error) {
      if (error instanceof DataFileError) throw error;
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
      const at = position ? `${lineColumn(body, Number(position[1]))}: ` : "";
      throw new DataFileError([`${name}: ${at}not valid JSON: ${syntaxMessage(error)}`]);
    }
  }
  if (body[start] !== "{")
    throw new DataFileError([
      `${name}: expected a JSON array of records or NDJSON (one record a line), not ${quoteArg(body.slice(start, start + 20))}…`,
    ]);
  const records: unknown[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  body.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      records.push(JSON.parse(line));
      lines.push(index + 1);
    } catch (error) {
      problems.push(`${name}: line ${index + 1}: not valid JSON: ${syntaxMessage(error)}`);
    }
  });
  if (problems.length > 0) throw new DataFileError(limit(problems));
  return { records, where: (i) => `line ${lines[i] ?? i + 1}` };
}

/** The first problems, then a count of the rest. */
function limit(problems: readonly string[]): string[] {
  const listed = problems.slice(0, LISTED_DATA_PROBLEMS);
  const more = problems.length - listed.length;
  return more > 0 ? [...listed, `…and ${more} more problems`] : listed;
}

/**
 * Reads a dataset of the published shape (`dataset.json`'s array, or NDJSON
 * like the `<type>.ndjson` files) and builds the query API over it with
 * core's `createRelations`, which checks every record. Anything wrong is a
 * `DataFileError` with one line per problem.
 */
export function loadDataFile(file: string): LoadedData {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new DataFileError([
      `cannot read ${quoteArg(file)}: ${READ_ERRORS[code] ?? (code || "unknown error")}`,
    ]);
  }
  const { records, where } = parseRecords(file, text);
  let relations: Relations;
  try {
    relations = createRelations(records as DatasetRecord[]) as unknown as Relations;
  } catch (error) {
    if (error instanceof DatasetError) {
      throw new DataFileError(
        limit(
          error.problems.map(
            (p) =>
              `${quoteArg(file)}: ${where(p.index)}${p.id === undefined ? "" : ` (${quoteArg(p.id)})`}${p.field ? `: ${p.field}` : ""}: ${p.message}`,
          ),
        ),
      );
    }
    if (error instanceof TypeError || error instanceof RangeError)
      throw new DataFileError([`${quoteArg(file)}: ${error.message}`]);
    throw error;
  }
  const folder = dirname(file);
  const texts = new Map<string, string | undefined>();
  let files: Map<string, string> | undefined;
  return {
    relations,
    sourceText(id) {
      if (texts.has(id)) return texts.get(id);
      const source = relations.resolve(id);
      let found: string | undefined;
      if (source?.type === "source" && !/[/\\]/.test(source.file)) {
        for (const path of [join(folder, source.file), join(folder, "sources", source.file)]) {
          if (!existsSync(path)) continue;
          const body = readFileSync(path, "utf8");
          if (createHash("sha256").update(body).digest("hex") === source.sha256) found = body;
          break;
        }
      }
      texts.set(id, found);
      return found;
    },
    readDataFile(name) {
      const all = relations.dataset.records;
      if (name === "dataset.json") return `${JSON.stringify(all, null, 2)}\n`;
      // The same tables the package ships for the built-in data, made from yours.
      files ??= tables(all);
      const file = files.get(name);
      if (file === undefined) throw new DataFileError([`no table ${name} in your data`]);
      return file;
    },
  };
}
