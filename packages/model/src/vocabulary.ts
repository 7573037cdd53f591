/**
 * Closed vocabularies of the data model. The TypeScript types, the
 * validator's schema and the JSON Schema all derive their unions from these
 * arrays, so a value is added in one place only.
 */

/** Every record type of the dataset. */
export const RECORD_TYPES = [
  "source",
  "country",
  "place",
  "organization",
  "person",
  "office",
  "event",
  "agreement",
  "quote",
  "topic",
] as const;

/** How a fact is known: said by a source, inferred from the sources, or from outside them. */
export const BASES = ["stated", "inferred", "external"] as const;

/** What kind of text a source is. */
export const SOURCE_KINDS = [
  "government-release",
  "news-report",
  "analysis",
  "press-agency-report",
  "other",
] as const;

/** Credited roles of people in a source. */
export const CREDIT_ROLES = ["author", "editor", "photographer"] as const;

/** Kinds of places. */
export const PLACE_KINDS = ["city", "site", "building", "region", "sea", "island"] as const;

/** Kinds of organizations. */
export const ORGANIZATION_KINDS = [
  "intergovernmental-body",
  "ministry",
  "agency",
  "military",
  "court",
  "legislature",
  "parliamentary-group",
  "political-party",
  "initiative",
  "university",
  "foundation",
  "company",
  "media",
  "other",
] as const;

/** Roles an office carries (a president can be head of state and of government). */
export const ROLES = [
  "head-of-state",
  "head-of-government",
  "foreign-minister",
  "vice-foreign-minister",
  "defense-minister",
  "intelligence-chief",
  "legislator",
  "diplomat",
  "intelligence-officer",
  "academic",
  "journalist",
  "representative",
  "other",
] as const;

/**
 * The name of each office role in the label languages (English in lower
 * case, as it stands inside a sentence; German nouns as German writes them):
 * the words the brief, the web page and the TUI write for a role.
 */
export const ROLE_NAMES = {
  "head-of-state": { en: "head of state", de: "Staatsoberhaupt" },
  "head-of-government": { en: "head of government", de: "Regierungschef" },
  "foreign-minister": { en: "foreign minister", de: "Außenminister" },
  "vice-foreign-minister": { en: "vice foreign minister", de: "Vize-Außenminister" },
  "defense-minister": { en: "defence minister", de: "Verteidigungsminister" },
  "intelligence-chief": { en: "intelligence chief", de: "Geheimdienstchef" },
  legislator: { en: "legislator", de: "Abgeordneter" },
  diplomat: { en: "diplomat", de: "Diplomat" },
  "intelligence-officer": { en: "intelligence officer", de: "Geheimdienstler" },
  academic: { en: "academic", de: "Wissenschaftler" },
  journalist: { en: "journalist", de: "Journalist" },
  representative: { en: "representative", de: "Vertreter" },
  other: { en: "other", de: "Sonstiges" },
} as const satisfies {
  readonly [K in (typeof ROLES)[number]]: {
    readonly [L in (typeof LABEL_LANGUAGES)[number]]: string;
  };
};

/**
 * Whether a term has ended as far as the sources and the public record show:
 * `current` (no end) or `former` (an end, or a source showing the person as a
 * former holder).
 */
export const OFFICE_STATUSES = ["current", "former"] as const;

/** Kinds of events. */
export const EVENT_KINDS = [
  "meeting",
  "summit",
  "talks",
  "dialogue",
  "visit",
  "press-conference",
  "conference",
  "forum",
  "speech",
  "statement",
  "agreement-signing",
  "ruling",
  "tariff",
  "sanction",
  "export-control",
  "weapons-test",
  "weapons-unveiling",
  "military-buildup",
  "deployment",
  "exercise",
  "arms-deal",
  "mediation",
  "territorial-action",
  "appointment",
  "cooperation",
  "war",
] as const;

/**
 * The name of each event kind in the label languages (English in lower case,
 * as it stands inside a sentence; German nouns as German writes them). Typed
 * over every kind and language, so a new kind is a compile error here until
 * it has its names.
 */
export const EVENT_KIND_NAMES = {
  meeting: { en: "meeting", de: "Treffen" },
  summit: { en: "summit", de: "Gipfel" },
  talks: { en: "talks", de: "Gespräche" },
  dialogue: { en: "dialogue", de: "Dialog" },
  visit: { en: "visit", de: "Besuch" },
  "press-conference": { en: "press conference", de: "Pressekonferenz" },
  conference: { en: "conference", de: "Konferenz" },
  forum: { en: "forum", de: "Forum" },
  speech: { en: "speech", de: "Rede" },
  statement: { en: "statement", de: "Erklärung" },
  "agreement-signing": { en: "agreement signing", de: "Unterzeichnung" },
  ruling: { en: "ruling", de: "Urteil" },
  tariff: { en: "tariff", de: "Zoll" },
  sanction: { en: "sanction", de: "Sanktion" },
  "export-control": { en: "export control", de: "Exportkontrolle" },
  "weapons-test": { en: "weapons test", de: "Waffentest" },
  "weapons-unveiling": { en: "weapons unveiling", de: "Waffenvorstellung" },
  "military-buildup": { en: "military build-up", de: "Aufrüstung" },
  deployment: { en: "deployment", de: "Stationierung" },
  exercise: { en: "exercise", de: "Manöver" },
  "arms-deal": { en: "arms deal", de: "Rüstungsgeschäft" },
  mediation: { en: "mediation", de: "Vermittlung" },
  "territorial-action": { en: "territorial action", de: "Territoriale Maßnahme" },
  appointment: { en: "appointment", de: "Ernennung" },
  cooperation: { en: "cooperation", de: "Zusammenarbeit" },
  war: { en: "war", de: "Krieg" },
} as const satisfies {
  readonly [K in (typeof EVENT_KINDS)[number]]: {
    readonly [L in (typeof LABEL_LANGUAGES)[number]]: string;
  };
};

