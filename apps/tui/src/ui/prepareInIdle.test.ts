import { createRelations, type Relations } from "@korea-relations/core";
import { describe, expect, it, vi } from "vitest";
import { RECORDS } from "../../test/testData.js";
import { prepareInIdle } from "./prepareInIdle.js";

/** The fixture and enough topics for core to rank short queries ahead too (several slices of work). */
function large(): Relations {
  const topics = Array.from({ length: 6000 }, (_, i) => ({
    type: "topic" as const,
    id: `zebra-topic-${i}`,
    label: { en: `Zebra topic ${i} ${(i * 7919).toString(36)}`, de: `Zebra-Thema ${i}` },
    aliases: [],
    basis: "external" as const,
    reason: { en: "A test topic.", de: "Ein Testthema." },
  }));
  return createRelations([...RECORDS, ...topics]) as unknown as Relations;
}

/** `relations` with its `prepareSearch` calls counted. */
function counted(relations: Relations) {
  const calls = { n: 0, done: false };
  // (The facade is frozen: the proxy's own target is an empty object.)
  const wrapped = new Proxy({} as Relations, {
    get: (_, property) =>
      property === "prepareSearch"
        ? (budget?: number) => {
            calls.n++;
            calls.done = relations.prepareSearch(budget);
            return calls.done;
          }
        : Reflect.get(relations, property),
  });
  return { wrapped, calls };
}

describe("prepareInIdle", () => {
  it("builds the index a slice at a time, the event loop turning between slices", async () => {
    const { wrapped, calls } = counted(large());
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    prepareInIdle(wrapped);
    // Nothing is built in the caller's turn.
    expect(calls.n).toBe(0);
    await vi.waitFor(() => expect(calls.done).toBe(true), { timeout: 30_000, interval: 5 });
    ticking = false;
    expect(calls.n).toBeGreaterThan(1);
    // Other work ran between the slices (keys pressed meanwhile are answered).
    expect(turns).toBeGreaterThanOrEqual(calls.n - 1);
    // Once done, a short query is answered from what was built.
    expect(wrapped.search("z", { limit: 1 }).total).toBeGreaterThan(6000);
  });

  it("stops when told", async () => {
    const { wrapped, calls } = counted(large());
    const stop = prepareInIdle(wrapped);
    await new Promise((resolve) => setImmediate(resolve));
    stop();
    const after = calls.n;
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(calls.n).toBe(after);
    expect(calls.done).toBe(false);
  });
});
