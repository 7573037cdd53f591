/**
 * Calls of every export of `@korea-relations/core` (and `/sources`) with
 * arbitrary arguments, and what counts as a documented outcome: a result; an
 * `UnknownEntityError` or `DatasetError`; a `TypeError` or `RangeError` whose
 * message names the function's argument (`findEvents(filter).kinds …`,
 * `Unknown key "x" in findEvents(filter)…`). Anything else thrown is an engine
 * error. A result must also survive a caller's mutation: after the caller
 * scribbles over it, the same call gives what it gave before.
 *
 * Shared by `src/properties.test.ts` (a short seeded run) and `bench/fuzz.ts`.
 */
import type { DatasetRecord } from "@korea-relations/model";
import {
  AGREEMENT_KINDS,
  EVENT_KINDS,
  LANGUAGES,
  RECORD_TYPES,
  RELATION_HEADINGS,
  ROLES,
} from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import fc from "fast-check";
import * as core from "../src/index.js";
import * as sources from "../src/sources.js";
import {
  copy,
  OPTION_KEYS,
  odd,
  recordArrays,
  strings,
  validDatasets,
  values,
} from "./arbitraries.js";

type Fn = (...args: unknown[]) => unknown;

/** One callable: an export, or a method of a `Relations` object. */
export interface Target {
  /** `findEvents`, `builtin().findEvents`, `fixture.findEvents`, `new DatasetError`. */
  readonly name: string;
  /** The function names an error message may name an argument of. */
  readonly names: readonly string[];
  readonly call: (args: readonly unknown[]) => unknown;
  /** Arguments other than the generic ones. */
  readonly args?: fc.Arbitrary<unknown[]>;
  /** Whether its result may be checked for mutation (not for constructed errors). */
  readonly stable: boolean;
}

/** The outcome classes counted, an engine error being a failure. */
export type Outcome =
  | "result"
  | "UnknownEntityError"
  | "DatasetError"
  | "TypeError"
  | "RangeError"
  | "engine error"
  | "unescaped message"
  | "changed by caller"
  | "hang";

/** Longest a call may take before it counts as a hang. */
export const HANG_MS = 10_000;

const fixtureRelations = core.createRelations(fixture);
const RELATION_METHODS = Object.keys(fixtureRelations).filter(
  (key) => typeof (fixtureRelations as unknown as Record<string, unknown>)[key] === "function",
);
const DATASET_KEYS = Object.keys(core.dataset);

/** Names and ids to pass: the fixture's, a sample of the built-in dataset's, and some unknown. */
function namePool(): string[] {
  const names = new Set<string>(["Atlantis", "KR", "Südkorea", "Kang", "Tokio"]);
  for (const record of fixture as readonly DatasetRecord[]) {
    names.add(record.id);
    for (const label of [core.recordLabel, fixtureRelations.recordLabel]) {
      try {
        names.add(label(record.id as never));
      } catch {}
    }
  }
  const builtinRecords = core.dataset.records;
  for (let i = 0; i < builtinRecords.length; i += 7) {
    const record = builtinRecords[i] as DatasetRecord;
    names.add(record.id);
    names.add(core.recordLabel(record.id));
  }
  return [...names];
}

const NAMES = namePool();
/**
 * Offices of the fixture and the built-in dataset (frozen, as the API gives
 * them: the results are their own dates and excerpts), and things that are none.
 */
const OFFICES: readonly unknown[] = [
  ...fixtureRelations.dataset.offices,
  ...core.dataset.offices,
  { evidence: [{ seen: { value: "2020-02-30" } }] },
  { evidence: [{ seen: "2020" }] },
  { evidence: {} },
];
const RECORDS: readonly unknown[] = [
  ...(fixture as readonly DatasetRecord[]).slice(0, 30),
  ...core.dataset.records.filter((_, i) => i % 50 === 0),
  { id: "KR" },
  { id: 42 },
  { type: "event" },
];

