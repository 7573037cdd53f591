import type {
  AGREEMENT_KINDS,
  BASES,
  CAMEO_ROOTS,
  CREDIT_ROLES,
  EVENT_KINDS,
  EVENT_STATUSES,
  LABEL_LANGUAGES,
  LANGUAGES,
  OFFICE_STATUSES,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PLOVER_MODES,
  PLOVER_TYPES,
  RECORD_TYPES,
  ROLES,
  SOURCE_KINDS,
} from "./vocabulary.js";

export type RecordType = (typeof RECORD_TYPES)[number];
/** `stated`: the source says so; `inferred`: derived from the sources; `external`: public knowledge from outside them. */
export type Basis = (typeof BASES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CreditRole = (typeof CREDIT_ROLES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type OfficeStatus = (typeof OFFICE_STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type PloverType = (typeof PLOVER_TYPES)[number];
export type PloverMode = (typeof PLOVER_MODES)[keyof typeof PLOVER_MODES][number];
export type CameoRoot = keyof typeof CAMEO_ROOTS;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
/** BCP 47 language tag of a source or quote. */
export type Language = (typeof LANGUAGES)[number];
/** Languages of the labels and summaries the dataset writes itself. */
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** A text the dataset writes itself, in English and German. */
export interface Label {
  readonly en: string;
  readonly de: string;
}

/**
 * A date cut to its known precision: `2025`, `2025-11` or `2025-11-01`.
 * `end` closes a span. `reason` (one line) is required unless `basis` is `stated`.
 */
export interface DateValue {
  readonly value: string;
  readonly end?: string;
  readonly basis: Basis;
  readonly reason?: string;
}

/** A value with how it is known. */
export interface Attested<T> {
  readonly value: T;
  readonly basis: Basis;
  readonly reason?: string;
}

/** A name in native script (Hangul, Kanji, Hanzi…), with how it is known. */
export interface NativeName {
  readonly name: string;
  /** BCP 47 language of the name, e.g. `ko`, `ja`, `zh`. */
  readonly lang: Language;
  readonly basis: Basis;
  readonly reason?: string;
}

/** A verbatim excerpt of a source backing a record. */
export interface Evidence {
  /** Id of the source record. */
  readonly source: string;
  /** Verbatim excerpt (≤ 300 characters) of the source text. */
  readonly quote: string;
  /** The record's fields this excerpt backs, where the record has several. */
  readonly supports?: readonly string[];
  /**
   * Start and end (exclusive) of the excerpt in the source text, as UTF-16
   * offsets into the text of `@korea-relations/core/sources`. Set by the build.
   */
  readonly span?: readonly [number, number];
}

/** A person credited by a source (author, editor, photographer). */
export interface Credit {
  readonly person: string;
  readonly role: CreditRole;
  readonly evidence: Evidence;
}

/** Line-wrap artifacts of a source text, removed (per line) before evidence is matched. */
export interface TextArtifacts {
  /** Regular expressions (JavaScript syntax), each removed from every line where it matches. */
  readonly linePatterns: readonly string[];
}

export interface Source {
  readonly type: "source";
  readonly id: string;
  readonly language: Language;
  /** File name of the text, beside the record in `data/sources/`. */
  readonly file: string;
  /** SHA-256 of the text file (hex), so the text is checked byte-identical. */
  readonly sha256: string;
  readonly kind: Attested<SourceKind>;
  readonly publisher?: Attested<string>;
  readonly title?: Attested<string>;
  readonly published?: DateValue;
  readonly url?: Attested<string>;
  readonly credits?: readonly Credit[];
  readonly artifacts?: TextArtifacts;
  /**
   * Verbatim passages that are not content (navigation, captions, link lists,
   * tags, ads, credits, headings): left out of the coverage report.
   */
  readonly boilerplate?: readonly string[];
  /** What the text is about, one sentence. */
  readonly summary: Label;
  readonly evidence?: readonly Evidence[];
}

export interface Country {
  readonly type: "country";
  /** ISO 3166-1 alpha-2 code. */
  readonly id: string;
  readonly alpha3: string;
  readonly names: { readonly en: string; readonly de: string; readonly ko: string };
  readonly aliases: readonly string[];
  readonly evidence?: readonly Evidence[];
}

export interface Place {
  readonly type: "place";
  readonly id: string;
  readonly kind: PlaceKind;
  readonly names: Label;
  readonly native?: NativeName;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country it lies in, where it lies in one. */
  readonly country?: string;
  readonly evidence?: readonly Evidence[];
}

export interface Organization {
  readonly type: "organization";
  readonly id: string;
  readonly name: string;
  readonly names?: Label;
  readonly native?: NativeName;
  readonly aliases: readonly string[];
  readonly kind: OrganizationKind;
  /** Country of a national organization. */
  readonly country?: string;
  /** Member countries or organizations, where the sources say so. */
  readonly members?: readonly string[];
  readonly description: Label;
  readonly evidence?: readonly Evidence[];
}

export interface Person {
  readonly type: "person";
  readonly id: string;
  /** Romanization the sources use most, family name first for Korean, Japanese and Chinese people. */
  readonly name: string;
  readonly native?: NativeName;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 codes. */
  readonly nationality: readonly string[];
  readonly description: Label;
  readonly evidence?: readonly Evidence[];
}

/** A person seen in a role at a date: one observation of an office. */
export interface Office {
  readonly type: "office";
  readonly id: string;
  readonly person: string;
  readonly role: Role;
  /** Country the office belongs to (ISO alpha-2), or… */
  readonly country?: string;
  /** …organization the office belongs to. */
  readonly organization?: string;
  /** The title as the source words it. */
  readonly title: string;
  /** The date on which the source shows the person in (or out of) office. */
  readonly observed: DateValue;
  readonly start?: DateValue;
  readonly end?: DateValue;
  readonly status: OfficeStatus;
  readonly evidence: readonly Evidence[];
}

export interface Participant {
  readonly person: string;
  /** The office observation the person held at the event. */
  readonly office?: string;
}

export interface Plover {
  readonly type: PloverType;
  readonly mode?: PloverMode;
}

export interface PlaceRef {
  readonly id: string;
  readonly basis: Basis;
  readonly reason?: string;
}

export interface Event {
  readonly type: "event";
  readonly id: string;
  readonly kind: EventKind;
  readonly title: Label;
  readonly summary: Label;
  readonly plover: Plover;
  readonly cameo: CameoRoot;
  readonly date: DateValue;
  readonly status: EventStatus;
  readonly place?: PlaceRef;
  readonly participants: readonly Participant[];
  /** The parties (ISO alpha-2), never widened through an organization's membership. */
  readonly countries: readonly string[];
  /** Countries the event is about without taking part. */
  readonly subjects: readonly string[];
  readonly organizations: readonly string[];
  readonly topics: readonly string[];
  /** Events this one is part of (a bilateral meeting on the sidelines of a forum). */
  readonly partOf?: string;
  readonly evidence: readonly Evidence[];
}

export interface Amount {
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  readonly approx?: boolean;
}

export interface Item {
  /** The correct name, e.g. "FA-50 fighter jet". */
  readonly name: string;
  /** Other spellings, including a source's misspelling ("FA050"). */
  readonly aliases?: readonly string[];
  readonly quantity: number;
  readonly approx?: boolean;
}

export interface Agreement {
  readonly type: "agreement";
  readonly id: string;
  readonly kind: AgreementKind;
  readonly title: Label;
  readonly summary: Label;
  /** Countries (ISO alpha-2) that are parties. */
  readonly parties: readonly string[];
  /** Organizations that are parties. */
  readonly organizations?: readonly string[];
  readonly date?: DateValue;
  readonly value?: readonly Amount[];
  readonly items?: readonly Item[];
  readonly event?: string;
  readonly topics: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface Quote {
  readonly type: "quote";
  readonly id: string;
  /** A person or organization id. */
  readonly speaker: string;
  /** Verbatim as printed. */
  readonly text: string;
  /** Language the text is printed in. */
  readonly language: Language;
  /** `true` where the speaker said it in another language. */
  readonly translated?: boolean;
  readonly date: DateValue;
  readonly event?: string;
  readonly topics: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface Topic {
  readonly type: "topic";
  readonly id: string;
  readonly label: Label;
  readonly aliases: readonly string[];
  readonly evidence?: readonly Evidence[];
}

/** Any record of the dataset. */
export type DatasetRecord =
  | Source
  | Country
  | Place
  | Organization
  | Person
  | Office
  | Event
  | Agreement
  | Quote
  | Topic;

/** The record of a given type. */
export type RecordOf<T extends RecordType> = Extract<DatasetRecord, { type: T }>;

/** Any record, as `resolve` returns it. */
export type Entity = DatasetRecord;
