/**
 * The validator's schema of every record type. Its inferred types are checked
 * against the published TypeScript types in `schema.test-d.ts`, and the JSON
 * Schema that users outside TypeScript get is emitted from it, so the three
 * cannot drift apart.
 */
import { z } from "zod";
import type { CameoRoot, Plover as PloverValue } from "./types";
import {
  AGREEMENT_KINDS,
  BASES,
  CAMEO_ROOT_CODES,
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
  ROLES,
  SOURCE_KINDS,
} from "./vocabulary";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A partial ISO 8601 date; months 01–12, days 01–31 (the calendar check follows in `recordProblems`). */
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** Some non-space character, and no control or bidi-override character (a line feed aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to reject control characters
const TEXT = /^(?=[\s\S]*\S)[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
/** As `TEXT`, on one line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to reject control characters
const LINE = /^(?=[\s\S]*\S)[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;

export const Id = z
  .string()
  .regex(KEBAB, "must be kebab-case (a-z, 0-9 and single hyphens)")
  .meta({ id: "Id", description: "kebab-case (a-z, 0-9 and single hyphens)" });
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
  .meta({ id: "CountryCode", description: "an ISO 3166-1 alpha-2 code" });
/** A reference to any record (kebab-case id or country code). */
export const Ref = z.union([Id, CountryCode]);
const Text = z
  .string()
  .regex(TEXT, "must be a non-empty text without control characters")
  .meta({ id: "Text", description: "a non-empty text without control characters" });
const Line = z
  .string()
  .regex(LINE, "must be one non-empty line without control characters")
  .meta({ id: "Line", description: "one non-empty line without control characters" });
const PartialDate = z
  .string()
  .regex(PARTIAL_DATE, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
  .meta({ id: "PartialDate", description: "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD" });

export const Label = z.strictObject({ en: Text, de: Text }).meta({ id: "Label" });
/** Why a fact is inferred or known from outside the sources: one line in English and one in German. */
export const Reason = z
  .strictObject({ en: Line, de: Line })
  .meta({ id: "Reason", description: "one line in English (en) and one in German (de)" });

/**
 * An http(s) address on a domain name. Spaces and control characters are
 * rejected as written: the URL parser would silently drop a tab or a leading
 * space, publishing an address other than the one in the data. The pattern
 * carries the scheme into the JSON Schema, where `format: uri` alone would
 * accept `javascript:`.
 */
const WebAddress = z
  .string()
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to reject control characters
  .regex(/^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/, {
    error: "must be an http(s) address without spaces or control characters",
    abort: true,
  })
  .check(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: "must be an http(s) address on a domain name",
    }),
  )
  .meta({ description: "an http(s) address without spaces or control characters" });

const Basis = z.enum(BASES).meta({ id: "Basis" });
const withReason = <T extends { basis: string; reason?: unknown }>(
  value: T,
  ctx: z.core.$RefinementCtx,
) => {
  if (value.basis !== "stated" && !value.reason) {
    ctx.addIssue({
      code: "custom",
      path: ["reason"],
      message: `a reason (one line in en and in de) is required when basis is "${value.basis}"`,
    });
  }
};

export const DateValue = z
  .strictObject({
    value: PartialDate,
    end: PartialDate.optional(),
    basis: Basis,
    reason: Reason.optional(),
  })
  .superRefine(withReason)
  .meta({ id: "DateValue" });

export const attested = <T extends z.ZodType>(value: T, id: string) =>
  z
    .strictObject({ value, basis: Basis, reason: Reason.optional() })
    .superRefine(withReason)
    .meta({ id });

export const NativeName = z
  .strictObject({
    name: Text,
    lang: z.enum(LANGUAGES),
    basis: Basis,
    reason: Reason.optional(),
  })
  .superRefine(withReason)
  .meta({ id: "NativeName" });

export const Evidence = z
  .strictObject({
    source: Id,
    quote: Text.max(300, "must be at most 300 characters"),
    supports: z.array(Text).readonly().optional(),
    span: z.tuple([z.int().nonnegative(), z.int().nonnegative()]).readonly().optional(),
    position: z.enum(CONTENT_POSITIONS).optional(),
  })
  .meta({ id: "Evidence" });

const evidenceList = z.array(Evidence).readonly();
const requiredEvidence = z.array(Evidence).min(1, "at least one evidence is required").readonly();

/**
 * What a record that names a thing (a person, organization, place, topic,
 * country) carries instead of evidence when no source mentions it: the mark
 * `basis: external` and the reason it is in the dataset.
 */
const externalRecord = {
  basis: z.literal("external").optional(),
  reason: Reason.optional(),
};

/** Evidence is required unless the record is marked `basis: external` with its reason. */
const evidencedOrExternal = (
  record: {
    basis?: string | undefined;
    reason?: unknown;
    evidence?: readonly unknown[] | undefined;
  },
  ctx: z.core.$RefinementCtx,
) => {
  if (record.basis !== undefined) {
    withReason({ basis: record.basis, reason: record.reason }, ctx);
  } else if (!record.evidence || record.evidence.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["evidence"],
      message:
        "at least one evidence is required, or basis: external with a reason (en, de) where no source mentions it",
    });
  }
};
const aliases = z.array(Text).readonly();

