#!/usr/bin/env node
// Installs the system programs the end-to-end tests drive — tmux (terminal UI),
// zsh and fish (the CLI's shell completions) and Chromium (web demo) — from the distribution's packages when they are
// missing and this machine allows it (root with apt-get). Otherwise it says
// what to install and exits with 1, so tests never silently skip.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const needs = [
  { program: "tmux", path: "tmux", pkg: "tmux" },
  { program: "zsh", path: "zsh", pkg: "zsh" },
  { program: "fish", path: "fish", pkg: "fish" },
  { program: "Chromium", path: "/usr/bin/chromium", pkg: "chromium" },
];
const has = (path) =>
  path.startsWith("/")
    ? existsSync(path)
    : spawnSync("sh", ["-c", `command -v ${path}`]).status === 0;
const missing = needs.filter((need) => !has(need.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((need) => need.pkg);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && has("apt-get")) {
  console.log(`Installing ${packages.join(", ")} for the end-to-end tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], {
    stdio: "inherit",
    env,
  });
  process.exit(0);
}
console.error(
  `The end-to-end tests need ${missing.map((need) => need.program).join(" and ")}. ` +
    `Install ${packages.join(" ")} with your package manager (e.g. sudo apt-get install ${packages.join(" ")}) and run again.`,
);
process.exit(1);
