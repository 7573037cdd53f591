/**
 * Property tests over every export: arbitrary values and malformed record
 * arrays give a result or a documented error — `UnknownEntityError`,
 * `DatasetError`, or a `TypeError`/`RangeError` whose message names the
 * function's argument. An engine error ("x is not a function", "Cannot read
 * properties of undefined") fails, as does a message with a raw control
 * character, a call slower than a hang's limit, and a result that a caller's
 * writing over the last one changed. `bench/fuzz.ts` runs the same calls
 * 100,000 times; this is a short seeded run.
 */
import { EVENT_KINDS, RECORD_TYPES, ROLES } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import {
  calls,
  documented,
  exportedFunctions,
  FAILURES,
  run,
  TARGETS,
  type Target,
} from "../bench/exportCalls.js";
import { builtin } from "./builtin.js";
import { createRelations } from "./createRelations.js";
import { UnknownEntityError } from "./errors.js";

describe("every export, called with arbitrary arguments", () => {
  it("is called: each exported function, each method of createRelations() and builtin(), dataset", () => {
    const names = new Set(TARGETS.map((target) => target.name.replace(/^new /, "")));
    for (const name of Object.keys(exportedFunctions())) expect(names, name).toContain(name);
    for (const method of Object.keys(builtin())) {
      if (method === "dataset") continue;
      expect(names).toContain(`builtin().${method}`);
      expect(names).toContain(`createRelations(fixture).${method}`);
    }
    for (const key of Object.keys(builtin().dataset)) expect(names).toContain(`dataset.${key}`);
    for (const name of [
      "relationsNetwork",
      "foldName",
      "nameKeys",
      "compareDates",
      "parsePartialDate",
      "createRelations",
      "UnknownEntityError",
      "DatasetError",
      "sourceText",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("gives a result or a documented error, never an engine error, a raw control character, a hang or a result the caller changed", () => {
    const counts = new Map<string, number>();
    fc.assert(
      fc.property(calls, ({ target, args }) => {
        const { outcome, detail } = run(target, args);
        counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        if (FAILURES.has(outcome)) {
          throw new Error(
            `${target.name}: ${outcome}: ${detail instanceof Error ? detail.stack : JSON.stringify(detail)}`,
          );
        }
      }),
      { numRuns: 3_000, seed: 20_250_826 },
    );
    // The run reached past the argument checks and into each kind of error.
    for (const outcome of [
      "result",
      "UnknownEntityError",
      "DatasetError",
      "TypeError",
      "RangeError",
    ]) {
      expect(counts.get(outcome) ?? 0, outcome).toBeGreaterThan(10);
    }
  });
});

describe("the judge of outcomes", () => {
  const target: Target = {
    name: "findEvents",
    names: ["findEvents"],
    call: () => undefined,
    stable: true,
  };

  it("counts an engine TypeError as a failure, and a TypeError naming the argument as documented", () => {
    expect(documented(target, new TypeError("filter.kinds is not iterable"))).toBe("engine error");
    expect(
      documented(target, new TypeError("Cannot read properties of undefined (reading 'push')")),
    ).toBe("engine error");
    expect(documented(target, new TypeError("x is not a function"))).toBe("engine error");
    expect(documented(target, new RangeError("Maximum call stack size exceeded"))).toBe(
      "engine error",
    );
    expect(documented(target, new Error("anything"))).toBe("engine error");
    expect(documented(target, new TypeError("findEvents(filter).kinds must be an array"))).toBe(
      "TypeError",
    );
    expect(
      documented(
        target,
        new TypeError('Unknown key "country" in findEvents(filter): did you mean "countries"?'),
      ),
    ).toBe("TypeError");
    expect(documented(target, new RangeError('Unknown findEvents(filter).status "done"'))).toBe(
      "RangeError",
    );
    expect(documented(target, new RangeError('Invalid findEvents(filter).from "2020-13"'))).toBe(
      "RangeError",
    );
    // Another function's argument is not this one's.
    expect(documented(target, new TypeError("search(query) must be a string"))).toBe(
      "engine error",
    );
    expect(documented(target, new UnknownEntityError("country", "x"))).toBe("UnknownEntityError");
  });

  it("sees a result changed by the caller, and a message with a raw control character", () => {
    let shared = [1, 2, 3];
    const leaky: Target = { name: "leaky", names: ["leaky"], call: () => shared, stable: true };
    expect(run(leaky, []).outcome).toBe("changed by caller");
    shared = Object.freeze([1, 2, 3]) as number[];
    expect(run(leaky, []).outcome).toBe("result");
    const loud: Target = {
      name: "loud",
      names: ["loud"],
      call: () => {
        throw new TypeError("loud(x) must not be \u001b[2J");
      },
      stable: true,
    };
    expect(run(loud, []).outcome).toBe("unescaped message");
  });
});

const r = createRelations(fixture);
let fresh: ReturnType<typeof createRelations<typeof fixture>>;
beforeEach(() => {
  fresh = createRelations(fixture);
});
const names = [
  "KR",
  "Südkorea",
  "DE",
  "Japan",
  "KP",
  "France",
  "Heiko Maas",
  "Kang",
  "Atlantis",
  "",
];
const dateLike = fc.oneof(
  fc.constantFrom("2020", "2020-08", "2020-08-10", "2025-13", "2021-02-29", "2020-13-45", ""),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string(),
);
const filter = fc.record(
  {
    countries: fc.array(fc.constantFrom(...names), { maxLength: 3 }),
    people: fc.array(fc.constantFrom("Heiko Maas", "Kang", "Ishiba", "Nobody"), { maxLength: 2 }),
    topics: fc.array(fc.constantFrom("pandemic", "nuclear-disarmament", "x"), { maxLength: 2 }),
    kinds: fc.array(fc.constantFrom(...EVENT_KINDS), { maxLength: 3 }),
    from: dateLike,
    to: dateLike,
    status: fc.constantFrom("occurred", "planned"),
  },
  { requiredKeys: [] },
);
/** The result, or the error when it is a documented one. */
function total(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (
      error instanceof UnknownEntityError ||
      error instanceof RangeError ||
      error instanceof TypeError
    ) {
      return error;
    }
    throw error;
  }
}

describe("query properties", () => {
  it("search and resolve take any string without throwing", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.integer({ min: 0, max: 50 }),
        (query, limit) => {
          const hits = fresh.search(query, { limit }).hits;
          expect(hits.length).toBeLessThanOrEqual(limit);
          for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0);
          fresh.resolve(query);
        },
      ),
      { seed: 1 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(filter, fc.constantFrom(...ROLES), dateLike, (f, role, at) => {
        expect(total(() => r.findEvents(f))).toEqual(
          total(() => createRelations(fixture).findEvents(f)),
        );
        expect(total(() => r.officeHolders({ role, at }))).toEqual(
          total(() => r.officeHolders({ role, at })),
        );
      }),
      { seed: 2 },
    );
  });

  it("composes filters: two filters with different keys give the intersection of each", () => {
    fc.assert(
      fc.property(filter, filter, (a, b) => {
        if (!Object.keys(a).every((key) => !(key in b))) return;
        const both = total(() => r.findEvents({ ...a, ...b }));
        const left = total(() => r.findEvents(a));
        const right = total(() => r.findEvents(b));
        if (!Array.isArray(both) || !Array.isArray(left) || !Array.isArray(right)) return;
        const rightIds = new Set(right.map((e) => e.id));
        expect(both.map((e) => e.id)).toEqual(
          left.map((e) => e.id).filter((id) => rightIds.has(id)),
        );
      }),
      { seed: 3 },
    );
  });

  it("facets count the events findEvents finds", () => {
    fc.assert(
      fc.property(filter, (f) => {
        const events = total(() => r.findEvents(f));
        const facets = total(() => r.facets(f));
        if (!Array.isArray(events)) {
          expect((facets as Error).constructor).toBe((events as Error).constructor);
          return;
        }
        const counted = facets as ReturnType<typeof r.facets>;
        expect(counted.total).toBe(events.length);
        expect(counted.kinds.reduce((sum, k) => sum + k.count, 0)).toBe(events.length);
        expect(counted.years.reduce((sum, y) => sum + y.count, 0)).toBe(events.length);
      }),
      { seed: 4 },
    );
  });

  it("search filtered by types returns only those types", () => {
    fc.assert(
      fc.property(
        fc.subarray([...RECORD_TYPES], { minLength: 1 }),
        fc.string({ maxLength: 8 }),
        (types, q) => {
          for (const hit of r.search(q, { types }).hits) expect(types).toContain(hit.type);
        },
      ),
      { seed: 5 },
    );
  });
});
