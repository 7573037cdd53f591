/**
 * The registry of record kinds: one entry per record type, holding what the
 * loader, validator, generator, core and both apps need to know about it —
 * its data folder, plural, generated id type, names, references to other
 * records, dates and search text. Typed with `satisfies` over every record
 * type, so a new type is a compile error here until it has an entry, and
 * everywhere that reads the registry by type.
 */
import type {
  DatasetRecord,
  DateValue,
  Evidence,
  IdMap,
  LabelLanguage,
  RecordOf,
  RecordType,
} from "./types";

/**
 * Every relation between records, read one way, with the record types it
 * leads to. Each reference field gives a relation and its inverse
 * (`event.countries`: an event's `parties`, a country's `events`).
 */
export interface RelationTypes {
  readonly place: "place";
  readonly eventsHeld: "event";
  readonly participants: "person";
  readonly events: "event";
  readonly offices: "office";
  readonly parties: "country";
  readonly subjects: "country";
  readonly eventsAbout: "event";
  readonly organizations: "organization";
  readonly topics: "topic";
  readonly partOf: "event";
  readonly parts: "event";
  readonly agreements: "agreement";
  readonly event: "event";
  readonly quotes: "quote";
  readonly speaker: "person" | "organization";
  readonly holder: "person";
  readonly country: "country";
  readonly organization: "organization";
  readonly nationality: "country";
  readonly nationals: "person";
  readonly places: "place";
  readonly members: "country" | "organization";
  readonly memberOf: "organization";
  readonly credits: "person";
  readonly credited: "source";
  readonly sources: "source";
  readonly evidences: RecordType;
}

/** The name of a link from one record to others, read one way. */
export type Relation = keyof RelationTypes;

/** The keys of `R` whose values are strings. */
type StringKey<R> = {
  [K in keyof R & string]-?: NonNullable<R[K]> extends string ? K : never;
}[keyof R & string];

/**
 * Where a record holds ids: a field holding one id or a list of them
 * (`partOf`, `countries`), or a field of the objects a field holds
 * (`participants.person`, `place.id`).
 */
export type IdField<R> = {
  [K in keyof R & string]-?: NonNullable<R[K]> extends string | readonly string[]
    ? K
    : NonNullable<R[K]> extends readonly (infer E)[]
      ? `${K}.${StringKey<E>}`
      : `${K}.${StringKey<NonNullable<R[K]>>}`;
}[keyof R & string];

/** The keys of `R` holding a date. */
export type DateKey<R> = {
  [K in keyof R & string]-?: NonNullable<R[K]> extends DateValue ? K : never;
}[keyof R & string];

/**
 * A reference from a record to others: the field that holds the ids, the
 * record types those ids may name, and the relation's name read both ways.
 */
export interface Reference<T extends RecordType> {
  /** The field, as a path (`participants.person`). */
  readonly field: IdField<RecordOf<T>>;
  /** Types the ids may name. */
  readonly targets: readonly RecordType[];
  /** The relation from the record to the ids (`parties`). */
  readonly relation: Relation;
  /** The relation from a target back to the record (`events`). */
  readonly inverse: Relation;
}

/** An id a record holds, with the path of the field that holds it. */
export type Ref = readonly [path: string, id: string];

/** A date a record holds, with its field (`observed`); `undefined` where it has none. */
export type DateField = readonly [field: string, date: DateValue | undefined];

/** What the registry knows of one record type. */
export interface RecordKind<T extends RecordType> {
  /** Folder of its YAML files inside `data/`. */
  readonly folder: string;
  /** Plural, as `Dataset` groups it and the CLI names it (`people`). */
  readonly plural: string;
  /** Name of its generated id union (`PersonId`). */
  readonly idType: string;
  /** Names it is found by (besides its id): names in every language, native name, aliases. */
  readonly names: (record: RecordOf<T>) => readonly string[];
  /** Titles it is also found by, exactly (an event's title in each language). */
  readonly titles: (record: RecordOf<T>) => readonly string[];
  /** Its references to other records (evidence sources aside: every type has those). */
  readonly references: readonly Reference<T>[];
  /** The fields of its dates; the first one it has orders it among others. */
  readonly dates: readonly DateKey<RecordOf<T>>[];
  /**
   * The date that orders it, where that is not simply the first of `dates` it
   * has (an office without a start: the first date a source shows the person
   * in office).
   */
  readonly orderDate?: (record: RecordOf<T>) => DateValue | undefined;
  /** Amounts and quantities it states, for search ("15bn", "648"). */
  readonly amounts?: (record: RecordOf<T>) => readonly number[];
  /** Further text search looks in (summaries, quote text…), names aside. */
  readonly text: (record: RecordOf<T>) => readonly string[];
  /**
   * Its label in a language. `name` gives the label of another record by id
   * (an office's holder), or undefined.
   */
  readonly label: (
    record: RecordOf<T>,
    lang: LabelLanguage,
    name: (id: string) => string | undefined,
  ) => string;
}

