/** Loads the hand-edited files of `data/`: one YAML file per record. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { RECORD_KINDS, RECORD_TYPES, type RecordType } from "@korea-relations/model";
import { parseYaml } from "./parseYaml.js";
import type { Problem } from "./problem.js";

/** Largest record file read: records are a few kilobytes. */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Largest source text read: an article is tens of kilobytes. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Directory of each record type inside `data/`, from the record-kind registry. */
export const DIRECTORIES = Object.fromEntries(
  RECORD_TYPES.map((type) => [type, RECORD_KINDS[type].folder]),
) as { readonly [T in RecordType]: string };

export type DirectoryType = RecordType;

export interface RawRecord {
  /** Path relative to the data directory's parent, e.g. `data/people/x.yaml`. */
  readonly file: string;
  /** The record type its directory holds. */
  readonly expectedType: DirectoryType;
  readonly value: unknown;
}

export interface LoadedData {
  readonly records: RawRecord[];
  /** Source texts by file name. */
  readonly texts: Map<string, Buffer>;
  readonly problems: Problem[];
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    return [];
  }
}

/** The file's bytes, or a problem when it is larger than `limit`. */
function readLimited(path: string, file: string, limit: number): Buffer | Problem {
  const size = statSync(path).size;
  if (size > limit) {
    return {
      file,
      message: `file too large: ${size} bytes, at most ${limit} (${limit / 1024 / 1024} MiB)`,
    };
  }
  return readFileSync(path);
}

/** Reads every record file and source text under `dataDir`. */
export function loadData(dataDir: string, rootDir = join(dataDir, "..")): LoadedData {
  const records: RawRecord[] = [];
  const texts = new Map<string, Buffer>();
  const problems: Problem[] = [];
  const known = new Set<string>(Object.values(DIRECTORIES));
  let isDirectory = false;
  try {
    isDirectory = statSync(dataDir).isDirectory();
  } catch {}
  if (!isDirectory) {
    const file = relative(rootDir, dataDir) || dataDir;
    return { records, texts, problems: [{ file, message: "no data directory here" }] };
  }
  for (const name of listFiles(dataDir)) {
    if (name !== "README.md") {
      problems.push({
        file: relative(rootDir, join(dataDir, name)),
        message: "unexpected file: records go into one of the type directories",
      });
    }
  }
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !known.has(entry.name)) {
      problems.push({
        file: relative(rootDir, join(dataDir, entry.name)),
        message: `unknown directory: expected one of ${[...known].join(", ")}`,
      });
    }
  }
  for (const [type, directory] of Object.entries(DIRECTORIES) as [DirectoryType, string][]) {
    const dir = join(dataDir, directory);
    for (const name of listFiles(dir)) {
      const path = join(dir, name);
      const file = relative(rootDir, path);
      if (type === "source" && name.endsWith(".txt")) {
        const bytes = readLimited(path, file, MAX_TEXT_BYTES);
        if (Buffer.isBuffer(bytes)) texts.set(name, bytes);
        else problems.push(bytes);
        continue;
      }
      if (!name.endsWith(".yaml")) {
        problems.push({ file, message: "unexpected file: records are .yaml files" });
        continue;
      }
      const bytes = readLimited(path, file, MAX_YAML_BYTES);
      if (!Buffer.isBuffer(bytes)) {
        problems.push(bytes);
        continue;
      }
      let text: string;
      try {
        text = UTF8.decode(bytes);
      } catch {
        problems.push({ file, message: "not valid UTF-8" });
        continue;
      }
      const parsed = parseYaml(text);
      if (!parsed.ok) {
        problems.push({
          file: parsed.line ? `${file}:${parsed.line}` : file,
          message: parsed.message,
        });
        continue;
      }
      records.push({ file, expectedType: type, value: parsed.value });
    }
  }
  return { records, texts, problems };
}
