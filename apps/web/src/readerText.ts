import type { Citation, ContentPosition } from "@korea-relations/core";
import { createReadingText, type ReadingText } from "@korea-relations/core/sources";
import readings from "@korea-relations/source-texts/readings.json";
import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import { shortText } from "./shortText.js";
import type { ViewContext } from "./viewContext.js";

/** The passages one verbatim offset starts: every citation whose evidence starts there. */
export interface Passage {
  /** Its number in reading order (the margin marker's). */
  readonly n: number;
  /** The verbatim offset citation links name (`?at=`). */
  readonly at: number;
  /** Where it stands in the reading text (the longest excerpt starting at `at`). */
  readonly start: number;
  readonly end: number;
  readonly position: ContentPosition;
  readonly citations: readonly Citation[];
  /** The link a link list entry lists, shown at its anchor. */
  readonly link?: string;
}

/** What the reader shows: the text, the list of passages, and the passage to show. */
export interface Reader {
  readonly text: HTMLElement;
  readonly passages: HTMLElement;
  /** The first highlighted piece of the passage the address names, focusable. */
  readonly target?: HTMLElement;
}

/** The reading text of a source from the repository's private texts package. */
export function readingOf(source: string): ReadingText | undefined {
  const data = (
    readings as unknown as Record<string, Parameters<typeof createReadingText>[1] | undefined>
  )[source];
  return data === undefined ? undefined : createReadingText(source, data);
}

const positionAt = (reading: ReadingText, offset: number): ContentPosition =>
  reading.runs.find((run) => run.start <= offset && offset < run.end)?.position ??
  reading.runs.at(-1)?.position ??
  "body";

/** The cited passages of a source in its reading text, in reading order, numbered. */
export function passagesOf(reading: ReadingText, citations: readonly Citation[]): Passage[] {
  const byAt = new Map<number, Citation[]>();
  for (const c of citations) {
    const at = c.evidence.span?.[0];
    if (at === undefined) continue;
    byAt.set(at, [...(byAt.get(at) ?? []), c]);
  }
  const found = [...byAt].map(([at, list]) => {
    let start = Number.POSITIVE_INFINITY;
    let end = 0;
    let link: string | undefined;
    for (const c of list) {
      const span = c.evidence.span;
      if (!span) continue;
      let [s, e] = reading.toReading(span);
      if (s === e) {
        const listed = reading.linkAt(span);
        if (listed?.anchor) [s, e] = listed.anchor;
        if (listed) link = listed.target;
      }
      start = Math.min(start, s);
      end = Math.max(end, e);
    }
    const first = list[0]?.evidence.position;
    return {
      at,
      start,
      end,
      position: first ?? positionAt(reading, start),
      citations: list,
      ...(link === undefined ? {} : { link }),
    };
  });
  return found
    .filter((p) => Number.isFinite(p.start))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.at - b.at)
    .map((p, i) => ({ ...p, n: i + 1 }));
}

/** The records a passage supports, each once, as links "Event: …". */
function supported(passage: Passage, ctx: ViewContext): HTMLElement {
  const seen = new Set<string>();
  const citations = passage.citations.filter((c) => !seen.has(c.record) && seen.add(c.record));
  return h(
    "ul",
    { class: "plain supports" },
    citations.map((c) =>
      h(
        "li",
        null,
        h("span", { class: "detail" }, `${ctx.m.types[c.type][0]}: `),
        h("a", { href: recordHref(c.type, c.record) }, ctx.r.recordLabel(c.record, ctx.lang)),
      ),
    ),
  );
}

/**
 * A source's clean reading text, one block per line, each block not in the
 * body named by its page position (caption, teaser, tag…); the cited passages
 * numbered quietly in the margin, the one the address names (`at`, the
 * verbatim offset a citation link carries) highlighted with the records it
 * supports beneath; then the list of every passage with its records.
 */