/** Any argument. */
export const value = values(NAMES, RECORDS);

const argList = (first?: fc.Arbitrary<unknown>) =>
  first
    ? fc.tuple(first, fc.array(value, { maxLength: 2 })).map(([a, rest]) => [a, ...rest])
    : fc.array(value, { maxLength: 3 });

/** Mostly well-formed arguments of each function, so that calls reach past the argument checks. */
const name = strings(NAMES);
/** Names and ids of records of one type, in the fixture and the built-in dataset. */
const typedNames = (type: string): fc.Arbitrary<string> => {
  const own = new Set<string>();
  for (const [relations, records] of [
    [fixtureRelations, fixture as readonly DatasetRecord[]],
    [core.builtin(), core.dataset.records],
  ] as const) {
    for (const record of records) {
      if (record.type !== type) continue;
      own.add(record.id);
      if (own.size % 3 === 0) own.add(relations.recordLabel(record.id as never));
    }
  }
  return fc.oneof(
    { arbitrary: fc.constantFrom(...own), weight: 3 },
    { arbitrary: name, weight: 1 },
  );
};
const country = typedNames("country");
const personName = typedNames("person");
const topicName = typedNames("topic");
const organizationName = typedNames("organization");
const eventName = typedNames("event");
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary, weight: 15 }, { arbitrary: value, weight: 1 });
const list = (item: fc.Arbitrary<unknown>) => maybe(fc.array(maybe(item), { maxLength: 3 }));
const date = maybe(
  fc.constantFrom("2020", "2020-08", "2020-08-10", "2025", "1910", "2021-02-29", "0000-02-29"),
);
const lang = maybe(fc.constantFrom("en", "de"));
const options = <K extends string>(shape: Record<K, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { arbitrary: fc.record(shape, { requiredKeys: [] }), weight: 5 },
    // one key misspelt or foreign
    {
      arbitrary: fc
        .tuple(fc.record(shape, { requiredKeys: [] }), fc.constantFrom(...OPTION_KEYS), value)
        .map(([o, key, v]) => ({ ...o, [key]: v })),
      weight: 1,
    },
    { arbitrary: value, weight: 1 },
  );
const eventFilter = options({
  countries: list(country),
  involves: list(country),
  people: list(personName),
  organizations: list(organizationName),
  subjects: list(country),
  topics: list(topicName),
  kinds: list(fc.constantFrom(...EVENT_KINDS)),
  from: date,
  to: date,
  source: maybe(typedNames("source")),
  status: maybe(fc.constantFrom("occurred", "planned")),
});
const shaped = (...args: fc.Arbitrary<unknown>[]) =>
  fc
    .tuple(...args)
    .chain((list) => fc.nat({ max: list.length }).map((n) => list.slice(0, Math.max(n, 1))));
