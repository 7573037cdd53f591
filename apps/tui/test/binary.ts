import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's folder and its built binary. */
export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(PACKAGE, "dist", "cli.js");

/** Builds the binary when it is missing (turbo builds it before the tests). */
export function ensureBuilt(): void {
  if (!existsSync(BIN))
    execFileSync("npx", ["tsup", "--silent"], { cwd: PACKAGE, stdio: "inherit" });
}

/** An environment without the CI variables and colour settings of the caller. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(CI|CI_.*|CONTINUOUS_INTEGRATION|NO_COLOR|FORCE_COLOR|VITEST.*|NODE_OPTIONS)$/.test(name))
      continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/** Runs the binary with its stdout a pipe. */
export function runBinary(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: cleanEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
