import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import type { ViewContext } from "./viewContext.js";

/** The day as `YYYY-MM-DD`, in the reader's time zone. */
const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * "Cite this" for a record: a disclosure that, when opened, shows the record's
 * citation as plain text, BibTeX and CSL-JSON, each naming the dataset's
 * version and the source passages the record rests on, each with a copy
 * button. The formats' code loads when first opened.
 */
export function citeThis(id: string, ctx: ViewContext): HTMLElement {
  const { m, r } = ctx;
  const body = h("div", { class: "cite-body" });
  const details = h(
    "details",
    { class: "cite-this" },
    h("summary", null, m.cite.summary),
    h("p", { class: "detail" }, m.cite.intro),
    body,
  );
  let filled = false;
  details.addEventListener("toggle", async () => {
    if (!details.open || filled) return;
    filled = true;
    const record = r.get(id);
    const formats = await import("./citationFormats.js");
    const data = {
      id,
      type: record.type,
      label: r.recordLabel(record, ctx.lang),
      url: `${location.origin}${location.pathname}${recordHref(record.type, id)}`,
      dataset: ctx.data.builtin ? "korea-relations dataset" : ctx.data.name,
      version: ctx.data.version,
      accessed: today(),
      passages: r.evidenceFor(id).map((e) => ({
        source: e.source,
        kind: e.sourceRecord.kind.value,
        ...(e.sourceRecord.title ? { title: e.sourceRecord.title.value } : {}),
        ...(e.sourceRecord.publisher ? { publisher: e.sourceRecord.publisher.value } : {}),
        ...(e.sourceRecord.published ? { published: e.sourceRecord.published.value } : {}),
        ...(e.sourceRecord.url ? { url: e.sourceRecord.url.value } : {}),
        language: e.sourceRecord.language,
        quote: e.quote,
      })),
    };
    const block = (name: string, format: string, text: string) => {
      const pre = h("pre", { "data-format": format, tabindex: "0" }, text);
      const done = h("span", { class: "sr", role: "status" });
      const copy = h(
        "button",
        { type: "button", "aria-label": `${m.cite.copy} (${name})` },
        m.cite.copy,
      );
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(text);
          done.textContent = m.cite.copied;
        } catch {
          // No clipboard: select the text, ready to copy by hand.
          getSelection()?.selectAllChildren(pre);
        }
      });
      return [h("p", { class: "cite-format" }, name, copy, done), pre];
    };
    body.replaceChildren(
      ...block(m.cite.plain, "text", formats.plainCitation(data)),
      ...block("BibTeX", "bibtex", formats.bibtexCitation(data)),
      ...block("CSL-JSON", "csl-json", JSON.stringify(formats.cslCitation(data), null, 2)),
    );
  });
  return details;
}
