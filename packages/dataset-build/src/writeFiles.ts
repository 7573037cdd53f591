import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The paths whose content on disk differs from `files`. */
export function staleFiles(root: string, files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([path, content]) => {
      const full = join(root, path);
      return !existsSync(full) || readFileSync(full, "utf8") !== content;
    })
    .map(([path]) => path);
}

/**
 * Writes the changed files: every one to a temporary file first, then each is
 * renamed into place, so a failure leaves the previous output intact.
 */
export function writeFiles(root: string, files: ReadonlyMap<string, string>): string[] {
  const changed = staleFiles(root, files);
  const temporary: [string, string][] = [];
  try {
    for (const path of changed) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      const tmp = `${full}.${process.pid}.tmp`;
      writeFileSync(tmp, files.get(path) ?? "");
      temporary.push([tmp, full]);
    }
  } catch (error) {
    for (const [tmp] of temporary) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, full] of temporary) renameSync(tmp, full);
  return changed;
}