const SHAPES: Record<string, fc.Arbitrary<unknown[]>> = {
  findEvents: shaped(eventFilter),
  facets: shaped(eventFilter),
  timeline: shaped(maybe(country), maybe(country), eventFilter),
  partners: shaped(maybe(country)),
  officeHolders: shaped(
    options({
      role: maybe(fc.constantFrom(...ROLES)),
      country: maybe(country),
      organization: maybe(organizationName),
      at: date,
    }),
  ),
  findQuotes: shaped(
    options({
      speaker: maybe(fc.oneof(personName, organizationName)),
      topics: list(topicName),
      language: maybe(fc.constantFrom("en", "de", "ko", "ja", "zh")),
      event: maybe(eventName),
      from: date,
      to: date,
    }),
  ),
  findAgreements: shaped(
    options({
      parties: list(country),
      kinds: list(fc.constantFrom(...AGREEMENT_KINDS)),
      event: maybe(eventName),
      from: date,
      to: date,
    }),
  ),
  search: shaped(
    maybe(name),
    options({
      types: list(fc.constantFrom(...RECORD_TYPES)),
      limit: maybe(fc.integer({ min: 0, max: 50 })),
      offset: maybe(fc.integer({ min: 0, max: 50 })),
      lang,
    }),
  ),
  evidenceFor: shaped(
    maybe(name),
    options({ field: maybe(fc.constantFrom("date", "place", "title", "x")) }),
  ),
  recordLabel: shaped(maybe(fc.oneof(name, fc.constantFrom(...RECORDS))), lang),
  describe: shaped(maybe(fc.oneof(name, fc.constantFrom(...RECORDS))), lang),
  relatedRecords: shaped(maybe(fc.oneof(name, fc.constantFrom(...RECORDS)))),
  eventKindName: shaped(maybe(fc.oneof(name, fc.constantFrom(...EVENT_KINDS))), lang),
  relationHeading: shaped(
    maybe(fc.oneof(name, fc.constantFrom(...(Object.keys(RELATION_HEADINGS) as string[])))),
    lang,
  ),
  roleName: shaped(maybe(fc.oneof(name, fc.constantFrom(...ROLES))), lang),
  agreementKindName: shaped(maybe(fc.oneof(name, fc.constantFrom(...AGREEMENT_KINDS))), lang),
  languageName: shaped(maybe(fc.oneof(name, fc.constantFrom(...LANGUAGES))), lang),
  dateWords: shaped(
    maybe(fc.oneof(date, fc.record({ value: date, end: date }, { requiredKeys: ["value"] }))),
    lang,
    maybe(fc.constantFrom("long", "short", "x")),
  ),
  numberWords: shaped(
    maybe(fc.oneof(fc.double(), fc.integer())),
    lang,
    maybe(fc.integer({ min: -1, max: 21 })),
  ),
  amountWords: shaped(
    maybe(
      fc.record(
        {
          amount: maybe(fc.oneof(fc.double(), fc.integer({ min: 0 }))),
          currency: maybe(fc.constantFrom("EUR", "USD", "KRW", "CHF", "eur", "")),
          approx: maybe(fc.boolean()),
        },
        { requiredKeys: ["amount", "currency"] },
      ),
    ),
    lang,
  ),
  matchedField: shaped(
    maybe(
      fc.record({
        field: maybe(fc.oneof(fc.constantFrom("date", "amount", "name", "participants"), name)),
        text: maybe(fc.oneof(date, fc.nat().map(String), fc.string())),
        ranges: maybe(
          fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 40 })), { maxLength: 3 }),
        ),
      }),
    ),
    lang,
  ),
  officeDate: shaped(maybe(fc.constantFrom(...OFFICES))),
  officeSightings: shaped(maybe(fc.constantFrom(...OFFICES))),
  compareDates: shaped(
    maybe(fc.record({ value: date, end: date }, { requiredKeys: ["value"] })),
    maybe(fc.record({ value: date, end: date }, { requiredKeys: ["value"] })),
  ),
  UnknownEntityError: shaped(
    maybe(fc.constantFrom(...RECORD_TYPES, "record")),
    maybe(name),
    list(name),
  ),
};
const byType: Record<string, string> = {
  getCountry: "country",
  getPerson: "person",
  getOrganization: "organization",
  getTopic: "topic",
  getPlace: "place",
  getEvent: "event",
  getAgreement: "agreement",
  getSource: "source",
  getQuote: "quote",
  getOffice: "office",
  officesOf: "person",
  citations: "source",
  sourceText: "source",
};
for (const method of [
  "get",
  "resolve",
  "foldName",
  "nameKeys",
  "parsePartialDate",
  ...Object.keys(byType),
]) {
  const type = byType[method];
  SHAPES[method] = shaped(maybe(type ? typedNames(type) : name));
}

/** The arguments of a function: mostly well-formed where it has a shape, else anything. */
const argsOf = (fn: string): fc.Arbitrary<unknown[]> => {
  const shape = SHAPES[fn];
  return shape
    ? fc.oneof({ arbitrary: shape, weight: 3 }, { arbitrary: argList(), weight: 1 })
    : argList();
};