export const Credit = z
  .strictObject({
    person: Id,
    role: z.enum(CREDIT_ROLES),
    evidence: Evidence,
  })
  .meta({ id: "Credit" });

const AttestedText = attested(Text, "AttestedText");

const Passage = z.string().trim().min(1, "must not be empty");

/**
 * One region of a source's page, by verbatim passage (matched like an
 * evidence quote): `passage` alone, or `from` … `to`. Text no region claims is
 * body. `navigation` and `ad` are not content and carry their reason.
 */
export const PageRegion = z
  .strictObject({
    position: z.enum(PAGE_POSITIONS),
    /** One verbatim passage: the region is exactly its text. */
    passage: Passage.optional(),
    /** With `to`: the region runs from the start of `from` to the end of `to`. */
    from: Passage.optional(),
    to: Passage.optional(),
    /** The passage recurs and every occurrence is in the region. */
    every: z.literal(true).optional(),
    /** The passage recurs and the region is its n-th occurrence (from 1). */
    occurrence: z.int().min(1).optional(),
    /** Why the region is not content (required for navigation and ads). */
    reason: Reason.optional(),
  })
  .superRefine((region, ctx) => {
    const range = region.from !== undefined || region.to !== undefined;
    if (region.passage !== undefined && range) {
      ctx.addIssue({ code: "custom", message: "give either passage or from and to, not both" });
    } else if (
      region.passage === undefined &&
      (region.from === undefined || region.to === undefined)
    ) {
      ctx.addIssue({ code: "custom", message: "give a passage, or both from and to" });
    }
    if ((region.every || region.occurrence) && region.passage === undefined) {
      ctx.addIssue({ code: "custom", message: "every and occurrence apply to a passage" });
    }
    if (region.every && region.occurrence) {
      ctx.addIssue({ code: "custom", message: "give every or occurrence, not both" });
    }
    const content = (CONTENT_POSITIONS as readonly string[]).includes(region.position);
    if (!content && !region.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `a reason (one line in en and in de) is required for ${region.position}`,
      });
    }
  })
  .meta({ id: "PageRegion" });

export const Source = z
  .strictObject({
    type: z.literal("source"),
    id: Id,
    language: z.enum(LANGUAGES),
    file: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file name"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a hex SHA-256"),
    kind: attested(z.enum(SOURCE_KINDS), "AttestedSourceKind"),
    publisher: AttestedText.optional(),
    title: AttestedText.optional(),
    published: DateValue.optional(),
    url: attested(WebAddress, "AttestedUrl").optional(),
    credits: z.array(Credit).readonly().optional(),
    artifacts: z
      .strictObject({
        linePatterns: z.array(Text).readonly().optional(),
        wrap: z.int().min(10).max(1000).optional(),
      })
      .optional(),
    regions: z.array(PageRegion).readonly().optional(),
    fullText: z
      .strictObject({ redistributable: z.boolean(), reason: Line })
      .meta({ id: "FullTextTerms" })
      .optional(),
    summary: Label,
    evidence: requiredEvidence,
  })
  .meta({ id: "Source" });

export const Country = z
  .strictObject({
    type: z.literal("country"),
    id: CountryCode,
    alpha3: z.string().regex(/^[A-Z]{3}$/),
    names: z.strictObject({ en: Text, de: Text, ko: Text }),
    aliases,
    evidence: evidenceList.optional(),
    ...externalRecord,
  })
  .meta({ id: "Country" });

export const Place = z
  .strictObject({
    type: z.literal("place"),
    id: Id,
    kind: z.enum(PLACE_KINDS),
    names: Label,
    native: NativeName.optional(),
    aliases,
    country: CountryCode.optional(),
    evidence: evidenceList.optional(),
    ...externalRecord,
  })
  .superRefine(evidencedOrExternal)
  .meta({ id: "Place" });

export const Organization = z
  .strictObject({
    type: z.literal("organization"),
    id: Id,
    name: Text,
    names: Label.optional(),
    native: NativeName.optional(),
    aliases,
    kind: z.enum(ORGANIZATION_KINDS),
    country: CountryCode.optional(),
    members: z.array(Ref).readonly().optional(),
    description: Label,
    evidence: evidenceList.optional(),
    ...externalRecord,
  })
  .superRefine(evidencedOrExternal)
  .meta({ id: "Organization" });

export const Person = z
  .strictObject({
    type: z.literal("person"),
    id: Id,
    name: Text,
    native: NativeName.optional(),
    aliases,
    nationality: z.array(CountryCode).readonly(),
    description: Label,
    evidence: evidenceList.optional(),
    ...externalRecord,
  })
  .superRefine(evidencedOrExternal)
  .meta({ id: "Person" });

/** An office's evidence: an excerpt, dated where it shows the person in office (`seen`) or out of it (`former`). */
export const OfficeEvidence = Evidence.extend({
  seen: DateValue.optional(),
  former: DateValue.optional(),
}).meta({ id: "OfficeEvidence" });

