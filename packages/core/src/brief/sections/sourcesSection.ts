/**
 * The sources a brief rests on: one row each, with what it reports of the
 * brief's records; of more than `BRIEF_LIMITS.rows`, those most records cite.
 */
import type { DatasetRecord, IdMap } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import { numberWords } from "../../numberWords.js";
import { type BriefContext, briefLine, type Cite } from "../BriefContext.js";
import type { BriefSection } from "../BriefTypes.js";
import { BRIEF_LIMITS, omittedOf, topOf } from "../briefLimits.js";

/** How the brief's records cite a source: the first that does, and how many of each kind. */
interface SourceUse<I extends IdMap> {
  first: DatasetRecord<I>;
  /** Events, agreements and quotes citing it. */
  counts: [number, number, number];
}

const USES = new WeakMap<object, Map<string, SourceUse<IdMap>>>();

/** Every source's use by the brief's records (events, then agreements, then quotes), in one pass. */
function usesOf<I extends IdMap>(ctx: BriefContext<I>): Map<string, SourceUse<I>> {
  let uses = USES.get(ctx) as Map<string, SourceUse<I>> | undefined;
  if (!uses) {
    const found = new Map<string, SourceUse<I>>();
    const groups = [ctx.entries.map((entry) => entry.event), ctx.agreements, ctx.quotes];
    groups.forEach((records: readonly DatasetRecord<I>[], kind) => {
      for (const record of records) {
        const evidence = record.evidence ?? [];
        evidence.forEach(({ source }, i) => {
          if (evidence.findIndex((e) => e.source === source) !== i) return;
          const use = found.get(source);
          if (use) use.counts[kind as 0 | 1 | 2]++;
          else {
            const counts: [number, number, number] = [0, 0, 0];
            counts[kind as 0 | 1 | 2] = 1;
            found.set(source, { first: record, counts });
          }
        });
      }
    });
    uses = found;
    USES.set(ctx, uses as Map<string, SourceUse<IdMap>>);
  }
  return uses;
}

/**
 * What a line about a source cites: the passage naming the source (its
 * headline), else the first passage the brief's records cite from it.
 */
export function sourceCites<I extends IdMap>(ctx: BriefContext<I>, id: I["source"]): Cite<I>[] {
  const source = ctx.relations.getSource(id);
  if (source.evidence?.some((e) => e.source === id))
    return [{ record: source, field: "title", source: id }];
  const citing = usesOf(ctx).get(id)?.first;
  return citing ? [{ record: citing, source: id }] : [];
}

export function sourcesSection<I extends IdMap>(
  ctx: BriefContext<I>,
  sources: readonly I["source"][],
): BriefSection<I> {
  const { words, lang, relations } = ctx;
  const uses = usesOf(ctx);
  const countsOf = (id: string) => uses.get(id)?.counts ?? ([0, 0, 0] as const);
  const total = (id: string) => countsOf(id).reduce((sum, n) => sum + n, 0);
  const { kept, left } = topOf(sources, BRIEF_LIMITS.rows, total);
  const lines = kept.map((id) => {
    const source = relations.getSource(id);
    const name = source.publisher?.value ?? relations.recordLabel(id, lang);
    const title = source.publisher && source.title ? words.quote(source.title.value) : "";
    const label = [name, title].filter(Boolean).join(", ");
    const published = source.published ? dateWords(source.published, lang, "short") : words.undated;
    const numbers = countsOf(id);
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
    ...omittedOf(ctx, left, lines, "sources"),
  };
}
