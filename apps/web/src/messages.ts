import {
  AGREEMENT_KIND_NAMES,
  EVENT_KIND_NAMES,
  LANGUAGE_NAMES,
  type Label,
  type LabelLanguage,
  RELATION_HEADINGS,
  type RecordType,
  type Relation,
  ROLE_NAMES,
} from "@korea-relations/core";

/** Every string of the interface, in one language. */
export interface Messages {
  readonly title: string;
  readonly tagline: string;
  readonly skip: string;
  readonly switchTo: string;
  readonly switchLabel: string;
  readonly nav: {
    readonly home: string;
    readonly timeline: string;
    readonly network: string;
    readonly sources: string;
    readonly open: string;
  };
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchHint: string;
  readonly results: (count: number, query: string) => string;
  readonly noResults: (query: string) => string;
  readonly resultsRange: (from: number, to: number, total: number, query: string) => string;
  readonly searching: string;
  readonly preparingSearch: string;
  readonly resultPages: string;
  readonly previous: string;
  readonly next: string;
  readonly pageOf: (page: number, pages: number) => string;
  /** Names of matched fields that are not record fields. */
  readonly downloadResults: (n: number) => string;
  readonly downloadList: (n: number) => string;
  readonly downloadTimeline: (n: number) => string;
  readonly downloaded: string;
  readonly showMore: (next: number, left: number) => string;
  readonly loadFailed: string;
  /** Said when the other language's strings could not be loaded (the page stays in its language). */
  readonly switchFailed: string;
  readonly loadFailedHint: string;
  readonly home: {
    readonly figures: string;
    readonly perYear: string;
    readonly openTimeline: string;
    readonly span: (from: number, to: number) => string;
    readonly yourData: (version: string) => string;
    readonly searchHint: string;
    readonly examples: readonly string[];
  };
  readonly open: {
    readonly link: string;
    readonly heading: string;
    readonly intro: string;
    readonly choose: string;
    readonly drop: string;
    readonly reading: (name: string) => string;
    readonly checking: (n: number) => string;
    readonly preparing: string;
    readonly problems: (name: string, n: number) => string;
    readonly record: (index: number, id: string | undefined) => string;
    readonly json: (line: number, column: number) => string;
    readonly empty: string;
    readonly tooLarge: (mb: number) => string;
    readonly unreadable: string;
    readonly more: (n: number) => string;
    readonly showing: (name: string) => string;
    readonly back: string;
    readonly version: (records: number, size: string) => string;
  };
  readonly cite: {
    readonly summary: string;
    readonly intro: string;
    readonly plain: string;
    readonly copy: string;
    readonly copied: string;
  };
  readonly types: Record<RecordType, readonly [singular: string, plural: string]>;
  readonly explore: string;
  readonly intro: string;
  readonly notFound: string;
  readonly notFoundHint: string;
  readonly didYouMean: string;
  readonly basis: { readonly stated: string; readonly inferred: string; readonly external: string };
  readonly evidence: string;
  readonly evidenceN: (n: number) => string;
  readonly showInSource: string;
  readonly noEvidence: string;
  readonly undated: string;
  /** Before a quantity a source gives only roughly, as core's `amountWords` marks a sum. */
  readonly approx: string;
  readonly planned: string;
  readonly translated: string;
  /** Field labels; a field named as a relation is labelled with core's heading unless given here. */
  readonly fields: Record<keyof typeof fieldsEn | Relation, string>;
  readonly kinds: Record<string, string>;
  readonly timeline: {
    readonly heading: string;
    readonly intro: string;
    readonly country: string;
    readonly kind: string;
    readonly topic: string;
    readonly group: string;
    readonly byKind: string;
    readonly byPartner: string;
    readonly all: string;
    readonly count: (n: number) => string;
    readonly none: string;
    readonly onlyKorea: string;
    readonly legendVague: string;
    readonly legendPlanned: string;
    readonly chartLabel: string;
    readonly dense: (limit: string) => string;
    readonly list: string;
    readonly about: string;
    readonly legendAbout: string;
    readonly keys: string;
  };
  readonly network: {
    readonly heading: string;
    readonly intro: string;
    readonly chartLabel: string;
    readonly nodes: string;
    readonly edges: string;
    readonly between: string;
    readonly and: string;
    readonly shared: string;
    readonly first: string;
    readonly last: string;
    readonly name: string;
    readonly events: string;
    readonly kind: string;
    readonly node: (name: string, events: number) => string;
    readonly zoom: string;
    readonly tables: (pairs: number, nodes: number) => string;
    /** Under a chart that shows only the strongest pairs. */
    readonly strongest: (shown: number, pairs: number) => string;
    readonly downloadPairs: string;
    readonly downloadNodes: string;
  };
  readonly source: {
    readonly article: string;
    readonly loading: string;
    readonly passages: (n: number) => string;
    /** The heading of the list of cited passages. */
    readonly cited: string;
    /** "Passage 3" (a margin marker's name). */
    readonly passageN: (n: number) => string;
    readonly supports: string;
    readonly backToText: string;
    readonly noText: string;
    /** Where on the page a block stands (body has none). */
    readonly positions: Record<
      "headline" | "teaser" | "caption" | "tag" | "link" | "credit" | "body",
      string
    >;
  };
  /** A quote's rendering in the page's language: the dataset's translation. */
  readonly rendering: string;
  readonly eventsCount: (n: number) => string;
  /** Headings that read better on one kind of page than core's `relationHeading`. */
  readonly relatedOn: { readonly [T in RecordType]?: Partial<Record<Relation, string>> };
  /** The label of the record-wide evidence markers under a heading. */
  readonly recordEvidence: string;
  readonly term: {
    readonly since: (date: string) => string;
    readonly until: (date: string) => string;
    readonly seen: string;
    readonly former: string;
  };
  readonly partnersHint: string;
  readonly networkView: { readonly label: string; readonly chart: string; readonly list: string };
  readonly openTimeline: string;
  readonly brief: BriefMessages;
  readonly footer: string;
  readonly navLabel: string;
}

