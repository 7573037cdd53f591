/**
 * Editors show the TSDoc of the built declarations: every exported function
 * and class, and every method of `Relations`, has an example.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { functionDocs, undocumented } from "./undocumented.js";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

describe("TSDoc of the built package", () => {
  const files = ["index.d.ts", "sources.d.ts", "tables.d.ts"].map((name) => ({
    path: join(dist, name),
  }));

  it("has an example on every exported function and class and every Relations method", () => {
    expect(undocumented(files, ["Relations"])).toEqual([]);
  });

  it("gives each built-in function the TSDoc of its Relations method", () => {
    const docs = functionDocs(files, ["Relations"]);
    const methods = [...docs.keys()].filter((name) => name.startsWith("Relations."));
    expect(methods.length).toBeGreaterThan(20);
    for (const method of methods) {
      const name = method.slice("Relations.".length);
      expect({ name, text: docs.get(name)?.text }).toEqual({ name, text: docs.get(method)?.text });
    }
  });

  it("finds a function, a class or a method without an example", () => {
    const path = join(dist, "__fixture__.d.ts");
    const text = [
      "/** Documented.\n *\n * ```ts\n * ok();\n * ```\n */",
      "export declare function ok(): void;",
      "/** Tagged.\n * @example tagged()\n */",
      "export declare function tagged(): void;",
      "/** No example. */",
      "export declare function bare(): void;",
      "export declare const arrow: (x: number) => number;",
      "/** {@inheritDoc Api.get} */",
      "export declare const inherited: () => void;",
      "export declare class Thing {}",
      "/** Not a function. */",
      "export declare const VALUE = 1;",
      "export type Alias = string;",
      "export interface Api {",
      "  /** Gets.\n   *\n   * ```ts\n   * api.get();\n   * ```\n   */",
      "  get(): void;",
      "  /** Puts. */",
      "  put(): void;",
      "  readonly size: number;",
      "}",
    ].join("\n");
    expect(undocumented([{ path, text }], ["Api"])).toEqual([
      "Api.put",
      "Thing",
      "arrow",
      "bare",
      "inherited",
    ]);
  });
});
