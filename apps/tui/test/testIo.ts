import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Relations } from "@korea-relations/core";
import { vi } from "vitest";
import type { Io } from "../src/Io.js";
import { fixtureRelations, sourceText } from "./testData.js";

const require = createRequire(import.meta.url);

/** The folder of the data files the core package ships. */
export const CORE_DATA = join(
  dirname(require.resolve("@korea-relations/core/package.json")),
  "data",
);

export interface TestIo extends Io {
  out(): string;
  err(): string;
  readonly startTui: ReturnType<typeof vi.fn> & Io["startTui"];
}

/** An Io over the fixture that records what is written. */
export function testIo(
  options: {
    isTTY?: boolean;
    columns?: number;
    env?: Record<string, string>;
    relations?: Relations;
    sourceText?: (id: string) => string | undefined;
    readDataFile?: (name: string) => string;
  } = {},
): TestIo {
  let out = "";
  let err = "";
  const relations = options.relations ?? fixtureRelations();
  return {
    stdout: {
      write: (text: string) => {
        out += text;
      },
      isTTY: options.isTTY ?? false,
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
    },
    stderr: {
      write: (text: string) => {
        err += text;
      },
    },
    stdinIsTTY: options.isTTY ?? false,
    env: options.env ?? {},
    relations: () => relations,
    sourceText: options.sourceText ?? sourceText,
    readDataFile: options.readDataFile ?? ((name) => readFileSync(join(CORE_DATA, name), "utf8")),
    startTui: vi.fn(async () => 0),
    out: () => out,
    err: () => err,
  };
}
