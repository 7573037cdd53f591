import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE } from "../../test/binary.js";
import { actionFor, bindingsFor, parseKeyName } from "./actionFor.js";
import { footerHints } from "./footerHints.js";
import { keyPress } from "./KeyPress.js";
import { type Action, KEY_GROUPS, type KeyContext } from "./keyBindings.js";
import { keyTable } from "./keyTable.js";

/** The key a terminal's decoder gives for a name of the definition. */
function press(name: string) {
  const spec = parseKeyName(name);
  if (spec.text !== undefined) {
    const upper = spec.text >= "A" && spec.text <= "Z";
    return keyPress(upper ? spec.text.toLowerCase() : spec.text, { shift: upper }, spec.text);
  }
  return keyPress(
    spec.name as string,
    { ctrl: spec.ctrl, meta: spec.meta, shift: spec.shift === true },
    spec.ctrl && (spec.name as string).length === 1 ? (spec.name as string) : "",
  );
}

const CONTEXTS: KeyContext[] = [
  ...new Set(KEY_GROUPS.flatMap((g) => g.bindings.flatMap((b) => b.where))),
];

describe("the key definition", () => {
  it("gives every key the action it is defined with, where it is listed first", () => {
    for (const context of CONTEXTS) {
      const seen = new Set<string>();
      for (const binding of bindingsFor(context)) {
        for (const [action, ...names] of binding.keys) {
          for (const name of names) {
            if (seen.has(name)) continue; // an earlier binding takes the key here
            seen.add(name);
            const [input, key] = press(name);
            expect(actionFor(context, input, key), `${name} in ${context}`).toBe(action);
          }
        }
      }
    }
  });

  it("types letters in text boxes and makes them commands elsewhere", () => {
    for (const context of ["query", "filter", "picker"] as const) {
      for (const letter of "qjkgGyetsfl?/nNcopx") {
        const [input, key] = press(letter);
        expect(actionFor(context, input, key), `${letter} in ${context}`).toBeUndefined();
      }
    }
    const [q, qKey] = press("q");
    for (const context of ["results", "detail", "timeline", "sources", "reader"] as const)
      expect(actionFor(context, q, qKey)).toBe("quit");
    const [ctrlQ, ctrlQKey] = press("C-q");
    for (const context of CONTEXTS) expect(actionFor(context, ctrlQ, ctrlQKey)).toBe("quit");
  });

  it("clears the query with Esc, and quits with Esc on an empty query", () => {
    const [input, key] = press("escape");
    expect(actionFor("query", input, key)).toBe("clear");
    expect(actionFor("query", input, key, new Set<Action>(["clear"]))).toBe("quit");
    expect(footerHints("query").hints).toContainEqual(["esc", "clear"]);
    expect(footerHints("query", new Set<Action>(["clear"])).hints).toContainEqual(["esc", "quit"]);
    expect(footerHints("query").hints).not.toContainEqual(["esc", "quit"]);
  });

  it("shows in the footer only keys that work where the focus is", () => {
    const query = footerHints("query");
    expect(query.fixed).toEqual([
      ["^C", "quit"],
      ["F1", "help"],
    ]);
    const keys = query.hints.map(([key]) => key);
    for (const command of ["q", "?", "e", "t", "s", "/", "j"]) expect(keys).not.toContain(command);
    expect(footerHints("results").fixed).toEqual([
      ["q", "quit"],
      ["?", "help"],
    ]);
    expect(footerHints("timeline").hints).toContainEqual(["c", "kind"]);
    expect(footerHints("detail").hints).not.toContainEqual(["c", "kind"]);
    // Every hint shown is of a key that does something there.
    for (const context of CONTEXTS) {
      for (const binding of bindingsFor(context)) {
        if (!binding.hint || binding.keys.length === 0) continue;
        const works = binding.keys.some(([action, ...names]) =>
          names.some((name) => {
            const [input, key] = press(name);
            return actionFor(context, input, key) === action;
          }),
        );
        expect(works, `${binding.label} in ${context}`).toBe(true);
      }
    }
  });

  it("is the README's key table", () => {
    const readme = readFileSync(join(PACKAGE, "README.md"), "utf8");
    const table = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme)?.[1];
    expect(table, "README has the key table between its markers").toBeDefined();
    expect(table).toBe(keyTable());
  });
});