export const Office = z
  .strictObject({
    type: z.literal("office"),
    id: Id,
    person: Id,
    roles: z.array(z.enum(ROLES)).min(1, "at least one role is required").readonly(),
    country: CountryCode.optional(),
    organization: Id.optional(),
    titles: z.array(Text).readonly(),
    label: Label,
    start: DateValue.optional(),
    end: DateValue.optional(),
    status: z.enum(OFFICE_STATUSES),
    evidence: z.array(OfficeEvidence).min(1, "at least one evidence is required").readonly(),
  })
  .meta({ id: "Office" });

export const Participant = z
  .strictObject({ person: Id, office: Id.optional() })
  .meta({ id: "Participant" });

/** A PLOVER event type with a mode of that type, where the type has modes. */
export const Plover = z
  .discriminatedUnion(
    "type",
    PLOVER_TYPES.map((type) => {
      const modes: readonly string[] = PLOVER_MODES[type];
      return z.strictObject({
        type: z.literal(type),
        mode:
          modes.length > 0
            ? z.enum(modes as [string, ...string[]]).optional()
            : z.undefined({ error: `${type} has no modes` }).optional(),
      });
    }) as unknown as [z.ZodObject, ...z.ZodObject[]],
  )
  .meta({ id: "Plover" }) as unknown as z.ZodType<PloverValue>;

export const PlaceRef = z
  .strictObject({ id: Id, basis: Basis, reason: Reason.optional() })
  .superRefine(withReason)
  .meta({ id: "PlaceRef" });

export const Event = z
  .strictObject({
    type: z.literal("event"),
    id: Id,
    kind: z.enum(EVENT_KINDS),
    title: Label,
    summary: Label,
    plover: Plover,
    cameo: z.enum(CAMEO_ROOT_CODES as [CameoRoot, ...CameoRoot[]]),
    date: DateValue,
    status: z.enum(EVENT_STATUSES),
    place: PlaceRef.optional(),
    participants: z.array(Participant).readonly(),
    countries: z.array(CountryCode).readonly(),
    subjects: z.array(CountryCode).readonly(),
    organizations: z.array(Id).readonly(),
    topics: z.array(Id).readonly(),
    partOf: Id.optional(),
    evidence: requiredEvidence,
  })
  .meta({ id: "Event" });

export const Amount = z
  .strictObject({
    amount: z.number().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code"),
    approx: z.boolean().optional(),
  })
  .meta({ id: "Amount" });

export const Item = z
  .strictObject({
    name: Text,
    aliases: z.array(Text).readonly().optional(),
    quantity: z.number().positive(),
    approx: z.boolean().optional(),
  })
  .meta({ id: "Item" });

export const Agreement = z
  .strictObject({
    type: z.literal("agreement"),
    id: Id,
    kind: z.enum(AGREEMENT_KINDS),
    title: Label,
    summary: Label,
    parties: z.array(CountryCode).readonly(),
    organizations: z.array(Id).readonly().optional(),
    date: DateValue.optional(),
    value: z.array(Amount).readonly().optional(),
    items: z.array(Item).readonly().optional(),
    event: Id.optional(),
    topics: z.array(Id).readonly(),
    evidence: requiredEvidence,
  })
  .meta({ id: "Agreement" });

/** The dataset's own translation of a quote into the other label language: never the speaker's words. */
export const Rendering = z
  .strictObject({
    language: z.enum(LABEL_LANGUAGES),
    text: Text,
    by: z.literal("dataset"),
  })
  .meta({ id: "Rendering" });

export const Quote = z
  .strictObject({
    type: z.literal("quote"),
    id: Id,
    speaker: Id,
    text: Text,
    language: z.enum(LANGUAGES),
    translated: z.boolean().optional(),
    rendering: Rendering,
    date: DateValue,
    event: Id.optional(),
    topics: z.array(Id).readonly(),
    evidence: requiredEvidence,
  })
  .meta({ id: "Quote" });

export const Topic = z
  .strictObject({
    type: z.literal("topic"),
    id: Id,
    label: Label,
    aliases,
    evidence: evidenceList.optional(),
    ...externalRecord,
  })
  .superRefine(evidencedOrExternal)
  .meta({ id: "Topic" });

export const DatasetRecord = z.discriminatedUnion("type", [
  Source,
  Country,
  Place,
  Organization,
  Person,
  Office,
  Event,
  Agreement,
  Quote,
  Topic,
]);

/** The hand-edited additions to a country record: aliases seen in the sources. */
export const CountryOverlay = z.strictObject({
  type: z.literal("country"),
  id: CountryCode,
  aliases: aliases.optional(),
  evidence: evidenceList.optional(),
  ...externalRecord,
});

export const schemas = {
  source: Source,
  country: Country,
  place: Place,
  organization: Organization,
  person: Person,
  office: Office,
  event: Event,
  agreement: Agreement,
  quote: Quote,
  topic: Topic,
} as const;
