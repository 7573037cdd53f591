/**
 * A brief as one self-contained HTML document: inline styles only, no
 * scripts, no external requests (a Content-Security-Policy forbids them),
 * print-ready. Every line links to its footnotes; with `{ sourceLinks }`,
 * each footnote links to its passage in the web page's source reader.
 */
import type { IdMap } from "@korea-relations/model";
import type { Barometer } from "../BarometerTypes.js";
import type { Brief, BriefSection, Footnote } from "../BriefTypes.js";
import { BRIEF_WORDS } from "../briefWords.js";
import { sentence } from "./briefMarkdown.js";
import { BRIEF_CSS } from "./briefStyles.js";
import { escapeHtml as x } from "./escapeHtml.js";
import { footnoteParts } from "./footnoteParts.js";
import { type BriefFormatOptions, sourceHref, sourceLinkBase } from "./sourceHref.js";

const sup = (notes: readonly number[]) =>
  notes.length === 0
    ? ""
    : `<sup>${notes.map((n) => `<a href="#fn-${n}">${n}</a>`).join(", ")}</sup>`;

/** A diverging bar: conflict to the left, cooperation to the right, scaled to `max`. */
function bar(cooperation: number, conflict: number, max: number): string {
  const width = (n: number) => `${max === 0 ? 0 : Math.round((n / max) * 1000) / 10}%`;
  return `<div class="bar" aria-hidden="true"><div class="left"><span class="conflict" style="width:${width(conflict)}"></span></div><div class="right"><span class="coop" style="width:${width(cooperation)}"></span></div></div>`;
}

function table<I extends IdMap>(s: BriefSection<I>, barometer: Barometer<I>): string {
  const isBarometer = s.id === "barometer" || s.id === "barometerAbout";
  const role = s.id === "barometer" ? "party" : "about";
  const max = Math.max(
    0,
    ...barometer.periods.map((p) => Math.max(p[role].cooperation, p[role].conflict)),
  );
  const numeric = (i: number) => (isBarometer && i > 0) || (s.id === "sources" && i > 1);
  const head = s.columns
    .map((c, i) => `<th scope="col"${numeric(i) ? ' class="num"' : ""}>${x(c)}</th>`)
    .join("");
  const rows = s.lines.map((line) => {
    const cells = line.cells.map(
      (cell, i) => `<td${numeric(i) ? ' class="num"' : ""}>${x(cell)}</td>`,
    );
    if (isBarometer) {
      const period = barometer.periods.find((p) => p.period === line.cells[0]);
      cells.push(
        `<td>${period ? bar(period[role].cooperation, period[role].conflict, max) : ""}</td>`,
      );
    }
    // The footnotes of a row in a column of their own, so that long lists do not crowd a value.
    cells.push(`<td class="notes">${sup(line.notes)}</td>`);
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<div class="table"><table><thead><tr>${head}${isBarometer ? "<th></th>" : ""}<th></th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function section<I extends IdMap>(s: BriefSection<I>, barometer: Barometer<I>): string {
  const body =
    s.lines.length === 0
      ? `<p class="empty">${x(s.empty)}</p>`
      : s.layout === "table"
        ? table(s, barometer)
        : `<ul class="lines">${s.lines.map((l) => `<li>${x(l.text)}${sup(l.notes)}</li>`).join("")}</ul>`;
  // The barometer's own caveat and formula stand beside it.
  const aside =
    s.id === "barometer"
      ? `<p class="caveat" role="note">${x(barometer.caveat)}</p><p class="formula">${x(barometer.formula)}</p>`
      : "";
  // Of a large dataset: what the section leaves out, under it.
  const omitted = s.omitted ? `<p class="empty">${x(s.omitted.text)}</p>` : "";
  return `<section id="${s.id}"><h2>${x(s.heading)}</h2>${aside}${body}${omitted}</section>`;
}

function footnote<I extends IdMap>(brief: Brief<I>, note: Footnote<I>, base: string | undefined) {
  const parts = footnoteParts(note, brief.lang);
  const lang = note.language ? ` lang="${x(note.language)}"` : "";
  const quoted = `<q${lang}>${x(parts.excerpt)}</q>`;
  const excerpt =
    base === undefined ? quoted : `<a href="${x(sourceHref(base, note))}">${quoted}</a>`;
  const meta = [
    parts.publisher && x(parts.publisher),
    parts.title && `<cite>${x(parts.title)}</cite>`,
    parts.sourceId && x(parts.sourceId),
    parts.published && x(parts.published),
    parts.position && x(parts.position),
  ].filter(Boolean);
  const marks = parts.marks.map((m) => ` ${x(sentence(m))}`).join("");
  return `<li id="fn-${note.n}">${excerpt} <span class="meta">— ${meta.join(", ")}.</span>${marks}</li>`;
}

/**
 * The brief as a self-contained HTML document; `{ sourceLinks: "https://…/" }`
 * links each footnote to its passage in the web page's source reader.
 */
export function briefHtml<I extends IdMap>(brief: Brief<I>, options?: BriefFormatOptions): string {
  const base = sourceLinkBase(options, "briefHtml");
  const words = BRIEF_WORDS[brief.lang];
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  return `<!doctype html>
<html lang="${brief.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${x(brief.title)}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
<main>
<h1>${x(brief.title)}</h1>
<aside class="caveat" role="note"><strong>${x(words.caveatLabel)}.</strong> ${x(brief.caveat.text)}${sup(brief.caveat.notes)}</aside>
${brief.sections.map((s) => section(s, brief.barometer)).join("\n")}
<section id="footnotes"><h2>${x(words.footnotes)}</h2><ol class="footnotes">${brief.footnotes
    .map((note) => footnote(brief, note, base))
    .join("")}</ol></section>
</main>
</body>
</html>
`;
}
