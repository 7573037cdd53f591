/**
 * A brief as Markdown (CommonMark with GitHub's tables and footnotes): the
 * caveat first, each section as a table or a list, every line ending in its
 * footnote references, and the footnotes last.
 */
import type { IdMap } from "@korea-relations/model";
import type { Brief, BriefSection, Footnote } from "../BriefTypes.js";
import { BRIEF_WORDS } from "../briefWords.js";
import { escapeInline, escapeMarkdown } from "./escapeMarkdown.js";
import { footnoteParts } from "./footnoteParts.js";
import { type BriefFormatOptions, sourceHref, sourceLinkBase } from "./sourceHref.js";

/** Text ending in a full stop (one, not two). */
export const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

const refs = (notes: readonly number[]) => notes.map((n) => `[^${n}]`).join("");

function section<I extends IdMap>(brief: Brief<I>, s: BriefSection<I>): string[] {
  const out = [`## ${escapeMarkdown(s.heading)}`, ""];
  if (s.id === "barometer") {
    // The barometer's own caveat and formula stand beside it.
    out.push(`> ${escapeInline(brief.barometer.caveat)}`, "");
    out.push(`*${escapeInline(brief.barometer.formula)}*`, "");
  }
  if (s.lines.length === 0) return [...out, `*${escapeMarkdown(s.empty)}*`, ""];
  // Of a large dataset: what the section leaves out, under it.
  const omitted = s.omitted ? [`*${escapeMarkdown(s.omitted.text)}*`, ""] : [];
  if (s.layout === "list") {
    for (const line of s.lines) out.push(`- ${escapeMarkdown(line.text)} ${refs(line.notes)}`);
    return [...out, "", ...omitted];
  }
  out.push(`| ${s.columns.map(escapeInline).join(" | ")} |`);
  out.push(`|${s.columns.map(() => " --- |").join("")}`);
  for (const line of s.lines) {
    const cells = line.cells.map(escapeInline);
    cells[cells.length - 1] = `${cells[cells.length - 1] ?? ""} ${refs(line.notes)}`.trim();
    out.push(`| ${cells.join(" | ")} |`);
  }
  return [...out, "", ...omitted];
}

function footnote<I extends IdMap>(
  brief: Brief<I>,
  note: Footnote<I>,
  base: string | undefined,
): string {
  const words = BRIEF_WORDS[brief.lang];
  const parts = footnoteParts(note, brief.lang);
  const excerpt = escapeMarkdown(words.quote(parts.excerpt));
  const source = [
    parts.publisher && escapeMarkdown(parts.publisher),
    parts.title && `*${escapeMarkdown(parts.title)}*`,
    parts.sourceId && escapeMarkdown(parts.sourceId),
    parts.published && escapeMarkdown(parts.published),
    parts.position && escapeMarkdown(parts.position),
  ].filter(Boolean);
  const linked = base === undefined ? excerpt : `[${excerpt}](<${sourceHref(base, note)}>)`;
  const marks = parts.marks.map((mark) => ` ${escapeMarkdown(sentence(mark))}`).join("");
  return `[^${note.n}]: ${linked} — ${source.join(", ")}.${marks}`;
}

/**
 * The brief as Markdown; `{ sourceLinks }` links each footnote's excerpt to
 * the web page's source reader.
 *
 * ```ts
 * writeFileSync("kr-jp.md", briefMarkdown(brief(builtin(), "KR", "JP")));
 * ```
 */
export function briefMarkdown<I extends IdMap>(
  brief: Brief<I>,
  options?: BriefFormatOptions,
): string {
  const base = sourceLinkBase(options, "briefMarkdown");
  const words = BRIEF_WORDS[brief.lang];
  const out = [
    `# ${escapeMarkdown(brief.title)}`,
    "",
    `> **${escapeMarkdown(words.caveatLabel)}.** ${escapeMarkdown(brief.caveat.text)} ${refs(brief.caveat.notes)}`,
    "",
  ];
  for (const s of brief.sections) out.push(...section(brief, s));
  out.push(`## ${escapeMarkdown(words.footnotes)}`, "");
  for (const note of brief.footnotes) out.push(footnote(brief, note, base));
  return `${out.join("\n")}\n`;
}
