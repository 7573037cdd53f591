/**
 * Property-based tests: arbitrary strings, dates, arrays and option objects
 * never produce anything but a result or a documented error; results are
 * deterministic; filters compose as intersections.
 */

import { EVENT_KINDS, RECORD_TYPES, ROLES } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { createRelations } from "./createRelations.js";
import { UnknownEntityError } from "./errors.js";

const build = () => createRelations(fixture);
// Built anew before each test: the indexes are then built while a test runs,
// so that mutation testing sees which tests cover them.
let r: ReturnType<typeof build>;
beforeEach(() => {
  r = build();
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
const documented = (error: unknown) =>
  error instanceof UnknownEntityError || error instanceof RangeError || error instanceof TypeError;

/** Runs `fn`; passes when it returns or throws a documented error. */
function total(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (!documented(error)) throw error;
    return error;
  }
}

const anything = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.integer(),
  fc.constant(undefined),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object(),
);
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

describe("properties", () => {
  it("search and resolve take any string without throwing", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.integer({ min: 0, max: 50 }),
        (query, limit) => {
          const hits = r.search(query, { limit }).hits;
          expect(hits.length).toBeLessThanOrEqual(limit);
          for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0);
          r.resolve(query);
        },
      ),
    );
  });

  it("every query function returns a result or a documented error for any input", () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        const calls = [
          () => r.getCountry(a as string),
          () => r.getPerson(a as string),
          () => r.getEvent(a as never),
          () => r.get(a as string),
          () => r.findEvents(a as never),
          () => r.findEvents({ countries: a, from: b } as never),
          () => r.timeline(a as string, b as string),
          () => r.partners(a as string),
          () => r.officeHolders({ role: a, at: b } as never),
          () => r.officeHolders(a as never),
          () => r.findQuotes({ speaker: a, language: b } as never),
          () => r.findAgreements({ parties: a, kinds: b } as never),
          () => r.search(a as string, b as never).hits,
          () => r.evidenceFor(a as string),
          () => r.citations(a as never),
          () => r.officesOf(a as string),
        ];
        for (const call of calls) total(call);
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(filter, fc.constantFrom(...ROLES), dateLike, (f, role, at) => {
        expect(total(() => r.findEvents(f))).toEqual(total(() => r.findEvents(f)));
        expect(total(() => r.officeHolders({ role, at }))).toEqual(
          total(() => r.officeHolders({ role, at })),
        );
      }),
    );
  });

  it("composes filters: two filters give the intersection of each", () => {
    fc.assert(
      fc.property(filter, filter, (a, b) => {
        const both = total(() => r.findEvents({ ...a, ...b }));
        const left = total(() => r.findEvents(a));
        const right = total(() => r.findEvents(b));
        // Keys present in both filters are overridden by b; compose only disjoint keys.
        const disjoint = Object.keys(a).every((key) => !(key in b));
        if (!disjoint || !Array.isArray(both) || !Array.isArray(left) || !Array.isArray(right))
          return;
        const rightIds = new Set(right.map((e) => e.id));
        expect(both.map((e) => e.id)).toEqual(
          left.map((e) => e.id).filter((id) => rightIds.has(id)),
        );
      }),
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
    );
  });
});
