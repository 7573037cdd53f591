import type {
  AGREEMENT_KINDS,
  BASES,
  CAMEO_ROOTS,
  CONTENT_POSITIONS,
  CREDIT_ROLES,
  EVENT_KINDS,
  EVENT_STATUSES,
  LABEL_LANGUAGES,
  LANGUAGES,
  OFFICE_STATUSES,
  ORGANIZATION_KINDS,
  PAGE_POSITIONS,
  PLACE_KINDS,
  PLOVER_MODES,
  PLOVER_TYPES,
  RECORD_TYPES,
  ROLES,
  SOURCE_KINDS,
} from "./vocabulary";

export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * The id type of each record type. Records are generic over it, so that an id
 * read from a record is accepted wherever an id of that type is: the built-in
 * dataset uses its literal unions (`BuiltinIds`), a dataset typed only as
 * `DatasetRecord[]` uses `string`.
 */
export interface IdMap {
  readonly source: string;
  readonly country: string;
  readonly place: string;
  readonly organization: string;
  readonly person: string;
  readonly office: string;
  readonly event: string;
  readonly agreement: string;
  readonly quote: string;
  readonly topic: string;
  /** `true` where every evidence carries its `span` (records built from `data/`). */
  readonly spans?: boolean;
}

/** The id of any record of a dataset with this id map. */
export type AnyId<I extends IdMap = IdMap> =
  | I["source"]
  | I["country"]
  | I["place"]
  | I["organization"]
  | I["person"]
  | I["office"]
  | I["event"]
  | I["agreement"]
  | I["quote"]
  | I["topic"];

/** Start and end (exclusive) of an excerpt, as UTF-16 offsets into its source's text. */
export type Span = readonly [start: number, end: number];
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
/** Where on its page a passage stands: `body`, `headline`, `teaser`, `caption`, `tag`, `link` or `credit`. */
export type ContentPosition = (typeof CONTENT_POSITIONS)[number];
/** A content position, or a part of the page that is not content (`navigation`, `ad`). */
export type PagePosition = (typeof PAGE_POSITIONS)[number];
/** BCP 47 language tag of a source or quote. */
export type Language = (typeof LANGUAGES)[number];
/** Languages of the labels and summaries the dataset writes itself. */
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** A text the dataset writes itself, in English and German. */
export interface Label {
  readonly en: string;
  readonly de: string;
}

/** Why a fact is inferred or known from outside the sources: one line in English and one in German. */
export type Reason = Label;

/**
 * A date cut to its known precision: `2025`, `2025-11` or `2025-11-01`.
 * `end` closes a span. `reason` (one line in English and one in German) is required unless `basis` is `stated`.
 */
export interface DateValue {
  readonly value: string;
  readonly end?: string;
  readonly basis: Basis;
  readonly reason?: Reason;
}

/** A value with how it is known. */
export interface Attested<T> {
  readonly value: T;
  readonly basis: Basis;
  readonly reason?: Reason;
}

/** A name in native script (Hangul, Kanji, Hanzi…), with how it is known. */
export interface NativeName {
  readonly name: string;
  /** BCP 47 language of the name, e.g. `ko`, `ja`, `zh`. */
  readonly lang: Language;
  readonly basis: Basis;
  readonly reason?: Reason;
}

/** A verbatim excerpt of a source backing a record. */
export type Evidence<I extends IdMap = IdMap> = EvidenceFields<I> &
  (I extends { readonly spans: true }
    ? { readonly span: Span; readonly position: ContentPosition }
    : { readonly span?: Span; readonly position?: ContentPosition });

/** The fields of every evidence; `Evidence` adds its `span`. */
export interface EvidenceFields<I extends IdMap = IdMap> {
  /** Id of the source record. */
  readonly source: I["source"];
  /** Verbatim excerpt (≤ 300 characters) of the source text. */
  readonly quote: string;
  /** The record's fields this excerpt backs, where the record has several. */
  readonly supports?: readonly string[];
  /*
   * `span`: start and end (exclusive) of the excerpt in the source text, as
   * UTF-16 offsets into the text of `@korea-relations/core/sources`. Set by the
   * build on every evidence of the built-in dataset.
   * `position`: where on the page the excerpt stands (that of its first
   * character): `body`, `headline`, `teaser`, `caption`, `tag`, `link` or
   * `credit`. Set by the build from the source's `regions`.
   */
}

/** A person credited by a source (author, editor, photographer). */
export interface Credit<I extends IdMap = IdMap> {
  readonly person: I["person"];
  readonly role: CreditRole;
  readonly evidence: Evidence<I>;
}

