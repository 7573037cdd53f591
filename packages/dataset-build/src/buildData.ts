/**
 * The build's work, from `data/` to the generated files' contents: load,
 * validate, the data directory's own rules, generate. It writes nothing; the
 * CLI runs it in a worker (see `runBuild`) and writes the result.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetVersion, generate } from "./generate.js";
import { loadData } from "./loadData.js";
import { formatProblem, type Problem, problemLines } from "./problem.js";
import { sourcesWithoutTerms } from "./sourcesWithoutTerms.js";
import { validate } from "./validate.js";

export interface BuildRequest {
  /** The `data/` directory. */
  readonly dataDir: string;
  /** The repository root the generated files' paths are relative to. */
  readonly root: string;
  /** Whether the core package's version is needed (it is, to write or check files). */
  readonly needsPackage: boolean;
}

export interface BuildResult {
  readonly recordCount: number;
  /** One line per problem, each once; empty when the data is valid. */
  readonly problems: string[];
  /** The generated files' contents by path relative to the root, when there are no problems. */
  readonly files?: Map<string, string | Uint8Array>;
  /** The dataset's version, with `files`. */
  readonly version?: string;
}

/** An error that carries one problem of `data/` (e.g. a bad pattern found while generating). */
function problemOf(error: unknown): Problem | undefined {
  const problem = (error as { problem?: Partial<Problem> } | null)?.problem;
  return typeof problem?.file === "string" && typeof problem.message === "string"
    ? (problem as Problem)
    : undefined;
}

/** Runs `work`, turning an error that carries a data problem into that problem's line. */
function orProblem<T>(work: () => T): T | { problem: string } {
  try {
    return work();
  } catch (error) {
    const problem = problemOf(error);
    if (problem) return { problem: formatProblem(problem) };
    throw error;
  }
}

/** The core package's version, or a problem when it cannot be read. */
function packageVersion(root: string, needed: boolean): string | { problem: string } {
  const path = join(root, "packages/core/package.json");
  if (!existsSync(path)) {
    return needed ? { problem: "packages/core/package.json: not found under --root" } : "0.0.0";
  }
  try {
    const version = (JSON.parse(readFileSync(path, "utf8")) as { version?: unknown }).version;
    if (typeof version === "string") return version;
  } catch {}
  return { problem: "packages/core/package.json: no version (not valid JSON?)" };
}

/** Validates `data/` and, when it is valid, generates every output's contents. */
export function buildData(request: BuildRequest): BuildResult {
  const loaded = loadData(request.dataDir, request.root);
  const validated = orProblem(() => validate(loaded));
  if ("problem" in validated) return { recordCount: 0, problems: [validated.problem] };
  const recordCount = validated.records.length;
  const problems = problemLines([...validated.problems, ...sourcesWithoutTerms(loaded.records)]);
  if (problems.length > 0) return { recordCount, problems };
  const version = packageVersion(request.root, request.needsPackage);
  if (typeof version !== "string") return { recordCount, problems: [version.problem] };
  const readmePath = join(request.root, "README.md");
  const readme = existsSync(readmePath) ? readFileSync(readmePath, "utf8") : undefined;
  const files = orProblem(() =>
    generate(validated.records, validated.texts, validated.readings, readme, version),
  );
  if (!(files instanceof Map)) return { recordCount, problems: [files.problem] };
  return { recordCount, problems: [], files, version: datasetVersion(validated.records, version) };
}