/** Whether an event has happened at the source's date or is still ahead. */
export const EVENT_STATUSES = ["occurred", "planned"] as const;

/** PLOVER 2.0 event types (16). */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

/** PLOVER 2.0 modes of each event type (empty where PLOVER defines none). */
export const PLOVER_MODES = {
  AGREE: [],
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
  REQUEST: ["assist", "change", "yield", "meet"],
  ACCUSE: ["disapprove", "investigate", "allege"],
  REJECT: ["assist", "change", "yield", "meet"],
  THREATEN: ["restrict", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
  SANCTION: ["convict", "expel", "withdraw", "discontinue"],
  MOBILIZE: ["troops", "weapons", "police", "militia"],
  COERCE: [
    "seize",
    "restrict",
    "censor",
    "curfew",
    "martial-law",
    "arrest",
    "deport",
    "withhold",
    "misinformation",
    "cyber",
  ],
  ASSAULT: [
    "abduct",
    "beat",
    "torture",
    "sexual",
    "targeted",
    "destroy",
    "primitive",
    "firearms",
    "explosives",
    "suicide-attack",
    "aerial",
    "drone",
    "heavy-weapons",
    "crowd-control",
    "unconventional",
  ],
} as const satisfies Record<(typeof PLOVER_TYPES)[number], readonly string[]>;

/** CAMEO root codes with their names. */
export const CAMEO_ROOTS = {
  "01": "Make public statement",
  "02": "Appeal",
  "03": "Express intent to cooperate",
  "04": "Consult",
  "05": "Engage in diplomatic cooperation",
  "06": "Engage in material cooperation",
  "07": "Provide aid",
  "08": "Yield",
  "09": "Investigate",
  "10": "Demand",
  "11": "Disapprove",
  "12": "Reject",
  "13": "Threaten",
  "14": "Protest",
  "15": "Exhibit force posture",
  "16": "Reduce relations",
  "17": "Coerce",
  "18": "Assault",
  "19": "Fight",
  "20": "Use unconventional mass violence",
} as const;

/** CAMEO root codes `01`–`20`. */
export const CAMEO_ROOT_CODES = Object.keys(CAMEO_ROOTS) as (keyof typeof CAMEO_ROOTS)[];

/** Kinds of agreements. */
export const AGREEMENT_KINDS = [
  "treaty",
  "pact",
  "joint-declaration",
  "memorandum",
  "arms-contract",
  "commitment",
  "task-force",
  "other",
] as const;

/** The name of each agreement kind in the label languages, as the brief, the web page and the TUI write it. */
export const AGREEMENT_KIND_NAMES = {
  treaty: { en: "treaty", de: "Vertrag" },
  pact: { en: "pact", de: "Pakt" },
  "joint-declaration": { en: "joint declaration", de: "Gemeinsame Erklärung" },
  memorandum: { en: "memorandum", de: "Absichtserklärung" },
  "arms-contract": { en: "arms contract", de: "Rüstungsvertrag" },
  commitment: { en: "commitment", de: "Zusage" },
  "task-force": { en: "task force", de: "Arbeitsgruppe" },
  other: { en: "other", de: "Sonstiges" },
} as const satisfies {
  readonly [K in (typeof AGREEMENT_KINDS)[number]]: {
    readonly [L in (typeof LABEL_LANGUAGES)[number]]: string;
  };
};

/**
 * Where on its page a passage of a source stands, from most to least
 * prominent; `body` is the default. Every one is content: evidence carries
 * its position so that a reader can weigh a teaser against the body.
 */
export const CONTENT_POSITIONS = [
  "headline",
  "teaser",
  "caption",
  "tag",
  "link",
  "credit",
  "body",
] as const;

/** Positions that are not content (a source lists them with a reason): left out of the reading text and of coverage. */
export const NON_CONTENT_POSITIONS = ["navigation", "ad"] as const;

/** Every position a source's page region can have. */
export const PAGE_POSITIONS = [...CONTENT_POSITIONS, ...NON_CONTENT_POSITIONS] as const;

/** Languages of sources and quotes (BCP 47). */
export const LANGUAGES = ["en", "de", "ko", "ja", "zh"] as const;

/** Languages of labels the data writes itself. */
export const LABEL_LANGUAGES = ["en", "de"] as const;

/** The name of each language of sources and quotes in the label languages. */
export const LANGUAGE_NAMES = {
  en: { en: "English", de: "Englisch" },
  de: { en: "German", de: "Deutsch" },
  ko: { en: "Korean", de: "Koreanisch" },
  ja: { en: "Japanese", de: "Japanisch" },
  zh: { en: "Chinese", de: "Chinesisch" },
} as const satisfies {
  readonly [K in (typeof LANGUAGES)[number]]: {
    readonly [L in (typeof LABEL_LANGUAGES)[number]]: string;
  };
};
