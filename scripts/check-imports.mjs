#!/usr/bin/env node
// Fails when a source file imports another workspace package's files by a
// relative path ("../../core/src/x.js") instead of by the package's name.
// Every relative import (and `import()`/`require()`/`export … from`) is
// resolved against the importing file and must stay inside the importing
// file's own package folder.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const workspaceFolders = ["packages", "apps"];
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP = new Set(["node_modules", "dist", ".turbo", "coverage", ".stryker-tmp", "reports", "docs"]);
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\1/g;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

const problems = [];
for (const folder of workspaceFolders) {
  let packages = [];
  try {
    packages = readdirSync(join(root, folder), { withFileTypes: true }).filter((d) => d.isDirectory());
  } catch {
    continue;
  }
  for (const pkg of packages) {
    const pkgRoot = join(root, folder, pkg.name);
    for (const file of files(pkgRoot)) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(SPECIFIER)) {
        const target = resolve(dirname(file), match[2]);
        if (target !== pkgRoot && !target.startsWith(pkgRoot + sep)) {
          const line = text.slice(0, match.index).split("\n").length;
          problems.push(
            `${relative(root, file)}:${line}: imports "${match[2]}" from outside its package: import the package by name`,
          );
        }
      }
    }
  }
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log("No import reaches into another package's folder.");