/** Record arrays: the fixture broken by mutations, valid datasets, and anything. */
export const recordArrayArgs: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: recordArrays(fixture, value), weight: 6 },
  { arbitrary: validDatasets.chain((records) => recordArrays(records, value, 2)), weight: 2 },
  { arbitrary: validDatasets, weight: 1 },
  { arbitrary: value, weight: 1 },
);

const problems = fc.oneof(
  fc.array(
    fc.record(
      {
        index: fc.oneof(fc.nat(), odd),
        id: fc.oneof(fc.string(), odd),
        field: fc.oneof(fc.string(), odd),
        message: fc.oneof(fc.string(), odd),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 25 },
  ),
  value,
);

function relationsTargets(prefix: string, relations: core.Relations): Target[] {
  const object = relations as unknown as Record<string, Fn>;
  return [
    ...RELATION_METHODS.map((method) => ({
      name: `${prefix}.${method}`,
      names: [method],
      call: (args: readonly unknown[]) => object[method]?.(...args),
      args: argsOf(method),
      stable: true,
    })),
    ...DATASET_KEYS.map((key) => ({
      name: `${prefix}.dataset.${key}`,
      names: [],
      call: () => (relations.dataset as unknown as Record<string, unknown>)[key],
      stable: true,
    })),
  ];
}

/** Special arguments and argument names of some exports. */
const SPECIAL: Record<string, Partial<Target>> = {
  createRelations: { args: argList(recordArrayArgs) },
  relationsNetwork: {
    names: ["relationsNetwork", "findEvents"],
    args: fc
      .tuple(
        fc.oneof(fc.constant(fixtureRelations), fc.constant(core.builtin()), value),
        eventFilter,
      )
      .map(([relations, filter]) => [relations, filter]),
  },
  DatasetError: { args: argList(problems), stable: false },
  UnknownEntityError: { stable: false },
};

/** Every export that is a function, by name. */
export function exportedFunctions(): Record<string, Fn> {
  const out: Record<string, Fn> = {};
  for (const [name, value] of [...Object.entries(core), ...Object.entries(sources)]) {
    if (typeof value === "function") out[name] = value as Fn;
  }
  return out;
}

const isClass = (fn: Fn) => /^class\b/.test(Function.prototype.toString.call(fn));

/** Every target: each exported function, `dataset`, and the methods of `builtin()` and of a `createRelations` result. */
export const TARGETS: readonly Target[] = [
  ...Object.entries(exportedFunctions()).map(([name, fn]): Target => {
    const constructs = isClass(fn);
    return {
      name: constructs ? `new ${name}` : name,
      names: [name],
      call: constructs
        ? (args) => new (fn as unknown as new (...a: unknown[]) => unknown)(...args)
        : (args) => fn(...args),
      stable: !constructs,
      args: argsOf(name),
      ...SPECIAL[name],
    };
  }),
  ...DATASET_KEYS.map((key) => ({
    name: `dataset.${key}`,
    names: [],
    call: () => (core.dataset as unknown as Record<string, unknown>)[key],
    stable: true,
  })),
  ...relationsTargets("builtin()", core.builtin()),
  ...relationsTargets("createRelations(fixture)", fixtureRelations),
];

/** A call: a target and its arguments. */
export const calls: fc.Arbitrary<{ target: Target; args: unknown[] }> = fc.oneof(
  ...TARGETS.map((target) => ({
    // Reading `dataset` or calling `builtin()` takes no arguments: a few calls do.
    weight: target.name.includes("dataset.") || target.name === "builtin" ? 1 : 10,
    arbitrary: (target.args ?? argList()).map((args) => ({ target, args })),
  })),
);

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether an error is documented for a target. */
export function documented(target: Target, error: unknown): Outcome {
  if (error instanceof core.UnknownEntityError) return "UnknownEntityError";
  if (error instanceof core.DatasetError) return "DatasetError";
  if (error instanceof TypeError || error instanceof RangeError) {
    const names = target.names.map(literal).join("|");
    const named = new RegExp(`^(?:Unknown key [\\s\\S]*? in |Unknown |Invalid )?(?:${names})\\(`);
    if (names !== "" && named.test(error.message)) {
      return error instanceof TypeError ? "TypeError" : "RangeError";
    }
  }
  return "engine error";
}

/** Control characters a terminal would act on (newlines separate a DatasetError's lines). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A JSON-like snapshot of a result, to compare two calls. */
export function snapshot(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "symbol" || typeof v === "function") return String(v);
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) return "[seen]";
      seen.add(v);
    }
    return v;
  });
}