const native = (record: { readonly native?: { readonly name: string } }): string[] =>
  record.native ? [record.native.name] : [];

const list = <T>(value: readonly T[] | undefined): readonly T[] => value ?? [];

const optional = (value: string | undefined): readonly string[] =>
  value === undefined ? [] : [value];

/** The registry: every record type, in the order `RECORD_TYPES` lists them. */
export const RECORD_KINDS = {
  source: {
    folder: "sources",
    plural: "sources",
    idType: "SourceId",
    names: () => [],
    titles: (r) => optional(r.title?.value),
    references: [
      {
        field: "credits.person",
        targets: ["person"],
        relation: "credits",
        inverse: "credited",
      },
    ],
    dates: ["published"],
    text: (r) => [
      r.summary.en,
      r.summary.de,
      ...optional(r.publisher?.value),
      ...optional(r.title?.value),
    ],
    label: (r, lang) => r.title?.value ?? r.summary[lang],
  },
  country: {
    folder: "countries",
    plural: "countries",
    idType: "CountryCode",
    names: (r) => [r.id, r.alpha3, r.names.en, r.names.de, r.names.ko, ...r.aliases],
    titles: () => [],
    references: [],
    dates: [],
    text: () => [],
    label: (r, lang) => r.names[lang],
  },
  place: {
    folder: "places",
    plural: "places",
    idType: "PlaceId",
    names: (r) => [r.names.en, r.names.de, ...native(r), ...r.aliases],
    titles: () => [],
    references: [
      {
        field: "country",
        targets: ["country"],
        relation: "country",
        inverse: "places",
      },
    ],
    dates: [],
    text: () => [],
    label: (r, lang) => r.names[lang],
  },
  organization: {
    folder: "organizations",
    plural: "organizations",
    idType: "OrganizationId",
    names: (r) => [
      r.name,
      ...(r.names ? [r.names.en, r.names.de] : []),
      ...native(r),
      ...r.aliases,
    ],
    titles: () => [],
    references: [
      {
        field: "country",
        targets: ["country"],
        relation: "country",
        inverse: "organizations",
      },
      {
        field: "members",
        targets: ["country", "organization"],
        relation: "members",
        inverse: "memberOf",
      },
    ],
    dates: [],
    text: (r) => [r.description.en, r.description.de],
    label: (r, lang) => r.names?.[lang] ?? r.name,
  },
  person: {
    folder: "people",
    plural: "people",
    idType: "PersonId",
    names: (r) => [r.name, ...native(r), ...r.aliases],
    titles: () => [],
    references: [
      {
        field: "nationality",
        targets: ["country"],
        relation: "nationality",
        inverse: "nationals",
      },
    ],
    dates: [],
    text: (r) => [r.description.en, r.description.de],
    label: (r) => r.name,
  },
  office: {
    folder: "offices",
    plural: "offices",
    idType: "OfficeId",
    names: () => [],
    titles: () => [],
    references: [
      {
        field: "person",
        targets: ["person"],
        relation: "holder",
        inverse: "offices",
      },
      {
        field: "country",
        targets: ["country"],
        relation: "country",
        inverse: "offices",
      },
      {
        field: "organization",
        targets: ["organization"],
        relation: "organization",
        inverse: "offices",
      },
    ],
    dates: ["start", "end"],
    // The start, else the first date a source shows the person in office, orders an office.
    orderDate: (r) =>
      r.start ??
      r.evidence.find((e) => e.seen)?.seen ??
      r.end ??
      r.evidence.find((e) => e.former)?.former,
    text: (r) => [r.label.en, r.label.de, ...r.titles],
    label: (r, lang, name) => `${name(r.person) ?? r.person}: ${r.label[lang]}`,
  },
  event: {
    folder: "events",
    plural: "events",
    idType: "EventId",
    names: () => [],
    titles: (r) => [r.title.en, r.title.de],
    references: [
      {
        field: "place.id",
        targets: ["place"],
        relation: "place",
        inverse: "eventsHeld",
      },
      {
        field: "participants.person",
        targets: ["person"],
        relation: "participants",
        inverse: "events",
      },
      {
        field: "participants.office",
        targets: ["office"],
        relation: "offices",
        inverse: "events",
      },
      {
        field: "countries",
        targets: ["country"],
        relation: "parties",
        inverse: "events",
      },
      {
        field: "subjects",
        targets: ["country"],
        relation: "subjects",
        inverse: "eventsAbout",
      },
      {
        field: "organizations",
        targets: ["organization"],
        relation: "organizations",
        inverse: "events",
      },
      {
        field: "topics",
        targets: ["topic"],
        relation: "topics",
        inverse: "events",
      },
      {
        field: "partOf",
        targets: ["event"],
        relation: "partOf",
        inverse: "parts",
      },
    ],
    dates: ["date"],
    text: (r) => [r.title.en, r.title.de, r.summary.en, r.summary.de],
    label: (r, lang) => r.title[lang],
  },
  agreement: {
    folder: "agreements",
    plural: "agreements",
    idType: "AgreementId",
    names: () => [],
    titles: (r) => [r.title.en, r.title.de],
    references: [
      {
        field: "parties",
        targets: ["country"],
        relation: "parties",
        inverse: "agreements",
      },
      {
        field: "organizations",
        targets: ["organization"],
        relation: "organizations",
        inverse: "agreements",
      },
      {
        field: "event",
        targets: ["event"],
        relation: "event",
        inverse: "agreements",
      },
      {
        field: "topics",
        targets: ["topic"],
        relation: "topics",
        inverse: "agreements",
      },
    ],
    dates: ["date"],
    text: (r) => [
      r.title.en,
      r.title.de,
      r.summary.en,
      r.summary.de,
      ...list(r.items).flatMap((item) => [item.name, ...list(item.aliases)]),
    ],
    label: (r, lang) => r.title[lang],
    amounts: (r) => [
      ...list(r.value).map((value) => value.amount),
      ...list(r.items).map((item) => item.quantity),
    ],
  },
  quote: {
    folder: "quotes",
    plural: "quotes",
    idType: "QuoteId",
    names: () => [],
    titles: () => [],
    references: [
      {
        field: "speaker",
        targets: ["person", "organization"],
        relation: "speaker",
        inverse: "quotes",
      },
      {
        field: "event",
        targets: ["event"],
        relation: "event",
        inverse: "quotes",
      },
      {
        field: "topics",
        targets: ["topic"],
        relation: "topics",
        inverse: "quotes",
      },
    ],
    dates: ["date"],
    text: (r) => [r.text],
    label: (r) => r.text,
  },
  topic: {
    folder: "topics",
    plural: "topics",
    idType: "TopicId",
    names: (r) => [r.label.en, r.label.de, ...r.aliases],
    titles: () => [],
    references: [],
    dates: [],
    text: () => [],
    label: (r, lang) => r.label[lang],
  },
} as const satisfies { readonly [T in RecordType]: RecordKind<T> };

