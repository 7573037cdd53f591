import type { SourcedEvidence } from "@korea-relations/core";
import type { Detail } from "../details/Detail.js";
import { dateText } from "../details/dateText.js";
import { cleanLine } from "../text/cleanText.js";
import { displayWidth, truncate } from "../text/truncate.js";
import { wrapText } from "../text/wrapText.js";
import { barText } from "./barText.js";
import type { Style } from "./createStyle.js";

/** Width of the lead column (field names, dates, partner names). */
export function leadWidth(detail: Detail, max = 26): number {
  let width = 0;
  for (const section of detail.sections)
    for (const row of section.rows)
      width = Math.max(width, displayWidth(cleanLine(row.lead ?? "")));
  return Math.min(max, width);
}

/**
 * A detail as plain text for `show`: the title, each section with its rows
 * (links end in `→ id`, so they can be shown in turn), then the evidence.
 * With `width` (a terminal) long rows wrap; without it nothing is cut. Every
 * piece of text is cleaned of anything a terminal would act on.
 */
export function renderDetail(
  detail: Detail,
  evidence: readonly SourcedEvidence[],
  options: { readonly style: Style; readonly width?: number },
): string {
  const { style, width } = options;
  const lead = leadWidth(detail);
  const out: string[] = [
    `${style.bold(cleanLine(detail.title))}  ${style.dim(`(${cleanLine(detail.kind)}) ${cleanLine(detail.id)}`)}`,
  ];
  for (const section of detail.sections) {
    out.push("", style.accent(cleanLine(section.title)));
    for (const row of section.rows) {
      const rowLead = row.lead === undefined ? undefined : cleanLine(row.lead);
      const head = `  ${rowLead === undefined ? " ".repeat(lead) : truncate(rowLead, lead) + " ".repeat(Math.max(0, lead - displayWidth(truncate(rowLead, lead))))}  `;
      const bar = row.bar ? `${barText(row.bar.value, row.bar.max, 20).padEnd(20)} ` : "";
      const link = row.ref
        ? style.dim(`  → ${cleanLine(row.ref)}`)
        : row.reader
          ? style.dim(`  → sources ${cleanLine(row.reader)}`)
          : "";
      const text = `${bar}${cleanLine(row.text)}`;
      if (width === undefined || !row.wrap) {
        out.push(`${head}${text}${link}`);
        continue;
      }
      const lines = wrapText(text, Math.max(20, width - displayWidth(head)));
      lines.forEach((line, i) => {
        out.push(
          `${i === 0 ? head : " ".repeat(displayWidth(head))}${line}${i === lines.length - 1 ? link : ""}`,
        );
      });
    }
  }
  if (evidence.length > 0) {
    out.push("", style.accent("Evidence"));
    for (const item of evidence) {
      out.push(`  “${cleanLine(item.quote)}”`);
      out.push(style.dim(`    — ${sourceLine(item)}`));
    }
  }
  return `${out.join("\n")}\n`;
}

/** Publisher, title, date (with basis) and language of an evidence's source. */
export function sourceLine(item: SourcedEvidence): string {
  const source = item.sourceRecord;
  const date = source.published
    ? `${dateText(source.published)} (${source.published.basis})`
    : "undated";
  return [source.publisher?.value, source.title?.value, date, source.language, source.id]
    .filter((part): part is string => Boolean(part))
    .map(cleanLine)
    .join(" · ");
}