/** Changes what it can of a value, as a careless caller would; frozen parts throw and stay. */
export function scribble(value: unknown): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0; // frozen parts throw: no stacks needed
  try {
    scribbleWithin(value, { left: 400 });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function scribbleWithin(value: unknown, budget: { left: number }): void {
  if (typeof value !== "object" || value === null || budget.left-- <= 0) return;
  const attempt = (fn: () => void) => {
    try {
      fn();
    } catch {}
  };
  for (const key of Object.keys(value)) {
    scribbleWithin((value as Record<string, unknown>)[key], budget);
    attempt(() => {
      (value as Record<string, unknown>)[key] = 999;
    });
  }
  if (Array.isArray(value)) {
    attempt(() => value.reverse());
    attempt(() => value.push("scribbled"));
    attempt(() => value.sort());
  } else {
    for (const key of Object.keys(value)) {
      attempt(() => {
        delete (value as Record<string, unknown>)[key];
      });
    }
    attempt(() => {
      (value as Record<string, unknown>).scribbled = true;
    });
  }
}

/** The outcome of one call, with the error or the changed result as detail. */
export function run(
  target: Target,
  args: readonly unknown[],
): { outcome: Outcome; detail?: unknown } {
  const start = performance.now();
  let result: unknown;
  try {
    result = target.call(args);
  } catch (error) {
    if (performance.now() - start > HANG_MS) return { outcome: "hang", detail: error };
    const outcome = documented(target, error);
    if (outcome !== "engine error" && CONTROL.test((error as Error).message)) {
      return { outcome: "unescaped message", detail: error };
    }
    return { outcome, detail: error };
  }
  if (performance.now() - start > HANG_MS) return { outcome: "hang" };
  if (!target.stable) return { outcome: "result" };
  const before = snapshot(result);
  scribble(result);
  let again: unknown;
  try {
    again = target.call(args);
  } catch (error) {
    return { outcome: "changed by caller", detail: error };
  }
  const after = snapshot(again);
  if (after !== before)
    return {
      outcome: "changed by caller",
      detail: { before: before.slice(0, 300), after: after.slice(0, 300) },
    };
  if (target.name === "createRelations") return inputKept(args);
  return { outcome: "result" };
}

/**
 * After `createRelations(records)`, changing `records` (sorting it, scribbling
 * over its records) changes nothing the relations return.
 */
function inputKept(args: readonly unknown[]): { outcome: Outcome; detail?: unknown } {
  const records = copy(args[0]) as DatasetRecord[];
  const relations = core.createRelations(records);
  const queries = () =>
    snapshot([
      relations.dataset,
      relations.findEvents({ from: "2020", to: "2020" }),
      relations.search("a").hits,
      relations.dataset.records.map((record) => relations.relatedRecords(record.id).links),
    ]);
  const before = queries();
  records.sort(() => -1);
  scribble(records);
  const after = queries();
  return after === before
    ? { outcome: "result" }
    : { outcome: "changed by caller", detail: "createRelations kept the caller's records" };
}

/** Outcomes that fail a run. */
export const FAILURES: ReadonlySet<Outcome> = new Set([
  "engine error",
  "unescaped message",
  "changed by caller",
  "hang",
]);
