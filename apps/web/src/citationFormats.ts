import { inQuotes } from "@korea-relations/core";

/** A passage a record rests on, with what identifies its source. */
export interface CitedPassage {
  readonly source: string;
  /** The source's kind (`news-report`, `government-release`…). */
  readonly kind: string;
  readonly title?: string;
  readonly publisher?: string;
  /** Partial ISO date (`2020`, `2020-08`, `2020-08-10`). */
  readonly published?: string;
  readonly url?: string;
  readonly language: string;
  readonly quote: string;
}

/** What a citation of one record names. */
export interface CitationData {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  /** The record's page. */
  readonly url: string;
  /** The dataset's name and version (`DATASET_VERSION`, or a file's name and size). */
  readonly dataset: string;
  readonly version: string;
  /** The day of access, `YYYY-MM-DD`. */
  readonly accessed: string;
  readonly passages: readonly CitedPassage[];
}

const AUTHOR = "korea-relations contributors";

/** Citations are written in English ("version", "Accessed"): quotes stand in its quotation marks. */
const CITATION_LANGUAGE = "en";

/** A passage's source as one line: publisher, title in quotation marks, date, address. */
function sourceLine(p: CitedPassage): string {
  return [
    p.publisher,
    p.title ? inQuotes(p.title, CITATION_LANGUAGE) : p.source,
    p.published,
    p.url,
  ]
    .filter(Boolean)
    .join(", ");
}

/** The passages grouped by source, in order of first appearance. */
function bySource(passages: readonly CitedPassage[]): CitedPassage[][] {
  const groups = new Map<string, CitedPassage[]>();
  for (const p of passages) groups.set(p.source, [...(groups.get(p.source) ?? []), p]);
  return [...groups.values()];
}

/** A citation as plain text: the dataset, version, record and page, then each source's passages. */
export function plainCitation(d: CitationData): string {
  const lines = [
    `${d.dataset}, version ${d.version}. ${inQuotes(d.label, CITATION_LANGUAGE)} (${d.type} ${d.id}). ${d.url}. Accessed ${d.accessed}.`,
  ];
  const groups = bySource(d.passages);
  if (groups.length > 0) lines.push("Sources:");
  groups.forEach((group, i) => {
    lines.push(`[${i + 1}] ${sourceLine(group[0] as CitedPassage)}`);
    for (const p of group) lines.push(`    ${inQuotes(p.quote, CITATION_LANGUAGE)}`);
  });
  return lines.join("\n");
}

/** Text made safe inside a BibTeX field: its special characters escaped. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "^" ? "\\^{}" : c === "~" ? "\\~{}" : `\\${c}`,
  );
}

/** A BibTeX key: letters, digits and `-:_.` only. */
const bibtexKey = (id: string) => `korea-relations:${id.replace(/[^\w.:-]+/g, "-")}`;

/** An address in a BibTeX field: as written, braces and spaces escaped so the field stays whole. */
const bibtexUrl = (url: string) =>
  url.replace(/[{}\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A citation as a BibTeX `@misc` entry naming the dataset's version and the passages. */
export function bibtexCitation(d: CitationData): string {
  const notes = bySource(d.passages).map(
    (group) =>
      `${bibtexText(sourceLine(group[0] as CitedPassage))}: ${group.map((p) => bibtexText(inQuotes(p.quote, CITATION_LANGUAGE))).join(" ")}`,
  );
  const fields: [string, string][] = [
    ["title", `{${bibtexText(d.label)}}`],
    ["author", `{{${AUTHOR}}}`],
    ["howpublished", `{${bibtexText(`${d.dataset}, version ${d.version}, ${d.type} ${d.id}`)}}`],
    ["version", `{${bibtexText(d.version)}}`],
    ["url", `{${bibtexUrl(d.url)}}`],
    ["urldate", `{${d.accessed}}`],
    ["year", `{${d.accessed.slice(0, 4)}}`],
  ];
  if (notes.length > 0) fields.push(["note", `{Sources: ${notes.join("; ")}}`]);
  return `@misc{${bibtexKey(d.id)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n")}\n}`;
}

const dateParts = (date: string) => ({
  "date-parts": [
    date
      .split("-")
      .map(Number)
      .filter((n) => Number.isFinite(n)),
  ],
});

const CSL_TYPES: Record<string, string> = {
  "news-report": "article-newspaper",
  "press-agency-report": "article-newspaper",
  analysis: "article",
  "government-release": "document",
};

/**
 * A citation as CSL-JSON: the record as a `dataset` item (with the version),
 * then one item per source with its passages in `note`.
 */
export function cslCitation(d: CitationData): object[] {
  const groups = bySource(d.passages);
  return [
    {
      id: bibtexKey(d.id),
      type: "dataset",
      title: d.label,
      author: [{ literal: AUTHOR }],
      "container-title": d.dataset,
      version: d.version,
      genre: `${d.type} record`,
      number: d.id,
      URL: d.url,
      accessed: dateParts(d.accessed),
      references: groups.map((g) => `source:${g[0]?.source}`).join("; "),
    },
    ...groups.map((group) => {
      const p = group[0] as CitedPassage;
      return {
        id: `source:${p.source}`,
        type: CSL_TYPES[p.kind] ?? "document",
        title: p.title ?? p.source,
        ...(p.publisher ? { publisher: p.publisher, "container-title": p.publisher } : {}),
        ...(p.published ? { issued: dateParts(p.published) } : {}),
        ...(p.url ? { URL: p.url } : {}),
        language: p.language,
        note: group.map((x) => inQuotes(x.quote, CITATION_LANGUAGE)).join("\n"),
      };
    }),
  ];
}
