/**
 * The sources a brief rests on: one row each, with what it reports of the
 * brief's records (by date of publication, undated last); of more than
 * `BRIEF_LIMITS.rows`, the last.
 */
import type { DatasetRecord, IdMap } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import { numberWords } from "../../numberWords.js";
import { type BriefContext, briefLine, type Cite } from "../BriefContext.js";
import type { BriefSection } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";

/**
 * What a line about a source cites: the passage naming the source (its
 * headline), else the first passage the brief's records cite from it.
 */
export function sourceCites<I extends IdMap>(ctx: BriefContext<I>, id: I["source"]): Cite<I>[] {
  const source = ctx.relations.getSource(id);
  if (source.evidence?.some((e) => e.source === id))
    return [{ record: source, field: "title", source: id }];
  const citing = [
    ...ctx.entries.map((entry) => entry.event),
    ...ctx.agreements,
    ...ctx.quotes,
  ].find((record) => record.evidence?.some((e) => e.source === id));
  return citing ? [{ record: citing, source: id }] : [];
}

export function sourcesSection<I extends IdMap>(
  ctx: BriefContext<I>,
  sources: readonly I["source"][],
): BriefSection<I> {
  const { words, lang, relations } = ctx;
  const cites = (records: readonly DatasetRecord<I>[], id: string) =>
    records.filter((record) => record.evidence?.some((e) => e.source === id)).length;
  const events = ctx.entries.map((entry) => entry.event);
  const { kept, left } = lastOf(sources, BRIEF_LIMITS.rows);
  const lines = kept.map((id) => {
    const source = relations.getSource(id);
    const name = source.publisher?.value ?? relations.recordLabel(id, lang);
    const title = source.publisher && source.title ? words.quote(source.title.value) : "";
    const label = [name, title].filter(Boolean).join(", ");
    const published = source.published ? dateWords(source.published, lang, "short") : words.undated;
    const numbers = [cites(events, id), cites(ctx.agreements, id), cites(ctx.quotes, id)] as const;
    const [e, a, q] = numbers.map((n) => numberWords(n, lang)) as [string, string, string];
    const counts = [
      words.counts.events(e, numbers[0] === 1),
      words.counts.agreements(a, numbers[1] === 1),
      words.counts.quotes(q, numbers[2] === 1),
    ];
    return briefLine(
      ctx,
      `${label} (${published}): ${words.list(counts)}.`,
      [label, published, e, a, q],
      sourceCites(ctx, id),
    );
  });
  return {
    id: "sources",
    layout: "table",
    heading: words.sections.sources,
    columns: words.columns.sources,
    lines,
    empty: words.empty.sources,
    ...omittedOf(ctx, left, lines),
  };
}
