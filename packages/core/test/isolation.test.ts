/**
 * At run time the package makes no network request and reads no file outside
 * itself: a child process records every call to the public fs, net, http(s),
 * dns and fetch APIs while it imports the built package and runs every query.
 * The only reads allowed are Node's module loaders fetching the package's own
 * modules (ESM and, through the Node entry's wrapper, CommonJS).
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const core = join(dirname(fileURLToPath(import.meta.url)), "..");

const SCRIPT = `
import fs from "node:fs";
import fsp from "node:fs/promises";
import net from "node:net";
import http from "node:http";
import https from "node:https";
import dns from "node:dns";
const calls = [];
const spy = (object, name, label) => {
  const original = object[name];
  if (typeof original !== "function") return;
  object[name] = function (...args) {
    calls.push(label + "." + name + " " + String(args[0]));
    return original.apply(this, args);
  };
};
for (const name of Object.keys(fs)) if (/^(read|open|stat|lstat|access|exists|createReadStream|watch)/.test(name)) spy(fs, name, "fs");
for (const name of Object.keys(fsp)) if (/^(read|open|stat|lstat|access)/.test(name)) spy(fsp, name, "fs/promises");
for (const name of ["connect", "createConnection", "Socket"]) spy(net, name, "net");
for (const name of ["request", "get"]) { spy(http, name, "http"); spy(https, name, "https"); }
for (const name of ["lookup", "resolve"]) spy(dns, name, "dns");
globalThis.fetch = (...args) => { calls.push("fetch " + String(args[0])); throw new Error("no network"); };

const core = await import("@korea-relations/core");
const { sourceText } = await import("@korea-relations/core/sources");
core.search("Südkorea"); core.search("Kang Kyung-wha", { lang: "de" });
core.getCountry("KR"); core.resolve("Tokio"); core.findEvents({ countries: ["KR", "JP"] });
core.timeline("KR"); core.partners("KR"); core.officeHolders({ role: "foreign-minister", at: "2020" });
core.findQuotes({ language: "de" }); core.findAgreements({ parties: ["KR"] });
core.evidenceFor(core.dataset.events[0].id); core.citations(core.dataset.sources[0].id);
sourceText(core.dataset.sources[0].id);
console.log(JSON.stringify(calls));
`;

describe("run-time isolation", () => {
  const run = (script: string): string[] =>
    JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        cwd: core,
        encoding: "utf8",
      })
        .trim()
        .split("\n")
        .at(-1) ?? "null",
    );
  const moduleLoad = (call: string) =>
    /^(fs\/promises\.readFile file:\/\/|fs\.readFileSync )\/.*\/packages\/core\/dist\/[\w.-]+\.c?js$/.test(
      call,
    );

  it("reads no file but its own modules and makes no network request while importing and querying", () => {
    const calls = run(SCRIPT);
    expect(calls.filter((call) => !moduleLoad(call))).toEqual([]);
    expect(calls.some(moduleLoad)).toBe(true);
  });

  it("would notice a file read or a request (the spies work)", () => {
    const script = SCRIPT.replace(
      "console.log(JSON.stringify(calls));",
      'fs.readFileSync("package.json"); try { await fetch("http://127.0.0.1:9/"); } catch {} console.log(JSON.stringify(calls));',
    );
    const calls = run(script).filter((call) => !moduleLoad(call));
    expect(calls).toContain("fs.readFileSync package.json");
    expect(calls).toContain("fetch http://127.0.0.1:9/");
  });
});