/** The registry entry of a record's type, typed for that record. */
export function kindOf<T extends RecordType>(type: T): RecordKind<T> {
  return RECORD_KINDS[type] as unknown as RecordKind<T>;
}

/** The names a record is found by besides its id. */
export function recordNames(record: DatasetRecord): readonly string[] {
  return kindOf(record.type).names(record as never);
}

/** A reference any record may hold: the definition of a field holding ids, for any type. */
export type AnyReference = Omit<Reference<RecordType>, "field"> & { readonly field: string };

/** The reference every record holds: its evidence's sources. */
export const EVIDENCE_REFERENCE = {
  field: "evidence.source",
  targets: ["source"],
  relation: "sources",
  inverse: "evidences",
} as const satisfies AnyReference;

/** The evidence of a source's credits, which cites sources too. */
export const CREDIT_EVIDENCE_REFERENCE = {
  field: "credits.evidence.source",
  targets: ["source"],
  relation: "sources",
  inverse: "evidences",
} as const satisfies AnyReference;

/** A reference a record holds: the reference's definition, the field's path and the id. */
export type HeldReference = readonly [reference: AnyReference, path: string, id: string];

/** Receives one id a record holds: where (`index` in the field's list, -1 for a lone id). */
export type ReferenceVisitor = (reference: AnyReference, id: string, index: number) => void;

