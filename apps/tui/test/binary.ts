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

/** Runs the binary in a pseudo-terminal of `columns`×24 (stdout and stderr together). */
export async function runInTerminal(
  args: string[],
  options: { columns?: number; env?: Record<string, string> } = {},
): Promise<{ code: number; out: string }> {
  const { default: pty } = await import("@lydell/node-pty");
  const child = pty.spawn(process.execPath, [BIN, ...args], {
    name: "xterm-256color",
    cols: options.columns ?? 80,
    rows: 24,
    cwd: PACKAGE,
    env: cleanEnv({ TERM: "xterm-256color", ...options.env }) as Record<string, string>,
  });
  let out = "";
  child.onData((data) => {
    out += data;
  });
  const code = await new Promise<number>((resolve) => child.onExit((e) => resolve(e.exitCode)));
  // A terminal turns "\n" into "\r\n": give back the program's own line ends.
  return { code, out: out.replace(/\r\n/g, "\n") };
}

/** Whether `program` can be run here (zsh, fish). */
export function hasProgram(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;
}
