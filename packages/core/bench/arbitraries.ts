/**
 * fast-check arbitraries for the property tests and `bench/fuzz.ts`: values
 * of every kind a caller may pass (names and ids of a dataset, dates, option
 * objects with valid and near-miss keys, records, arrays, anything), record
 * arrays broken by one or more mutations, and valid datasets whose records
 * reference each other in every way the model allows.
 */
import {
  AGREEMENT_KINDS,
  type DatasetRecord,
  EVENT_KINDS,
  EVENT_STATUSES,
  LANGUAGES,
  RECORD_TYPES,
  ROLES,
} from "@korea-relations/model";
import {
  agreement,
  country,
  event,
  evidence,
  office,
  organization,
  person,
  place,
  quote,
  source,
  topic,
} from "@korea-relations/model/fixtures";
import fc from "fast-check";

/** Every key an options object of the API takes, near misses and keys that are traps elsewhere. */
export const OPTION_KEYS = [
  "countries",
  "involves",
  "people",
  "organizations",
  "subjects",
  "topics",
  "kinds",
  "from",
  "to",
  "source",
  "status",
  "role",
  "country",
  "organization",
  "at",
  "speaker",
  "language",
  "event",
  "parties",
  "types",
  "limit",
  "offset",
  "lang",
  "field",
  "kind",
  "date",
  "id",
  "type",
  "__proto__",
  "constructor",
  "toString",
  "length",
] as const;

const DATES = [
  "2020",
  "2020-08",
  "2020-08-10",
  "2025-08-23",
  "1910",
  "1945-08-15",
  "0000",
  "0000-02-29",
  "2021-02-29",
  "2020-13",
  "2020-13-45",
  "2020-00-10",
  "9999-12-31",
  "20",
  "",
  " 2020",
];

/** Strings a caller may pass: `names` of a dataset, dates, vocabulary, and any text. */
export function strings(names: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...names), weight: 6 },
    { arbitrary: fc.constantFrom(...DATES), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        ...EVENT_KINDS,
        ...ROLES,
        ...LANGUAGES,
        ...RECORD_TYPES,
        ...AGREEMENT_KINDS,
        ...EVENT_STATUSES,
        "de",
        "en",
        "fr",
      ),
      weight: 2,
    },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
    { arbitrary: fc.nat({ max: 5000 }).map((n) => "x".repeat(n)), weight: 1 },
    {
      arbitrary: fc.constantFrom("\u0000\u001b[2J", "💥🇰🇷", "\ud800", "Süd\u0301korea", "  ", "-"),
      weight: 1,
    },
  );
}

/** Values of no particular kind, symbols and functions included. */
export const odd: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 2 }),
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    -0,
    Number.POSITIVE_INFINITY,
    -1,
    1e21,
    true,
    Symbol("s"),
    () => "function",
    new Date(0),
    new Map(),
    [undefined],
    // A sparse array: a hole where a value is read.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    [, "KR"],
  ),
);

/**
 * Any value a caller may pass: strings of `names`, `records`, option objects
 * with the API's keys, arrays of these, and odd values.
 */
export function values(
  names: readonly string[],
  records: readonly unknown[],
): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { arbitrary: strings(names), weight: 6 },
    { arbitrary: fc.constantFrom(...records), weight: 1 },
    { arbitrary: odd, weight: 2 },
    { arbitrary: fc.integer({ min: -3, max: 60 }), weight: 1 },
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { maxDepth: 3, depthSize: "small" },
      { arbitrary: leaf, weight: 5 },
      { arbitrary: fc.array(tie("value"), { maxLength: 4 }), weight: 2 },
      {
        arbitrary: fc.dictionary(fc.constantFrom(...OPTION_KEYS), tie("value"), {
          maxKeys: 4,
          noNullPrototype: false,
        }),
        weight: 3,
      },
    ),
  }));
  return value;
}

/** Every path in a JSON value, as lists of keys; the root is `[]`. */
export function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  out.push(prefix);
  if (Object.isFrozen(value)) return out;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths(item, [...prefix, i], out);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  }
  return out;
}