/** Line-wrap artifacts of a source text, removed (per line) before evidence is matched. */
export interface TextArtifacts {
  /** Regular expressions (JavaScript syntax), each removed from every line where it matches. */
  readonly linePatterns?: readonly string[];
  /** The width at which the text is hard-wrapped, where it is: wrapped lines are joined in the reading text. */
  readonly wrap?: number;
}

/**
 * One region of a source's page, by verbatim passage (matched like an
 * evidence quote): `passage` alone, or `from` … `to`. Text no region claims is
 * body; regions may nest, and the innermost gives the position.
 */
export interface PageRegion {
  readonly position: PagePosition;
  readonly passage?: string;
  readonly from?: string;
  readonly to?: string;
  /** The passage recurs and every occurrence is in the region. */
  readonly every?: true;
  /** The passage recurs and the region is its n-th occurrence (from 1). */
  readonly occurrence?: number;
  /** Why the region is not content (required for `navigation` and `ad`). */
  readonly reason?: Reason;
}

/** Whether a source's full text may be redistributed, with the one-line reason (its terms). */
export interface FullTextTerms {
  readonly redistributable: boolean;
  readonly reason: string;
}

export interface Source<I extends IdMap = IdMap> {
  readonly type: "source";
  readonly id: I["source"];
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
  readonly credits?: readonly Credit<I>[];
  readonly artifacts?: TextArtifacts;
  /**
   * Where on the page its parts stand: headlines, teasers, captions, tags,
   * link lists, credits, and the navigation and ads that are not content
   * (each with its reason). Text no region claims is body.
   */
  readonly regions?: readonly PageRegion[];
  /**
   * Whether the publisher's terms allow the full text to be redistributed (in
   * the npm package), and why; absent means they do not. Where they do not,
   * only the metadata and the cited excerpts are published.
   */
  readonly fullText?: FullTextTerms;
  /** What the text is about, one sentence. */
  readonly summary: Label;
  readonly evidence: readonly Evidence<I>[];
}

export interface Country<I extends IdMap = IdMap> extends ExternalRecord {
  readonly type: "country";
  /** ISO 3166-1 alpha-2 code. */
  readonly id: I["country"];
  readonly alpha3: string;
  readonly names: { readonly en: string; readonly de: string; readonly ko: string };
  readonly aliases: readonly string[];
  readonly evidence?: readonly Evidence<I>[];
}

export interface Place<I extends IdMap = IdMap> extends ExternalRecord {
  readonly type: "place";
  readonly id: I["place"];
  readonly kind: PlaceKind;
  readonly names: Label;
  readonly native?: NativeName;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country it lies in, where it lies in one. */
  readonly country?: I["country"];
  readonly evidence?: readonly Evidence<I>[];
}

export interface Organization<I extends IdMap = IdMap> extends ExternalRecord {
  readonly type: "organization";
  readonly id: I["organization"];
  readonly name: string;
  readonly names?: Label;
  readonly native?: NativeName;
  readonly aliases: readonly string[];
  readonly kind: OrganizationKind;
  /** Country of a national organization. */
  readonly country?: I["country"];
  /** Member countries or organizations, where the sources say so. */
  readonly members?: readonly (I["country"] | I["organization"])[];
  readonly description: Label;
  readonly evidence?: readonly Evidence<I>[];
}

export interface Person<I extends IdMap = IdMap> extends ExternalRecord {
  readonly type: "person";
  readonly id: I["person"];
  /** Romanization the sources use most, family name first for Korean, Japanese and Chinese people. */
  readonly name: string;
  readonly native?: NativeName;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 codes. */
  readonly nationality: readonly I["country"][];
  readonly description: Label;
  readonly evidence?: readonly Evidence<I>[];
}

/** An office's evidence: dated where it shows the person in office (`seen`) or as a former holder (`former`). */
export type OfficeEvidence<I extends IdMap = IdMap> = Evidence<I> & {
  /** The date at which this excerpt shows the person in office. */
  readonly seen?: DateValue;
  /** The date at which this excerpt shows the person as a former holder. */
  readonly former?: DateValue;
};

/**
 * One person's term in one office: its roles, the titles the sources give
 * it, its start and end where known, and the dates the sources show the
 * person in office as dated evidence.
 */
export interface Office<I extends IdMap = IdMap> {
  readonly type: "office";
  readonly id: I["office"];
  readonly person: I["person"];
  /** The roles the office carries (South Korea's president: head of state and of government). */
  readonly roles: readonly Role[];
  /** Country the office belongs to (ISO alpha-2), or… */
  readonly country?: I["country"];
  /** …organization the office belongs to. */
  readonly organization?: I["organization"];
  /** The titles as the sources word them, verbatim (empty where a source names no title). */
  readonly titles: readonly string[];
  /** The office in English and German, written by the dataset. */
  readonly label: Label;
  readonly start?: DateValue;
  readonly end?: DateValue;
  /** `current`: no end known; `former`: the term has ended (it has an `end` or a `former` evidence). */
  readonly status: OfficeStatus;
  readonly evidence: readonly OfficeEvidence<I>[];
}

