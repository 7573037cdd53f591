import type { DatasetRecord } from "@korea-relations/model";
import {
  event,
  evidence,
  fixture,
  office,
  person,
  place,
  source,
} from "@korea-relations/model/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordArrays, validDatasets, values } from "../bench/arbitraries.js";
import { builtin } from "./builtin.js";
import { checkDataset } from "./checkDataset.js";
import { DatasetError, type DatasetProblem } from "./errors.js";

/** The problems `checkDataset` reports, or [] when it accepts the records. */
function problems(records: unknown): readonly DatasetProblem[] {
  try {
    checkDataset(records);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
}
function message(records: unknown): string {
  try {
    checkDataset(records);
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}
const line = (p: DatasetProblem) => `${p.index} ${p.id ?? "-"} ${p.field ?? "-"}: ${p.message}`;
const lines = (records: unknown) => problems(records).map(line);

describe("checkDataset accepts", () => {
  it("the fixture and the built-in dataset", () => {
    expect(problems(fixture)).toEqual([]);
    expect(problems(builtin().dataset.records)).toEqual([]);
  });

  it("any generated valid dataset", () => {
    fc.assert(
      fc.property(validDatasets, (records) => {
        expect(problems(records).map(line)).toEqual([]);
      }),
      { numRuns: 100, seed: 1 },
    );
  });

  it("returning deep-frozen copies, never the caller's objects", () => {
    const records = structuredClone([...fixture]) as DatasetRecord[];
    const copies = checkDataset(records);
    expect(copies).toEqual(records);
    expect(copies).not.toBe(records);
    expect(Object.isFrozen(copies)).toBe(true);
    const dialogue = copies.find((r) => r.id === "2020-dialogue") as DatasetRecord & {
      countries: string[];
    };
    expect(dialogue).not.toBe(records.find((r) => r.id === "2020-dialogue"));
    expect(Object.isFrozen(dialogue)).toBe(true);
    expect(Object.isFrozen(dialogue.countries)).toBe(true);
    expect(Object.isFrozen(dialogue.evidence?.[0])).toBe(true);
    (
      records.find((r) => r.id === "2020-dialogue") as unknown as { countries: string[] }
    ).countries.push("JP");
    expect(dialogue.countries).toEqual(["DE", "KR"]);
  });
});

describe("checkDataset rejects", () => {
  it("anything but an array with a TypeError naming the argument", () => {
    for (const [value, got] of [
      ["x", "a string"],
      [undefined, "undefined"],
      [null, "null"],
      [{ length: 0 }, "an object"],
      [42, "a number"],
    ] as const) {
      expect(() => checkDataset(value)).toThrow(TypeError);
      expect(() => checkDataset(value)).toThrow(
        `createRelations(records) must be an array of records, got ${got}`,
      );
    }
  });

  it("with one DatasetError listing each problem's record index, id, field and what is wrong", () => {
    const records = [
      ...fixture,
      null,
      { type: "thing", id: "x" },
      event({ id: "bad-event", countries: ["kr" as never], kind: "picnic" as never }),
      person({ id: "no-name", name: undefined as never }),
    ];
    const n = fixture.length;
    expect(lines(records)).toEqual([
      `${n} - -: must be an object, got null`,
      `${n + 1} x type: "thing" is not allowed (one of source, country, place, organization, person, office, event, agreement, quote, topic)`,
      `${n + 2} bad-event kind: "picnic" is not allowed (one of meeting, summit, talks, dialogue, visit, press-conference, conference, forum, speech, statement… (26 values))`,
      `${n + 2} bad-event countries[0]: must be an ISO 3166-1 alpha-2 code`,
      `${n + 3} no-name name: is required`,
    ]);
    expect(message(records).split("\n")[0]).toBe("Invalid dataset: 5 problems");
    expect(message(records)).toContain(
      `record ${n + 2} ("bad-event"): countries[0]: must be an ISO 3166-1 alpha-2 code`,
    );
  });

  it("listing the first 20 problems in the message and counting the rest", () => {
    const broken = Array.from({ length: 30 }, (_, i) => ({
      ...event({ id: `e-${i}` }),
      kind: "x",
    }));
    const text = message(broken);
    expect(text.split("\n")).toHaveLength(22);
    expect(text.split("\n")[0]).toBe("Invalid dataset: 30 problems");
    expect(text.split("\n")[21]).toBe("…and 10 more");
    expect(problems(broken)).toHaveLength(30);
  });

  it("an evidence citing a source that is not in the dataset, a credit's too", () => {
    expect(lines([...fixture, event({ id: "e", evidence: evidence("src-z") })])).toEqual([
      `${fixture.length} e evidence[0].source: unknown source "src-z"`,
    ]);
    expect(
      lines([
        ...fixture,
        source({
          id: "src-c",
          credits: [
            { person: "heiko-maas", role: "author", evidence: { source: "nowhere", quote: "q" } },
          ],
        }),
      ]),
    ).toEqual([`${fixture.length} src-c credits[0].evidence.source: unknown source "nowhere"`]);
    // A source cited as something else.
    expect(lines([...fixture, event({ id: "e", evidence: evidence("pandemic") })])).toEqual([
      `${fixture.length} e evidence[0].source: "pandemic" is a topic, expected source`,
    ]);
  });

  it("references to no record, or to a record of the wrong type", () => {
    const n = fixture.length;
    expect(
      lines([
        ...fixture,
        event({
          id: "e",
          participants: [{ person: "tokyo" }, { person: "heiko-maas", office: "kang-fm-2020" }],
          place: { id: "atlantis", basis: "stated" },
          topics: ["pandemic", "tokyo"],
          countries: ["XX"],
        }),
      ]),
    ).toEqual([
      `${n} e place.id: unknown place "atlantis"`,
      `${n} e participants[0].person: "tokyo" is a place, expected person`,
      `${n} e countries[0]: unknown country "XX"`,
      `${n} e topics[1]: "tokyo" is a place, expected topic`,
      `${n} e participants[1].office: "kang-fm-2020" is an office of "kang-kyung-wha", not of "heiko-maas"`,
    ]);
  });

  it("does not report again a reference to a record that failed its shape", () => {
    const records = [
      ...fixture.filter((r) => r.id !== "tokyo"),
      place({ id: "tokyo", kind: "village" as never }),
    ];
    expect(lines(records).map((l) => l.split(" ").slice(1, 3).join(" "))).toEqual(["tokyo kind:"]);
  });

  it("partOf cycles, of any length, naming each event in the cycle", () => {
    const n = fixture.length;
    expect(lines([...fixture, event({ id: "self", partOf: "self" })])).toEqual([
      `${n} self partOf: events are part of each other: self → self`,
    ]);
    expect(
      lines([
        ...fixture,
        event({ id: "a", partOf: "b" }),
        event({ id: "b", partOf: "c" }),
        event({ id: "c", partOf: "a" }),
        event({ id: "d", partOf: "a" }),
      ]),
    ).toEqual([
      `${n} a partOf: events are part of each other: a → b → c → a`,
      `${n + 1} b partOf: events are part of each other: b → c → a → b`,
      `${n + 2} c partOf: events are part of each other: c → a → b → c`,
    ]);
    expect(lines([...fixture, event({ id: "e", partOf: "tokyo" })])).toEqual([
      `${n} e partOf: "tokyo" is a place, expected event`,
    ]);
  });

  it("unknown fields, with the nearest known field", () => {
    const n = fixture.length;
    expect(lines([...fixture, { ...event({ id: "e" }), countrys: ["KR"] }])).toEqual([
      `${n} e countrys: unknown field: did you mean "countries"?`,
    ]);
    expect(
      lines([
        ...fixture,
        event({ id: "e", date: { value: "2020", basis: "stated", ende: "2021" } as never }),
      ]),
    ).toEqual([`${n} e date.ende: unknown field: did you mean "end"?`]);
    expect(lines([...fixture, { ...event({ id: "e" }), zzzzzz: 1 }])).toEqual([
      `${n} e zzzzzz: unknown field`,
    ]);
  });

  it("duplicate ids, dates that do not exist or end before they start, PLOVER modes of another type", () => {
    const n = fixture.length;
    expect(lines([...fixture, event({ id: "2020-dialogue" })])).toEqual([
      `${n} 2020-dialogue id: duplicate id: also record 18`,
    ]);
    expect(
      lines([
        ...fixture,
        event({ id: "e1", date: { value: "2021-02-29", basis: "stated" } }),
        event({ id: "e2", date: { value: "2020-05", end: "2020-04", basis: "stated" } }),
        event({ id: "e3", plover: { type: "CONSULT", mode: "riot" } as never }),
        event({ id: "e4", date: { value: "0000-02-29", basis: "stated" } }),
      ]),
    ).toEqual([
      // 0000-02-29 exists: year 0 is a leap year in ISO 8601.
      `${n} e1 date.value: "2021-02-29" is not a real date`,
      `${n + 1} e2 date.end: "2020-04" is before "2020-05"`,
      `${n + 2} e3 plover.mode: "riot" is not allowed (one of visit, third-party, multilateral, phone)`,
    ]);
  });

  it("offices without a country or organization, or current after they ended", () => {
    const n = fixture.length;
    expect(lines([...fixture, office({ id: "o", person: "heiko-maas" })])).toEqual([
      `${n} o country: an office needs a country or an organization`,
    ]);
    expect(
      lines([
        ...fixture,
        office({
          id: "o",
          person: "heiko-maas",
          country: "DE",
          end: { value: "2021", basis: "stated" },
        }),
      ]),
    ).toEqual([
      `${n} o status: "current", but the term ended "2021": a term with an end is "former"`,
    ]);
  });

  it("holes, undefined and non-records in the array", () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is checked
    const sparse = [, ...fixture];
    expect(lines(sparse)).toEqual(["0 - -: must be an object, got undefined"]);
    expect(lines([...fixture, undefined, "KR", []])).toEqual([
      `${fixture.length} - -: must be an object, got undefined`,
      `${fixture.length + 1} - -: must be an object, got a string`,
      `${fixture.length + 2} - -: must be an object, got an array`,
    ]);
  });

  it("text with control characters, quoting at most 80 characters and escaping them in the message", () => {
    const text = message([
      ...fixture,
      person({ id: "p", name: "\u001b[2J", aliases: ["\u202eevil"] }),
    ]);
    expect(text).toContain("name: must be a non-empty text without control characters");
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain("\u202e");
    const long = message([
      ...fixture,
      event({ id: "e", evidence: evidence(`s${"x".repeat(500)}`) }),
    ]);
    expect(long).toMatch(/unknown source "sx{78}…"/);
  });
});

describe("checkDataset never fails inside", () => {
  it("for any broken record array: it returns copies or throws one DatasetError", () => {
    const value = values(["KR", "src-a", "2020", "", "x"], fixture);
    fc.assert(
      fc.property(
        fc.oneof(
          recordArrays(fixture, value, 6),
          validDatasets.chain((r) => recordArrays(r, value, 3)),
        ),
        (records) => {
          try {
            const copies = checkDataset(records);
            expect(copies.length).toBe(records.length);
          } catch (error) {
            expect(error).toBeInstanceOf(DatasetError);
            const { problems: found } = error as DatasetError;
            expect(found.length).toBeGreaterThan(0);
            for (const problem of found) {
              expect(problem.index).toBeGreaterThanOrEqual(0);
              expect(problem.index).toBeLessThan(records.length);
              expect(typeof problem.message).toBe("string");
            }
          }
        },
      ),
      { numRuns: 500, seed: 2 },
    );
  });
});
