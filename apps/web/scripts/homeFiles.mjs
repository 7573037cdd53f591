/**
 * The files the built page loads on arrival, before anything is asked of it:
 * the scripts and style sheets `index.html` names and every module those
 * scripts import statically (not the chunks they import on demand, nor the
 * search worker, which starts when the reader turns to the search box).
 */
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

/** A static `import … from "./x.js"` or `export … from "./x.js"`, or a bare `import "./x.js"`. */
const STATIC =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The files (relative to `dist`, e.g. `assets/index-x.js`) loaded by `index.html` on arrival.
 * @param {string} dist
 * @returns {string[]}
 */
export function homeFiles(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const found = new Set();
  const queue = [];
  for (const [, url] of html.matchAll(
    /<(?:script|link)\b[^>]*\b(?:src|href)="\.\/([^"]+\.(?:js|css))"/g,
  )) {
    queue.push(url);
  }
  while (queue.length > 0) {
    const file = queue.shift();
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith(".js")) continue;
    const code = readFileSync(join(dist, file), "utf8");
    for (const [, spec] of code.matchAll(STATIC)) {
      queue.push(relative(dist, normalize(join(dist, dirname(file), spec))));
    }
  }
  return [...found].sort();
}
