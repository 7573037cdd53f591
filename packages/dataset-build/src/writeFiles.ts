/**
 * Writes the generated files as one transaction: either every changed file
 * is replaced or, when any step fails, every file is left byte-for-byte as it
 * was. Nothing temporary is ever put beside the outputs (`packages/core/data`
 * is published): new contents and backups are staged under the root's
 * `node_modules/.cache/dataset-build/`, on the same file system, so each
 * replacement is one atomic rename.
 */
import * as nodeFs from "node:fs";
import { dirname, join, relative } from "node:path";

/** The file-system calls `writeFiles` makes, so tests can make any one of them fail. */
export interface WriteFs {
  readonly mkdirSync: (path: string, options: { recursive: true }) => string | undefined;
  readonly mkdtempSync: (prefix: string) => string;
  readonly writeFileSync: (path: string, data: string) => void;
  readonly linkSync: (existing: string, path: string) => void;
  readonly copyFileSync: (from: string, to: string) => void;
  readonly renameSync: (from: string, to: string) => void;
  readonly rmSync: (path: string, options?: { recursive?: boolean; force?: boolean }) => void;
  readonly existsSync: (path: string) => boolean;
}

/** Where a write stages its files, relative to the root. */
export const STAGING_DIR = "node_modules/.cache/dataset-build";

/** A write that failed; `message` is one line and says what state the outputs are in. */
export class WriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WriteError";
  }
}

/** `ENOENT`, `EACCES`…: the code of a Node file-system error, else its message. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

/** The paths whose content on disk differs from `files` (a path that cannot be read is stale). */
export function staleFiles(root: string, files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([path, content]) => {
      try {
        return nodeFs.readFileSync(join(root, path), "utf8") !== content;
      } catch {
        return true;
      }
    })
    .map(([path]) => path);
}

interface Step {
  readonly path: string;
  readonly full: string;
  readonly staged: string;
  /** The previous file, kept until the write is done; undefined when there was none. */
  backup?: string;
  replaced?: boolean;
}

/**
 * Writes the files of `files` whose content differs on disk and returns their
 * paths. Throws a `WriteError` when a file cannot be written; the outputs are
 * then as before the call.
 */
export function writeFiles(
  root: string,
  files: ReadonlyMap<string, string>,
  fs: WriteFs = nodeFs,
): string[] {
  const changed = staleFiles(root, files);
  if (changed.length === 0) return [];
  const stagingParent = join(root, STAGING_DIR);
  let stage: string;
  try {
    fs.mkdirSync(stagingParent, { recursive: true });
    stage = fs.mkdtempSync(join(stagingParent, "write-"));
  } catch (error) {
    throw new WriteError(
      `${STAGING_DIR}: cannot create a staging folder (${reason(error)}); nothing was written`,
      { cause: error },
    );
  }
  const steps: Step[] = changed.map((path, index) => ({
    path,
    full: join(root, path),
    staged: join(stage, `${index}.new`),
  }));
  const createdDirs: string[] = [];
  let current: Step | undefined;
  try {
    // 1. The new contents, staged.
    for (const step of steps) {
      current = step;
      fs.writeFileSync(step.staged, files.get(step.path) ?? "");
    }
    // 2. Folders, and a backup of each file to be replaced (a hard link: no copy, same bytes).
    for (const [index, step] of steps.entries()) {
      current = step;
      const created = fs.mkdirSync(dirname(step.full), { recursive: true });
      if (created !== undefined) createdDirs.push(created);
      if (!fs.existsSync(step.full)) continue;
      const backup = join(stage, `${index}.old`);
      try {
        fs.linkSync(step.full, backup);
      } catch {
        fs.copyFileSync(step.full, backup);
      }
      step.backup = backup;
    }
    // 3. Each file replaced by one atomic rename.
    for (const step of steps) {
      current = step;
      fs.renameSync(step.staged, step.full);
      step.replaced = true;
    }
  } catch (error) {
    const unrestored = rollBack(steps, createdDirs, fs);
    const what = current ? current.path : "output";
    if (unrestored.length > 0) {
      throw new WriteError(
        `${what}: cannot write (${reason(error)}), and ${unrestored.join(", ")} could not be restored: the previous files are kept in ${relative(root, stage)}`,
        { cause: error },
      );
    }
    fs.rmSync(stage, { recursive: true, force: true });
    throw new WriteError(
      `${what}: cannot write (${reason(error)}); nothing was written, the previous output is unchanged`,
      { cause: error },
    );
  }
  fs.rmSync(stage, { recursive: true, force: true });
  return changed;
}

/** Undoes the replaced files in reverse order; returns the paths it could not restore. */
function rollBack(steps: readonly Step[], createdDirs: readonly string[], fs: WriteFs): string[] {
  const unrestored: string[] = [];
  for (const step of [...steps].reverse()) {
    if (!step.replaced) continue;
    try {
      if (step.backup) fs.renameSync(step.backup, step.full);
      else fs.rmSync(step.full, { force: true });
    } catch {
      unrestored.push(step.path);
    }
  }
  for (const dir of [...createdDirs].reverse()) {
    // The first folder each `mkdirSync` made: nothing in it existed before this write.
    try {
      fs.rmSync(dir, { recursive: true, force: false });
    } catch {}
  }
  return unrestored;
}