/** Strings at the edges of the schema's string rules. */
export const TRICKY = [
  "",
  " ",
  "a\u0000b",
  "line\nbreak",
  "tab\there",
  "bidi\u202e",
  "\u2028",
  "x".repeat(300),
  "x".repeat(301),
  // 200 characters (code points), 400 UTF-16 code units
  "😀".repeat(200),
  "😀".repeat(150),
  "KR",
  "kr",
  "K",
  "a--b",
  "-a",
  "2020-02-29",
  "2021-02-29",
  "0000-02-29",
  "https://example.org",
  "not a url",
  "a".repeat(64),
  "0".repeat(63),
];

/** One change to a record array: which record, which path in it, which operation, which value. */
export interface Mutation {
  readonly record: number;
  readonly path: number;
  readonly op: number;
  readonly value: unknown;
}

const OPS = 15;

export function mutations(value: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return fc.record({
    record: fc.nat(),
    path: fc.nat(),
    op: fc.nat({ max: OPS - 1 }),
    value,
  });
}

type Json = Record<string | number, unknown>;

/** A deep copy of plain arrays and objects (holes kept); other values as they are. */
export function copy(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (const key of Object.keys(value)) out[Number(key)] = copy(value[Number(key)]);
    return out;
  }
  if (
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: copy(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/**
 * Applies a mutation to a record array in place: deletes, replaces or adds a
 * field (a near miss of a known one), changes a type, an id or a date, breaks
 * a reference, duplicates or removes a record, makes `partOf` cycle, leaves a
 * hole. Returns the array.
 */
export function mutate(records: unknown[], m: Mutation): unknown[] {
  try {
    apply(records, m);
  } catch {
    // a frozen or boxed value met on the way: that mutation is skipped
  }
  return records;
}

function apply(records: unknown[], m: Mutation): unknown[] {
  if (records.length === 0) {
    records.push(m.value);
    return records;
  }
  const index = m.record % records.length;
  const record = records[index];
  const all = paths(record);
  const path = all[m.path % all.length] as (string | number)[];
  const key = path.at(-1);
  let parent: unknown = record;
  for (const step of path.slice(0, -1)) parent = (parent as Json)[step];
  const target: unknown = key === undefined ? record : (parent as Json)[key];
  const set = (value: unknown) => {
    if (key === undefined) records[index] = value;
    else (parent as Json)[key] = value;
  };
  switch (m.op) {
    case 0: // delete the field or item
      if (key === undefined) records.splice(index, 1);
      else if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Json)[key];
      break;
    case 1: // any value in its place
      set(m.value);
      break;
    case 2: {
      // a near miss of a known field, or any other key
      const holder = typeof target === "object" && target !== null ? target : parent;
      if (typeof holder !== "object" || holder === null) break;
      const known = Object.keys(holder);
      const near = known.length > 0 ? `${known[m.path % known.length]}s` : "extra";
      (holder as Json)[typeof m.value === "string" && m.value !== "" ? m.value : near] = m.value;
      break;
    }
    case 3: // a value of the wrong type
      set([42, "", null, [], {}, true][m.path % 6]);
      break;
    case 4: // an id or name no record has
      set(`nope-${m.path % 1000}`);
      break;
    case 5: // the record twice
      records.push(copy(record));
      break;
    case 6: {
      // two events part of each other
      const events = records.filter(
        (r): r is Json => typeof r === "object" && r !== null && (r as Json).type === "event",
      );
      const [a, b] = [
        events[m.path % Math.max(1, events.length)],
        events[m.record % Math.max(1, events.length)],
      ];
      if (a && b) {
        a.partOf = b.id;
        b.partOf = a.id;
      }
      break;
    }
    case 7: // another record type
      if (typeof record === "object" && record !== null) {
        (record as Json).type = RECORD_TYPES[m.path % RECORD_TYPES.length];
      }
      break;
    case 8: // the record replaced by a value
      records[index] = m.value;
      break;
    case 9: // a hole in the array
      delete records[index];
      break;
    case 10: // a date that does not exist, or ends before it starts
      set(
        [
          { value: "2021-02-29", basis: "stated" },
          { value: "2020-05", end: "2019", basis: "stated" },
          "2020-02-30",
          { value: "2020", basis: "inferred" },
        ][m.path % 4],
      );
      break;
    case 11: // evidence citing a source no record is
      if (
        typeof record === "object" &&
        record !== null &&
        Array.isArray((record as Json).evidence)
      ) {
        ((record as Json).evidence as Json[]).push({ source: "no-such-source", quote: "q" });
      }
      break;
    case 12: // the same id as another record
      if (typeof record === "object" && record !== null) {
        const other = records[m.path % records.length] as Json | undefined;
        if (other && typeof other === "object") (record as Json).id = other.id;
      }
      break;
    case 13: // a tricky string in place of a string
      if (typeof target === "string") set(TRICKY[m.path % TRICKY.length]);
      break;
    default: // a frozen or array-like in place of an array
      set(Object.freeze({ length: 1, 0: "KR" }));
  }
  return records;
}

/** Record arrays: a copy of `base` with the mutations applied (maybe none). */
export function recordArrays(
  base: readonly unknown[],
  value: fc.Arbitrary<unknown>,
  maxMutations = 4,
): fc.Arbitrary<unknown[]> {
  return fc
    .array(mutations(value), { maxLength: maxMutations })
    .map((list) => list.reduce((records, m) => mutate(records, m), copy([...base]) as unknown[]));
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateArb = fc
  .tuple(
    fc.integer({ min: 1900, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.nat({ max: 2 }),
  )
  .map(([y, m, d, precision]) =>
    precision === 0 ? `${y}` : precision === 1 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`,
  );

const CODES = ["KR", "JP", "DE", "US", "CN", "KP"] as const;

/**
 * Valid datasets in which every kind of reference occurs: sources with
 * credits, places in countries, organizations with members, people with
 * nationalities and offices, events with places, participants, offices,
 * parties, subjects, organizations, topics and `partOf` (to an earlier event,
 * so never a cycle), agreements and quotes at events. Ids are small, so
 * records share links.
 */
export const validDatasets: fc.Arbitrary<DatasetRecord[]> = fc
  .record({
    people: fc.integer({ min: 1, max: 4 }),
    places: fc.nat({ max: 3 }),
    organizations: fc.nat({ max: 3 }),
    topics: fc.nat({ max: 3 }),
    events: fc.array(
      fc.record({
        date: dateArb,
        span: fc.nat({ max: 20_000 }),
        place: fc.nat(),
        participants: fc.uniqueArray(fc.nat({ max: 3 }), { maxLength: 3 }),
        withOffice: fc.boolean(),
        countries: fc.subarray([...CODES]),
        subjects: fc.subarray([...CODES]),
        organizations: fc.subarray([0, 1, 2]),
        topics: fc.subarray([0, 1, 2]),
        partOf: fc.option(fc.nat(), { nil: undefined }),
        source: fc.nat({ max: 1 }),
      }),
      { maxLength: 8 },
    ),
    agreements: fc.array(
      fc.record({
        parties: fc.subarray([...CODES]),
        event: fc.option(fc.nat(), { nil: undefined }),
        topics: fc.subarray([0, 1, 2]),
        dated: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    quotes: fc.array(
      fc.record({
        speaker: fc.nat(),
        byOrganization: fc.boolean(),
        event: fc.option(fc.nat(), { nil: undefined }),
        topics: fc.subarray([0, 1, 2]),
      }),
      { maxLength: 3 },
    ),
    members: fc.subarray([...CODES]),
    credit: fc.boolean(),
  })
  .map((g) => {
    const records: DatasetRecord[] = [];
    const people = Array.from({ length: g.people }, (_, i) => `person-${i}`);
    const places = Array.from({ length: g.places }, (_, i) => `place-${i}`);
    const organizations = Array.from({ length: g.organizations }, (_, i) => `org-${i}`);
    const topics = Array.from({ length: g.topics }, (_, i) => `topic-${i}`);
    const pick = <T>(list: readonly T[], n: number): T | undefined =>
      list.length === 0 ? undefined : list[n % list.length];
    records.push(
      source({
        id: "source-0",
        title: { value: "Source zero", basis: "stated" },
        evidence: evidence("source-1", "Source zero"),
        ...(g.credit
          ? {
              credits: [
                {
                  person: "person-0",
                  role: "author",
                  evidence: { source: "source-1", quote: "By" },
                },
              ],
            }
          : {}),
      }),
      source({ id: "source-1", evidence: evidence("source-0", "cites the other") }),
    );
    for (const code of CODES) {
      records.push(
        country({
          id: code,
          alpha3: `${code}X`,
          names: { en: `Country ${code}`, de: `Land ${code}`, ko: code },
        }),
      );
    }
    places.forEach((id, i) => {
      records.push(
        place({
          id,
          names: { en: `Place ${i}`, de: `Ort ${i}` },
          evidence: evidence("source-0", `place ${i}`),
          ...(i % 2 === 0 ? { country: CODES[i % CODES.length] } : {}),
        }),
      );
    });
    organizations.forEach((id, i) => {
      records.push(
        organization({
          id,
          name: `Organization ${i}`,
          evidence: evidence("source-0", `organization ${i}`),
          ...(i === 0 ? { members: [...g.members, ...organizations.slice(1)] } : {}),
          ...(i === 1 ? { country: "KR" } : {}),
        }),
      );
    });
    people.forEach((id, i) => {
      records.push(
        person({
          id,
          name: `Person ${i}`,
          nationality: [CODES[i % CODES.length] as string],
          evidence: evidence("source-0", `person ${i}`),
        }),
      );
      records.push(
        office({
          id: `office-${i}`,
          person: id,
          ...(i % 2 === 0 || organizations.length === 0
            ? { country: "KR" }
            : { organization: organizations[0] }),
          evidence: [
            { source: "source-0", quote: "in office", seen: { value: "2020", basis: "stated" } },
          ],
        }),
      );
    });
    topics.forEach((id, i) => {
      records.push(
        topic({
          id,
          label: { en: `Topic ${i}`, de: `Thema ${i}` },
          evidence: evidence("source-0", `topic ${i}`),
        }),
      );
    });
    const events = g.events.map((_, i) => `event-${i}`);
    g.events.forEach((e, i) => {
      const start = e.date;
      const end =
        e.span > 0 && start.length === 10
          ? (() => {
              const d = new Date(`${start}T00:00:00Z`);
              d.setUTCDate(d.getUTCDate() + e.span);
              return d.getUTCFullYear() <= 9999 ? d.toISOString().slice(0, 10) : undefined;
            })()
          : undefined;
      const placeId = pick(places, e.place);
      records.push(
        event({
          id: `event-${i}`,
          title: { en: `Event ${i}`, de: `Ereignis ${i}` },
          date: { value: start, ...(end ? { end } : {}), basis: "stated" },
          ...(placeId ? { place: { id: placeId, basis: "stated" } } : {}),
          participants: e.participants
            .filter((n) => n < people.length)
            .map((n) => ({
              person: people[n] as string,
              ...(e.withOffice ? { office: `office-${n}` } : {}),
            })),
          countries: e.countries,
          subjects: e.subjects.filter((c) => !e.countries.includes(c)),
          organizations: e.organizations
            .filter((n) => n < organizations.length)
            .map((n) => organizations[n] as string),
          topics: e.topics.filter((n) => n < topics.length).map((n) => topics[n] as string),
          ...(e.partOf !== undefined && i > 0 ? { partOf: events[e.partOf % i] } : {}),
          evidence: evidence(`source-${e.source}`, `event ${i}`),
        }),
      );
    });
    g.agreements.forEach((a, i) => {
      const eventId = a.event === undefined ? undefined : pick(events, a.event);
      records.push(
        agreement({
          id: `agreement-${i}`,
          evidence: evidence("source-1", `agreement ${i}`),
          title: { en: `Agreement ${i}`, de: `Abkommen ${i}` },
          parties: a.parties,
          ...(a.dated ? { date: { value: "2020", basis: "stated" } } : {}),
          ...(eventId ? { event: eventId } : {}),
          topics: a.topics.filter((n) => n < topics.length).map((n) => topics[n] as string),
          ...(i === 0 && organizations.length > 0
            ? { organizations: [organizations[0] as string] }
            : {}),
        }),
      );
    });
    g.quotes.forEach((q, i) => {
      const eventId = q.event === undefined ? undefined : pick(events, q.event);
      const speaker = q.byOrganization
        ? (pick(organizations, q.speaker) ?? people[0])
        : pick(people, q.speaker);
      records.push(
        quote({
          id: `quote-${i}`,
          evidence: evidence("source-0", `quote ${i}`),
          text: `Words ${i}.`,
          speaker: speaker as string,
          ...(eventId ? { event: eventId } : {}),
          topics: q.topics.filter((n) => n < topics.length).map((n) => topics[n] as string),
        }),
      );
    });
    return records;
  });