export function readerText(
  source: string,
  reading: ReadingText,
  citations: readonly Citation[],
  ctx: ViewContext,
  language: string,
  at?: number,
): Reader {
  const { m } = ctx;
  const passages = passagesOf(reading, citations);
  const hrefOf = (p: Passage) => recordHref("source", source, p.at);
  // The passage to show: the one starting at `at`, else the first containing it.
  const chosen =
    at === undefined
      ? undefined
      : (passages.find((p) => p.at === at) ??
        passages.find((p) => {
          const [s, e] = reading.toReading([at, at]);
          return p.start <= s && e <= p.end;
        }));
  let target: HTMLElement | undefined;
  const text = h("div", { class: "article-text" });
  let offset = 0;
  reading.text.split("\n").forEach((line, index) => {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (line.trim() === "") return;
    const position = positionAt(reading, start);
    const here = passages.filter((p) =>
      p.start === p.end ? p.start >= start && p.start <= end : p.start >= start && p.start < end,
    );
    const body = h("p", { lang: language });
    if (chosen && chosen.start < end && chosen.end > start && chosen.end > chosen.start) {
      const from = Math.max(start, chosen.start);
      const to = Math.min(end, chosen.end);
      const mark = h(
        "mark",
        {
          class: "target",
          "data-start": from,
          ...(target ? {} : { id: `at-${chosen.at}`, tabindex: "-1" }),
        },
        reading.text.slice(from, to),
      );
      target ??= mark;
      body.append(reading.text.slice(start, from), mark, reading.text.slice(to, end));
    } else body.append(line);
    const isChosenBlock = chosen !== undefined && here.includes(chosen);
    text.append(
      h(
        "div",
        {
          class: `block pos-${position}${here.length > 0 ? " cited" : ""}`,
          "data-keep": `b${index}`,
        },
        h(
          "div",
          { class: "block-body" },
          position === "body" ? null : h("span", { class: "pos" }, m.source.positions[position]),
          body,
          isChosenBlock && chosen
            ? h(
                "div",
                { class: "passage-card" },
                h(
                  "span",
                  { class: "detail" },
                  `${m.source.passageN(chosen.n)} · ${m.source.supports}:`,
                ),
                chosen.link ? h("p", { class: "detail link-target" }, chosen.link) : null,
                supported(chosen, ctx),
              )
            : null,
        ),
        h(
          "span",
          { class: "margin" },
          here.map((p) =>
            h(
              "a",
              {
                href: hrefOf(p),
                class: p === chosen ? "pin current" : "pin",
                "aria-label": m.source.passageN(p.n),
                ...(p === chosen ? { "aria-current": "location" } : {}),
              },
              String(p.n),
            ),
          ),
        ),
      ),
    );
    if (!target && isChosenBlock && chosen) {
      // A passage without text of its own (a link without an anchor): its block is the target.
      const block = text.lastElementChild as HTMLElement;
      block.id = `at-${chosen.at}`;
      block.tabIndex = -1;
      target = block;
    }
  });
  const list = h(
    "ol",
    { class: "passages" },
    passages.map((p) =>
      h(
        "li",
        {
          value: p.n,
          "data-keep": `p${p.n}`,
          ...(p === chosen ? { class: "current" } : {}),
        },
        p.position === "body" ? null : h("span", { class: "pos" }, m.source.positions[p.position]),
        h(
          "blockquote",
          { lang: language },
          shortText(p.link ?? reading.text.slice(p.start, p.end), 160),
        ),
        h("span", { class: "detail" }, `${m.source.supports}:`),
        supported(p, ctx),
        h("a", { class: "cite-go", href: hrefOf(p) }, m.source.backToText),
      ),
    ),
  );
  return {
    text,
    passages: h(
      "section",
      { "aria-labelledby": "passages-heading", class: "passage-list" },
      h("h2", { id: "passages-heading" }, m.source.cited),
      list,
    ),
    ...(target ? { target } : {}),
  };
}