/** `participants.person` → [`participants`, `person`], computed once per field. */
const fieldParts = new Map<string, readonly [head: string, tail: string | undefined]>();
function partsOf(field: string): readonly [string, string | undefined] {
  let parts = fieldParts.get(field);
  if (!parts) {
    const dot = field.indexOf(".");
    parts = dot < 0 ? [field, undefined] : [field.slice(0, dot), field.slice(dot + 1)];
    fieldParts.set(field, parts);
  }
  return parts;
}

type Fields = { readonly [key: string]: unknown };

/** Visits the ids `value` holds under `tail` (an id, a list of ids, an object, a list of objects). */
function visitIds(
  reference: AnyReference,
  value: unknown,
  tail: string | undefined,
  visit: ReferenceVisitor,
): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      const id = tail === undefined ? item : (item as Fields | undefined)?.[tail];
      if (typeof id === "string") visit(reference, id, index);
    }
    return;
  }
  const id = tail === undefined ? value : (value as Fields)[tail];
  if (typeof id === "string") visit(reference, id, -1);
}

/**
 * Calls `visit` with every id a record holds and the reference it holds it
 * under, its evidence's sources included, without building lists: for
 * checks and indexes that walk every reference of many records.
 */
export function forEachReference(record: DatasetRecord, visit: ReferenceVisitor): void {
  const fields = record as unknown as Fields;
  for (const reference of kindOf(record.type).references as readonly AnyReference[]) {
    const [head, tail] = partsOf(reference.field);
    visitIds(reference, fields[head], tail, visit);
  }
  visitIds(EVIDENCE_REFERENCE, record.evidence, "source", visit);
  if (record.type === "source" && record.credits) {
    for (let index = 0; index < record.credits.length; index++) {
      const source = record.credits[index]?.evidence?.source;
      if (typeof source === "string") visit(CREDIT_EVIDENCE_REFERENCE, source, index);
    }
  }
}

/** The path of an id a reference holds: `participants[1].person`, `countries[0]`, `place.id`. */
export function referencePath(reference: AnyReference, index: number): string {
  if (index < 0) return reference.field;
  const [head, tail] = partsOf(reference.field);
  return tail === undefined ? `${head}[${index}]` : `${head}[${index}].${tail}`;
}

/** Every reference a record holds with its path, its evidence's sources included. */
export function referencesOf(record: DatasetRecord): HeldReference[] {
  const out: HeldReference[] = [];
  forEachReference(record, (reference, id, index) => {
    out.push([reference, referencePath(reference, index), id]);
  });
  return out;
}

/** Every evidence of a record with its path, a source's credits included. */
export function evidenceOf<I extends IdMap>(
  record: DatasetRecord<I>,
): (readonly [path: string, evidence: Evidence<I>])[] {
  const out: (readonly [string, Evidence<I>])[] = (record.evidence ?? []).map(
    (evidence, index) => [`evidence[${index}]`, evidence] as const,
  );
  if (record.type === "source") {
    (record.credits ?? []).forEach((credit, index) => {
      out.push([`credits[${index}].evidence`, credit.evidence]);
    });
  }
  return out;
}

/** The dates a record holds, with their fields (`undefined` where it has none), an office's sightings included. */
export function datesOf(record: DatasetRecord): DateField[] {
  const out: DateField[] = (kindOf(record.type).dates as readonly string[]).map(
    (field) => [field, (record as unknown as Fields)[field] as DateValue | undefined] as const,
  );
  // An office's sightings: the dates its evidence shows the person in office or as former.
  if (record.type === "office") {
    record.evidence.forEach((e, i) => {
      if (e.seen) out.push([`evidence[${i}].seen`, e.seen]);
      if (e.former) out.push([`evidence[${i}].former`, e.former]);
    });
  }
  return out;
}

/** The date that orders a record among others: the first of its dates that it has. */
export function recordDate(record: DatasetRecord): DateValue | undefined {
  const kind = kindOf(record.type);
  if (kind.orderDate) return kind.orderDate(record as never);
  for (const field of kind.dates as readonly string[]) {
    const date = (record as unknown as Fields)[field];
    if (date !== undefined) return date as DateValue;
  }
  return undefined;
}