export interface Participant<I extends IdMap = IdMap> {
  readonly person: I["person"];
  /** The office (term) the person held at the event. */
  readonly office?: I["office"];
}

/** A PLOVER event type and, where the type has modes, one of its modes. */
export type Plover = {
  readonly [T in PloverType]: {
    readonly type: T;
    readonly mode?: (typeof PLOVER_MODES)[T][number];
  };
}[PloverType];

export interface PlaceRef<I extends IdMap = IdMap> {
  readonly id: I["place"];
  readonly basis: Basis;
  readonly reason?: Reason;
}

export interface Event<I extends IdMap = IdMap> {
  readonly type: "event";
  readonly id: I["event"];
  readonly kind: EventKind;
  readonly title: Label;
  readonly summary: Label;
  readonly plover: Plover;
  readonly cameo: CameoRoot;
  readonly date: DateValue;
  readonly status: EventStatus;
  readonly place?: PlaceRef<I>;
  readonly participants: readonly Participant<I>[];
  /** The parties (ISO alpha-2), never widened through an organization's membership. */
  readonly countries: readonly I["country"][];
  /** Countries the event is about without taking part. */
  readonly subjects: readonly I["country"][];
  readonly organizations: readonly I["organization"][];
  readonly topics: readonly I["topic"][];
  /** Events this one is part of (a bilateral meeting on the sidelines of a forum). */
  readonly partOf?: I["event"];
  readonly evidence: readonly Evidence<I>[];
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

export interface Agreement<I extends IdMap = IdMap> {
  readonly type: "agreement";
  readonly id: I["agreement"];
  readonly kind: AgreementKind;
  readonly title: Label;
  readonly summary: Label;
  /** Countries (ISO alpha-2) that are parties. */
  readonly parties: readonly I["country"][];
  /** Organizations that are parties. */
  readonly organizations?: readonly I["organization"][];
  readonly date?: DateValue;
  readonly value?: readonly Amount[];
  readonly items?: readonly Item[];
  readonly event?: I["event"];
  readonly topics: readonly I["topic"][];
  readonly evidence: readonly Evidence<I>[];
}

/** The dataset's own translation of a quote (`by: "dataset"`), in English for a German quote and in German otherwise. */
export interface Rendering {
  readonly language: LabelLanguage;
  readonly text: string;
  /** Always `dataset`: the translation is the dataset's, not the speaker's or the source's. */
  readonly by: "dataset";
}

export interface Quote<I extends IdMap = IdMap> {
  readonly type: "quote";
  readonly id: I["quote"];
  /** A person or organization id. */
  readonly speaker: I["person"] | I["organization"];
  /** Verbatim as printed. */
  readonly text: string;
  /** Language the text is printed in. */
  readonly language: Language;
  /** `true` where the speaker said it in another language (the source's translation). */
  readonly translated?: boolean;
  /** The quote in the other label language: the dataset's translation, never the speaker's words. */
  readonly rendering: Rendering;
  readonly date: DateValue;
  readonly event?: I["event"];
  readonly topics: readonly I["topic"][];
  readonly evidence: readonly Evidence<I>[];
}

export interface Topic<I extends IdMap = IdMap> extends ExternalRecord {
  readonly type: "topic";
  readonly id: I["topic"];
  readonly label: Label;
  readonly aliases: readonly string[];
  readonly evidence?: readonly Evidence<I>[];
}

/**
 * A record that names a thing no source mentions carries, instead of
 * evidence, `basis: "external"` and the reason it is in the dataset.
 */
export interface ExternalRecord {
  /** Set where no source mentions the record: it is known from outside the sources. */
  readonly basis?: "external";
  /** Why the record is in the dataset although no source mentions it. */
  readonly reason?: Reason;
}

/** Any record of the dataset. */
export type DatasetRecord<I extends IdMap = IdMap> =
  | Source<I>
  | Country<I>
  | Place<I>
  | Organization<I>
  | Person<I>
  | Office<I>
  | Event<I>
  | Agreement<I>
  | Quote<I>
  | Topic<I>;

/** The record of a given type. */
export type RecordOf<T extends RecordType, I extends IdMap = IdMap> = Extract<
  DatasetRecord<I>,
  { readonly type: T }
>;

/** Any record, as `resolve` returns it. */
export type Entity<I extends IdMap = IdMap> = DatasetRecord<I>;
