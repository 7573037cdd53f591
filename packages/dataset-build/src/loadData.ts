/** Loads the hand-edited files of `data/`: one YAML file per record. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { RECORD_KINDS, RECORD_TYPES, type RecordType } from "@korea-relations/model";
import { parseDocument } from "yaml";
import type { Problem } from "./problem.js";

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

/** Reads every record file and source text under `dataDir`. */
export function loadData(dataDir: string, rootDir = join(dataDir, "..")): LoadedData {
  const records: RawRecord[] = [];
  const texts = new Map<string, Buffer>();
  const problems: Problem[] = [];
  const known = new Set<string>(Object.values(DIRECTORIES));
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
        texts.set(name, readFileSync(path));
        continue;
      }
      if (!name.endsWith(".yaml")) {
        problems.push({ file, message: "unexpected file: records are .yaml files" });
        continue;
      }
      const document = parseDocument(readFileSync(path, "utf8"), { prettyErrors: true });
      const error = document.errors[0];
      if (error) {
        const line = error.linePos?.[0]?.line;
        problems.push({
          file: line ? `${file}:${line}` : file,
          message: `malformed YAML: ${error.message.split("\n")[0]}`,
        });
        continue;
      }
      records.push({ file, expectedType: type, value: document.toJS() });
    }
  }
  return { records, texts, problems };
}
