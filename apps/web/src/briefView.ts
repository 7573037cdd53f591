import { UnknownEntityError } from "@korea-relations/core";
import {
  type Brief,
  type BriefSection,
  brief,
  type Footnote,
  footnoteParts,
} from "@korea-relations/core/brief";
import { barometerChart } from "./barometerChart.js";
import { h } from "./h.js";
import { notFoundView } from "./notFoundView.js";
import type { Route } from "./parseRoute.js";
import { recordLink } from "./recordLink.js";
import { routeHash } from "./routeHash.js";
import { LOCAL_RECORDS } from "./searchClient.js";
import type { View, ViewContext } from "./viewContext.js";

type BriefRoute = Extract<Route, { name: "brief" }>;

/** Lines and footnotes drawn in one task, where a brief has more than `AT_ONCE`. */
const SLICE = 150;
/** A brief of at most this many lines and footnotes (any of the built-in data's) is drawn at once. */
const AT_ONCE = 600;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A country's code for a code or name the address gives; `undefined` with core's closest names. */
function countryOf(
  ref: string,
  ctx: ViewContext,
): { readonly id: string } | { readonly suggestions: readonly string[] } {
  try {
    return { id: ctx.r.getCountry(ref).id };
  } catch (error) {
    return { suggestions: error instanceof UnknownEntityError ? error.suggestions : [] };
  }
}

/**
 * A cited brief of one country or a pair (`#/brief/KR/JP`), built by core's
 * `brief` in the page's language and shown as the page: title, caveat,
 * core's sections (tables or lists of sentences, each with its footnote
 * numbers linking to the footnotes), the barometer as a chart, and the
 * footnotes with the verbatim excerpt (linking to its passage in the source
 * reader), source, publisher, date, place on the page and the marks of facts
 * the source does not state. Printable: a print stylesheet leaves out the
 * page's header and controls and prints links' targets. Of a large dataset,
 * core's brief is already bounded (`BRIEF_LIMITS`: each section says under
 * it what it leaves out); the search worker builds it, and the page draws it
 * a slice at a time.
 */
export function briefView(route: BriefRoute, ctx: ViewContext): View | Promise<View> {
  const { m, lang } = ctx;
  const w = m.brief;
  const refs = route.b === undefined ? [route.a] : [route.a, route.b];
  const found = refs.map((ref) => countryOf(ref, ctx));
  const missing = found.findIndex((f) => !("id" in f));
  if (missing >= 0) {
    const ref = refs[missing] as string;
    const { suggestions } = found[missing] as { suggestions: readonly string[] };
    const known = found.flatMap((f) => ("id" in f ? [f.id] : []));
    const offers = suggestions.flatMap((name) => {
      const f = countryOf(name, ctx);
      return "id" in f ? [f.id] : [];
    });
    return notFoundView(
      ref,
      ctx,
      h(
        "div",
        null,
        h("p", null, w.unknownCountry(ref)),
        offers.length === 0
          ? null
          : h(
              "ul",
              { class: "items" },
              offers.map((id) => {
                const pair = missing === 0 ? [id, ...known] : [...known, id];
                const [a, b] = pair as [string, string | undefined];
                const label = pair.map((c) => ctx.r.recordLabel(c, lang)).join(" – ");
                return h(
                  "li",
                  null,
                  h(
                    "a",
                    { href: routeHash({ name: "brief", a, ...(b === undefined ? {} : { b }) }) },
                    w.briefOf(label),
                  ),
                );
              }),
            ),
      ),
    );
  }
  const ids = found.map((f) => (f as { id: string }).id);
  const [a, b] = ids as [string, string | undefined];
  const canonical: BriefRoute = { name: "brief", a, ...(b === undefined || b === a ? {} : { b }) };
  if (routeHash(canonical) !== routeHash(route)) ctx.replace(canonical);
  if (ctx.r.dataset.records.length <= LOCAL_RECORDS) {
    return briefPage(brief(ctx.r, a, canonical.b, { lang }), ids, ctx);
  }
  // A large dataset's brief is built in the search worker, which holds the same dataset
  // (core's brief alone took longer than a task should at 100k events); the page draws it.
  return ctx.search
    .brief(a, canonical.b, lang)
    .then((result) => briefPage(result ?? brief(ctx.r, a, canonical.b, { lang }), ids, ctx));
}