/** The brief page and the barometer chart. */
export interface BriefMessages {
  /** The link on a country page. */
  readonly link: string;
  /** The link in each partner row, and its name for screen readers. */
  readonly pairLink: string;
  readonly pairLabel: (pair: string) => string;
  readonly pairColumn: string;
  readonly caveat: string;
  readonly footnotes: string;
  readonly notes: string;
  readonly noteLabel: (n: number) => string;
  readonly print: string;
  readonly countries: string;
  readonly alone: (country: string) => string;
  readonly position: string;
  readonly unknownCountry: (code: string) => string;
  readonly briefOf: (country: string) => string;
  readonly barometer: string;
  readonly chartTitle: (countries: string) => string;
  readonly chartSummary: (
    from: string,
    to: string,
    party: readonly [cooperation: number, conflict: number],
    about: readonly [cooperation: number, conflict: number],
  ) => string;
  readonly cooperation: string;
  readonly conflict: string;
  readonly verbal: string;
  readonly material: string;
  readonly party: string;
  readonly about: string;
  readonly net: string;
  readonly period: string;
  readonly hint: string;
  readonly table: string;
  readonly tableOf: (heading: string) => string;
  readonly listHeading: (period: string, side: string, role: string, n: number) => string;
  readonly barLabel: (period: string, side: string, role: string, n: number) => string;
  readonly close: string;
}

const fieldsEn = {
  date: "Date",
  place: "Place",
  kind: "Kind",
  status: "Status",
  countries: "Parties",
  plover: "PLOVER",
  cameo: "CAMEO",
  names: "Names",
  native: "Native name",
  aliases: "Also written",
  description: "Description",
  partners: "Partners",
  person: "Person",
  role: "Role",
  title: "Title",
  observed: "Observed",
  start: "Since",
  end: "Until",
  language: "Language",
  value: "Value",
  items: "Items",
  publisher: "Publisher",
  published: "Published",
  url: "Address",
  summary: "Summary",
  alpha3: "ISO code",
};

/** One language's column of one of core's `{ en, de }` tables. */
export const inLanguage = <K extends string>(
  table: Readonly<Record<K, Label>>,
  lang: LabelLanguage,
): Record<K, string> =>
  Object.fromEntries(
    Object.entries<Label>(table).map(([key, words]) => [key, words[lang]]),
  ) as Record<K, string>;

/** The model's names of event kinds, roles, agreement kinds and languages (shared with core's brief). */
export const vocabularyNames = (lang: LabelLanguage): Record<string, string> => ({
  ...inLanguage(EVENT_KIND_NAMES, lang),
  ...inLanguage(ROLE_NAMES, lang),
  ...inLanguage(AGREEMENT_KIND_NAMES, lang),
  ...inLanguage(LANGUAGE_NAMES, lang),
});

