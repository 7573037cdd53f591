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

/**
 * A reference from a record to others: the ids it holds in one field, the
 * record types those ids may name, and the relation's name read both ways.
 */
export interface Reference<T extends RecordType> {
  /** The field, as a path (`participants.person`). */
  readonly field: string;
  /** Types the ids may name. */
  readonly targets: readonly RecordType[];
  /** The relation from the record to the ids (`parties`). */
  readonly relation: Relation;
  /** The relation from a target back to the record (`events`). */
  readonly inverse: Relation;
  /** The ids the record holds there, each with its path (`participants[1].person`). */
  readonly ids: (record: RecordOf<T>) => readonly Ref[];
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
  /** Its dates with their fields; the first one it has orders it among others. */
  readonly dates: (record: RecordOf<T>) => readonly DateField[];
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

const one = (field: string, id: string | undefined): readonly Ref[] =>
  id === undefined ? [] : [[field, id]];

const many = (field: string, ids: readonly string[] | undefined): readonly Ref[] =>
  (ids ?? []).map((id, index) => [`${field}[${index}]`, id] as const);

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
        ids: (r) => list(r.credits).map((c, i) => [`credits[${i}].person`, c.person] as const),
      },
    ],
    dates: (r) => [["published", r.published]],
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
    dates: () => [],
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
        ids: (r) => one("country", r.country),
      },
    ],
    dates: () => [],
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
        ids: (r) => one("country", r.country),
      },
      {
        field: "members",
        targets: ["country", "organization"],
        relation: "members",
        inverse: "memberOf",
        ids: (r) => many("members", r.members),
      },
    ],
    dates: () => [],
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
        ids: (r) => many("nationality", r.nationality),
      },
    ],
    dates: () => [],
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
        ids: (r) => one("person", r.person),
      },
      {
        field: "country",
        targets: ["country"],
        relation: "country",
        inverse: "offices",
        ids: (r) => one("country", r.country),
      },
      {
        field: "organization",
        targets: ["organization"],
        relation: "organization",
        inverse: "offices",
        ids: (r) => one("organization", r.organization),
      },
    ],
    // The start, else the first date a source shows the person in office, orders an office.
    dates: (r) => [
      ["start", r.start],
      ...r.evidence.map((e, i) => [`evidence[${i}].seen`, e.seen] as const),
      ["end", r.end],
      ...r.evidence.map((e, i) => [`evidence[${i}].former`, e.former] as const),
    ],
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
        ids: (r) => one("place.id", r.place?.id),
      },
      {
        field: "participants.person",
        targets: ["person"],
        relation: "participants",
        inverse: "events",
        ids: (r) => r.participants.map((p, i) => [`participants[${i}].person`, p.person] as const),
      },
      {
        field: "participants.office",
        targets: ["office"],
        relation: "offices",
        inverse: "events",
        ids: (r) =>
          r.participants.flatMap((p, i) =>
            p.office === undefined ? [] : [[`participants[${i}].office`, p.office] as const],
          ),
      },
      {
        field: "countries",
        targets: ["country"],
        relation: "parties",
        inverse: "events",
        ids: (r) => many("countries", r.countries),
      },
      {
        field: "subjects",
        targets: ["country"],
        relation: "subjects",
        inverse: "eventsAbout",
        ids: (r) => many("subjects", r.subjects),
      },
      {
        field: "organizations",
        targets: ["organization"],
        relation: "organizations",
        inverse: "events",
        ids: (r) => many("organizations", r.organizations),
      },
      {
        field: "topics",
        targets: ["topic"],
        relation: "topics",
        inverse: "events",
        ids: (r) => many("topics", r.topics),
      },
      {
        field: "partOf",
        targets: ["event"],
        relation: "partOf",
        inverse: "parts",
        ids: (r) => one("partOf", r.partOf),
      },
    ],
    dates: (r) => [["date", r.date]],
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
        ids: (r) => many("parties", r.parties),
      },
      {
        field: "organizations",
        targets: ["organization"],
        relation: "organizations",
        inverse: "agreements",
        ids: (r) => many("organizations", r.organizations),
      },
      {
        field: "event",
        targets: ["event"],
        relation: "event",
        inverse: "agreements",
        ids: (r) => one("event", r.event),
      },
      {
        field: "topics",
        targets: ["topic"],
        relation: "topics",
        inverse: "agreements",
        ids: (r) => many("topics", r.topics),
      },
    ],
    dates: (r) => [["date", r.date]],
    text: (r) => [
      r.title.en,
      r.title.de,
      r.summary.en,
      r.summary.de,
      ...list(r.items).flatMap((item) => [item.name, ...list(item.aliases)]),
    ],
    label: (r, lang) => r.title[lang],
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
        ids: (r) => one("speaker", r.speaker),
      },
      {
        field: "event",
        targets: ["event"],
        relation: "event",
        inverse: "quotes",
        ids: (r) => one("event", r.event),
      },
      {
        field: "topics",
        targets: ["topic"],
        relation: "topics",
        inverse: "quotes",
        ids: (r) => many("topics", r.topics),
      },
    ],
    dates: (r) => [["date", r.date]],
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
    dates: () => [],
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

/** The reference every record holds: its evidence's sources. */
export const EVIDENCE_REFERENCE = {
  field: "evidence.source",
  targets: ["source"],
  relation: "sources",
  inverse: "evidences",
} as const satisfies Omit<Reference<RecordType>, "ids">;

/** A reference a record holds: the reference's definition, the field's path and the id. */
export type HeldReference = readonly [
  reference: Omit<Reference<RecordType>, "ids">,
  path: string,
  id: string,
];

/** Every reference a record holds, its evidence's sources included. */
export function referencesOf(record: DatasetRecord): HeldReference[] {
  const out: HeldReference[] = [];
  for (const reference of kindOf(record.type).references as readonly Reference<RecordType>[]) {
    for (const [path, id] of reference.ids(record as never)) out.push([reference, path, id]);
  }
  for (const [path, evidence] of evidenceOf(record)) {
    out.push([EVIDENCE_REFERENCE, `${path}.source`, evidence.source]);
  }
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

/** The date that orders a record among others: the first of its dates that it has. */
export function recordDate(record: DatasetRecord): DateValue | undefined {
  for (const [, date] of kindOf(record.type).dates(record as never)) if (date) return date;
  return undefined;
}