/** The page of a brief: drawn at once, or (a large brief) a slice a task. */
function briefPage(result: Brief, ids: readonly string[], ctx: ViewContext): View | Promise<View> {
  const { lang } = ctx;
  const w = ctx.m.brief;
  const b = ids[1];
  const noteLinks = (notes: readonly number[]) =>
    notes.length === 0
      ? null
      : h(
          "sup",
          { class: "notes" },
          notes.map((n, i) => [
            i === 0 ? null : " ",
            h("a", { href: `#fn-${n}`, class: "fn-ref", "aria-label": w.noteLabel(n) }, String(n)),
          ]),
        );

  const tools = h(
    "div",
    { class: "brief-tools" },
    h(
      "p",
      null,
      `${w.countries}: `,
      ids.map((id, i) => [i === 0 ? null : " · ", recordLink(id, ctx)]),
      b === undefined
        ? null
        : [
            " · ",
            ids.map((id, i) => [
              i === 0 ? null : " · ",
              h(
                "a",
                { href: routeHash({ name: "brief", a: id }) },
                w.alone(ctx.r.recordLabel(id, lang)),
              ),
            ]),
          ],
    ),
    h("button", { type: "button", class: "print", onclick: () => window.print() }, w.print),
  );

  const notesList = h("ol", null);
  const notesSection = h(
    "section",
    { class: "footnotes", "aria-labelledby": "brief-footnotes" },
    h("h2", { id: "brief-footnotes" }, w.footnotes),
    notesList,
  );
  const article = h(
    "article",
    { class: "brief" },
    h("h1", { tabindex: "-1" }, result.title),
    tools,
    h(
      "aside",
      { class: "caveat", role: "note" },
      h("strong", null, `${w.caveat}. `),
      result.caveat.text,
      noteLinks(result.caveat.notes),
    ),
    notesSection,
  );
  // Footnote numbers move to their footnote in the page, not to a route.
  article.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a.fn-ref") : null;
    if (!link) return;
    event.preventDefault();
    document.getElementById(link.getAttribute("href")?.slice(1) ?? "")?.focus();
  });

  // The sections, then the footnotes, each step with its cost in lines and footnotes.
  const steps: [number, () => void][] = result.sections.map((s) => [
    s.lines.length + 1,
    () => article.insertBefore(briefSection(s, result, ctx, noteLinks), notesSection),
  ]);
  for (let i = 0; i < result.footnotes.length; i += SLICE) {
    const notes = result.footnotes.slice(i, i + SLICE);
    steps.push([notes.length, () => notesList.append(...notes.map((note) => footnote(note, ctx)))]);
  }
  let next = 0;
  const draw = (budget: number) => {
    for (let used = 0; next < steps.length; ) {
      const [cost, step] = steps[next] as [number, () => void];
      if (used > 0 && used + cost > budget) return;
      used += cost;
      next++;
      step();
    }
  };
  const view: View = { title: result.title, node: article };
  if (steps.reduce((sum, [cost]) => sum + cost, 0) <= AT_ONCE) {
    draw(Number.POSITIVE_INFINITY);
    return view;
  }
  // A large brief (of a large dataset; core keeps it to a few hundred rows and footnotes):
  // its first slice in a task of its own, the rest a slice a task once the page is shown,
  // so that no task holds the page for long.
  return nextTask().then(() => {
    draw(SLICE);
    return {
      ...view,
      after: async () => {
        while (next < steps.length) {
          await nextTask();
          // Not once the reader has asked for another page (still loading).
          if (!article.isConnected || !ctx.current()) return;
          draw(SLICE);
        }
      },
    };
  });
}

function briefSection(
  s: BriefSection,
  result: Brief,
  ctx: ViewContext,
  noteLinks: (notes: readonly number[]) => HTMLElement | null,
): HTMLElement {
  const id = `brief-${s.id}`;
  const w = ctx.m.brief;
  let body: HTMLElement;
  if (s.lines.length === 0) body = h("p", { class: "empty" }, s.empty);
  else if (s.layout === "list") {
    body = h(
      "ul",
      { class: "lines" },
      s.lines.map((line) => h("li", null, line.text, noteLinks(line.notes))),
    );
  } else {
    body = h(
      "div",
      {
        class: "table-wrap",
        tabindex: "0",
        role: "region",
        // Named apart from its section, so that every landmark's name is its own.
        "aria-label": w.tableOf(s.heading),
      },
      h(
        "table",
        null,
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            s.columns.map((c) => h("th", { scope: "col" }, c)),
            h("th", { scope: "col" }, w.notes),
          ),
        ),
        h(
          "tbody",
          null,
          s.lines.map((line) =>
            h(
              "tr",
              null,
              line.cells.map((cell, i) =>
                i === 0
                  ? h("th", { scope: "row" }, cell)
                  : h("td", { "data-label": s.columns[i] }, cell),
              ),
              h("td", { class: "notes-cell", "data-label": w.notes }, noteLinks(line.notes)),
            ),
          ),
        ),
      ),
    );
  }
  return h(
    "section",
    { "aria-labelledby": id, class: `brief-section ${s.id}` },
    h("h2", { id }, s.heading),
    s.id === "barometer" ? barometerChart(result.barometer, ctx) : null,
    body,
    // Of a large dataset: what the section leaves out, in core's words.
    s.omitted ? h("p", { class: "omitted" }, s.omitted.text) : null,
  );
}

function footnote(note: Footnote, ctx: ViewContext): HTMLElement {
  const parts = footnoteParts(note, ctx.lang);
  const href = routeHash({
    name: "record",
    type: "source",
    id: note.source,
    ...(note.span ? { at: note.span[0] } : {}),
  });
  const meta = [
    parts.publisher,
    parts.title ? h("cite", null, parts.title) : undefined,
    parts.sourceId,
    parts.published,
    parts.position,
  ].filter((part) => part !== undefined && part !== "");
  // Numbered by the list itself: core numbers footnotes 1…n in order. A `value` on each item
  // would cost Chromium time quadratic in their number (3 s for a brief of 100k events).
  return h(
    "li",
    { id: `fn-${note.n}`, tabindex: "-1", "data-record": note.record },
    h(
      "a",
      { href, class: "excerpt", "data-print": new URL(href, location.href).href },
      h("q", { lang: note.language }, parts.excerpt),
    ),
    " ",
    h(
      "span",
      { class: "meta" },
      "— ",
      meta.map((part, i) => [i === 0 ? null : ", ", part]),
      ". ",
      recordLink(note.record, ctx),
    ),
    parts.marks.map((mark) =>
      h("span", { class: "basis-note" }, ` ${mark}${/[.!?]$/.test(mark) ? "" : "."}`),
    ),
  );
}
