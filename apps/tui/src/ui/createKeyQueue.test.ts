import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { createKeyQueue } from "./createKeyQueue.js";

const key = {} as Key;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("createKeyQueue", () => {
  it("handles a lone key at once", () => {
    const queue = createKeyQueue();
    const seen: string[] = [];
    queue.setHandler((input) => seen.push(input));
    queue.dispatch("a", key);
    expect(seen).toEqual(["a"]);
  });

  it("handles keys that arrive together one per turn, by the latest handler", async () => {
    const queue = createKeyQueue();
    const seen: string[] = [];
    queue.setHandler((input) => {
      seen.push(`first:${input}`);
      // The screen changes: the next key must reach the new one.
      queue.setHandler((i) => seen.push(`second:${i}`));
    });
    queue.dispatch("a", key);
    queue.dispatch("b", key);
    queue.dispatch("c", key);
    expect(seen).toEqual(["first:a"]);
    await tick();
    expect(seen).toEqual(["first:a", "second:b"]);
    await tick();
    await tick();
    expect(seen).toEqual(["first:a", "second:b", "second:c"]);
  });
});

describe("splitKeys", () => {
  it("splits text and control characters read together into keys", async () => {
    const { splitKeys } = await import("./createKeyQueue.js");
    const keys = splitKeys("Kang\r", key);
    expect(keys.map(([input]) => input)).toEqual(["Kang", ""]);
    expect(keys[1]?.[1].return).toBe(true);
    const tab = splitKeys("\t?", key);
    expect(tab[0]?.[1].tab).toBe(true);
    expect(tab[1]?.[0]).toBe("?");
    const ctrl = splitKeys("a\u0015b", key);
    expect(ctrl[1]).toMatchObject(["u", { ctrl: true }]);
    expect(splitKeys("\u007f\u007f", key).every(([, k]) => k.delete)).toBe(true);
  });

  it("keeps plain text whole, and single keys as they are", async () => {
    const { splitKeys } = await import("./createKeyQueue.js");
    expect(splitKeys("Südkorea 🇰🇷", key)).toEqual([["Südkorea 🇰🇷", key]]);
    expect(splitKeys("\r", key)).toEqual([["\r", key]]);
  });
});

describe("createKeyQueue with several keys in one read", () => {
  it("hands each to the handler in order", async () => {
    const queue = createKeyQueue();
    const seen: string[] = [];
    queue.setHandler((input, k) => seen.push(k.return ? "⏎" : input));
    queue.dispatch("ab\rc", key);
    for (let i = 0; i < 4; i++) await tick();
    expect(seen).toEqual(["ab", "⏎", "c"]);
  });
});