/** The interface strings in English (the page's first language; German loads as a chunk of its own). */
export const messagesEn: Messages = {
  title: "Korea relations",
  tagline: "South Korea's foreign and security relations, from the sources",
  skip: "Skip to content",
  switchTo: "Deutsch",
  switchLabel: "Auf Deutsch anzeigen",
  nav: {
    home: "Home",
    timeline: "Timeline",
    network: "Network",
    sources: "Sources",
    open: "Your data",
  },
  searchLabel: "Search",
  searchPlaceholder: "Search people, countries, events…",
  searchHint:
    "Type a name in any spelling – Südkorea, ROK, Kyung-wha Kang, 강경화 – or a word from a summary or quote.",
  results: (n, q) => `${n} ${n === 1 ? "result" : "results"} for “${q}”`,
  noResults: (q) => `Nothing found for “${q}”.`,
  resultsRange: (from, to, total, q) => `Results ${from}–${to} of ${total} for “${q}”`,
  searching: "Searching…",
  preparingSearch: "Preparing the search…",
  resultPages: "Result pages",
  previous: "Previous",
  next: "Next",
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  downloadResults: (n) => `Download all ${n} ${n === 1 ? "result" : "results"}`,
  downloadList: (n) => `Download this list (${n})`,
  downloadTimeline: (n) => `Download these ${n} ${n === 1 ? "event" : "events"}`,
  downloaded: "Download ready.",
  showMore: (next, left) => `Show ${next} more (${left} left)`,
  loadFailed: "This view could not be loaded",
  switchFailed: "The German interface could not be loaded; the page stays in English.",
  loadFailedHint: "Reload the page to try again.",
  home: {
    figures: "The dataset in figures",
    perYear: "Events per year",
    openTimeline: "Open the timeline",
    span: (from, to) => `Events from ${from} to ${to}, each with the source passages it rests on.`,
    yourData: (version) => `Your own data, opened in this page: ${version}.`,
    searchHint:
      "Search from the box at the top of every page: names in any spelling, dates, amounts, several words.",
    examples: ["Kyung-wha Kang", "Südkorea", "1 Nov 2025", "15bn", "strategic dialogue"],
  },
  open: {
    link: "Open your own data",
    heading: "Open your own data",
    intro:
      "Open a dataset file of the published shape: dataset.json (a JSON array of records) or NDJSON (one record per line). It is read and checked here, in your browser, by the same code that checks the built-in data. Nothing is uploaded; reloading the page forgets it.",
    choose: "Choose a file",
    drop: "or drop it here",
    reading: (name) => `Reading ${name}…`,
    checking: (n) => `Checking ${n} ${n === 1 ? "record" : "records"}…`,
    preparing: "Preparing the pages…",
    problems: (name, n) => `${name} cannot be opened: ${n} ${n === 1 ? "problem" : "problems"}.`,
    record: (index, id) => `record ${index}${id === undefined ? "" : ` (${id})`}`,
    json: (line, column) => `line ${line}, column ${column}: not valid JSON`,
    empty: "the file is empty",
    tooLarge: (mb) => `the file is larger than ${mb} MB`,
    unreadable: "the file could not be read as a dataset",
    more: (n) => `…and ${n} more`,
    showing: (name) => `Showing your file ${name}, not the built-in dataset.`,
    back: "Back to the built-in dataset",
    version: (records, size) => `${records} records, ${size}`,
  },
  cite: {
    summary: "Cite this",
    intro: "A citation of this record, naming the dataset's version and the passages it rests on.",
    plain: "Text",
    copy: "Copy",
    copied: "Copied.",
  },
  types: {
    source: ["Source", "Sources"],
    country: ["Country", "Countries"],
    place: ["Place", "Places"],
    organization: ["Organization", "Organizations"],
    person: ["Person", "People"],
    office: ["Office", "Offices"],
    event: ["Event", "Events"],
    agreement: ["Agreement", "Agreements"],
    quote: ["Quote", "Quotes"],
    topic: ["Topic", "Topics"],
  },
  explore: "Explore",
  intro:
    "Who met whom, when, where, in which office, about what, what they agreed and what they said – compiled from news articles in English and German. Every fact links to the verbatim passage of the source it rests on.",
  notFound: "Not found",
  notFoundHint: "There is no record at this address.",
  didYouMean: "Did you mean",
  basis: { stated: "stated", inferred: "inferred", external: "external" },
  evidence: "Evidence",
  evidenceN: (n) => `Evidence ${n}`,
  showInSource: "Show in the source",
  noEvidence: "No evidence recorded.",
  undated: "undated",
  approx: "approx.",
  planned: "planned",
  translated: "translated by the source",
  fields: { ...inLanguage(RELATION_HEADINGS, "en"), ...fieldsEn },
  kinds: vocabularyNames("en"),
  timeline: {
    heading: "Timeline",
    intro: "Events over time. Filter them, and choose one to open it.",
    country: "Country",
    kind: "Kind",
    topic: "Topic",
    group: "Rows",
    byKind: "by kind",
    byPartner: "by partner country",
    all: "All",
    count: (n) => `${n} ${n === 1 ? "event" : "events"}`,
    none: "No events match these filters.",
    onlyKorea: "South Korea alone",
    legendVague: "month or year only",
    legendPlanned: "planned",
    chartLabel: "Events over time",
    dense: (limit) =>
      `More events than can be drawn one by one (over ${limit}): the chart counts them per year and row, darker for more. Filter by country, kind or topic to see each event.`,
    list: "Events in date order",
    about: "about it",
    legendAbout: "about the country, which takes no part",
    keys: "Arrow keys move between events, Enter opens one.",
  },
  network: {
    heading: "Relations network",
    intro:
      "Countries and organizations that take part in the same events. Lines are thicker the more events two share; South Korea is at the centre.",
    chartLabel: "Relations network",
    nodes: "Taking part",
    edges: "Shared events",
    between: "Between",
    and: "and",
    shared: "Events",
    first: "First",
    last: "Last",
    name: "Name",
    events: "Events",
    kind: "Kind",
    node: (name, n) => `${name}: ${n} ${n === 1 ? "event" : "events"}`,
    zoom: "Full size",
    tables: (pairs, nodes) => `The numbers: ${pairs} pairs, ${nodes} taking part`,
    strongest: (shown, pairs) =>
      `The chart shows the ${shown} pairs with the most shared events, of ${pairs}; the list and the numbers below have them all.`,
    downloadPairs: "Download the pairs",
    downloadNodes: "Download those taking part",
  },
  source: {
    article: "The article",
    loading: "Loading the article…",
    passages: (n) =>
      `${n} cited ${n === 1 ? "passage is" : "passages are"} numbered in the margin; the one you came for is highlighted.`,
    cited: "Cited passages",
    passageN: (n) => `Passage ${n}`,
    supports: "Supports",
    backToText: "Show in the text",
    noText:
      "The article's text is not available here; the cited excerpts are listed on each record.",
    positions: {
      headline: "Headline",
      teaser: "Teaser",
      caption: "Caption",
      tag: "Tag",
      link: "Link",
      credit: "Credit",
      body: "Text",
    },
  },
  rendering: "Translation by the dataset",
  eventsCount: (n) => `${n} ${n === 1 ? "event" : "events"}`,
  relatedOn: {
    country: {
      events: "Events it takes part in",
      eventsAbout: "Events about it, without taking part",
      offices: "Government and officials",
      agreements: "Agreements it is party to",
      quotes: "Said at its events",
      organizations: "Its organizations",
    },
    place: { agreements: "Agreements reached here", quotes: "Said here" },
    person: {
      events: "Events taken part in",
      agreements: "Agreements reached at their events",
    },
    organization: { offices: "Officials", events: "Events taken part in", quotes: "Statements" },
    office: { events: "Events in this office" },
    event: { agreements: "Agreements reached", quotes: "Said at this event" },
  },
  recordEvidence: "Evidence for this record:",
  term: {
    since: (d) => `since ${d}`,
    until: (d) => `until ${d}`,
    seen: "seen in office",
    former: "former",
  },
  partnersHint: "Countries taking part in the same events",
  networkView: { label: "Show as", chart: "Chart", list: "List" },
  openTimeline: "Show on the timeline",
  brief: {
    link: "Brief",
    pairLink: "Brief for the pair",
    pairLabel: (pair) => `Brief for the pair: ${pair}`,
    pairColumn: "Brief",
    caveat: "Caveat",
    footnotes: "Footnotes",
    notes: "Notes",
    noteLabel: (n) => `Footnote ${n}`,
    print: "Print",
    countries: "Countries",
    alone: (c) => `${c} alone`,
    position: "on the page",
    unknownCountry: (code) => `No country has the code “${code}”.`,
    briefOf: (c) => `Brief: ${c}`,
    barometer: "Barometer: cooperation and conflict",
    chartTitle: (c) => `Cooperation and conflict by year: ${c}`,
    chartSummary: (from, to, party, about) =>
      `${from} to ${to}. Events they take part in: ${party[0]} of cooperation, ${party[1]} of conflict. Events about them: ${about[0]} of cooperation, ${about[1]} of conflict. Cooperation is drawn above the axis, conflict below; the table below has every number.`,
    cooperation: "cooperation",
    conflict: "conflict",
    verbal: "verbal",
    material: "material",
    party: "taking part",
    about: "about them",
    net: "Net",
    period: "Year",
    hint: "Select a bar to list its events.",
    table: "The chart as a table",
    tableOf: (heading) => `Table: ${heading}`,
    listHeading: (period, side, role, n) => `${period}, ${side}, ${role}: ${n} events`,
    barLabel: (period, side, role, n) => `${period}, ${side}, ${role}: ${n}`,
    close: "Close the list",
  },
  footer:
    "Data CC BY 4.0 · code MIT · the article texts are their publishers’ and quoted only so that every excerpt can be checked. This page works offline and sends nothing anywhere.",
  navLabel: "Main",
};

let german: Promise<Messages> | undefined;

/** The interface strings in `lang`: English at once, German from its chunk (fetched once). */
export function loadMessages(lang: LabelLanguage): Messages | Promise<Messages> {
  if (lang === "en") return messagesEn;
  german ??= import("./messagesDe.js").then((module) => module.messagesDe);
  return german;
}
