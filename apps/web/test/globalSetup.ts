/**
 * Before the tests: Chromium must be installed (the browser tests fail with
 * how to install it otherwise), and `dist/` must be built from the current
 * sources. Under turbo the build task runs first; run directly, a missing or
 * stale `dist/` is rebuilt here.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { assertChromium } from "../scripts/launchChromium.mjs";

const app = fileURLToPath(new URL("..", import.meta.url));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default async function setup(): Promise<void> {
  assertChromium();
  const built = newest(join(app, "dist", "index.html"));
  const inputs = Math.max(
    ...["src", "public", "index.html", "vite.config.ts"].map((p) => newest(join(app, p))),
    newest(join(app, "node_modules", "@korea-relations", "core", "dist")),
  );
  if (built === 0 || inputs > built) {
    console.log(`dist/ is ${built === 0 ? "missing" : "stale"}: building it first`);
    await build({ root: app, logLevel: "warn" });
  }
}
