/**
 * The footnotes of one brief: each cites one verbatim passage a line rests
 * on, numbered in order of first reference; a passage cited again for the
 * same record keeps its number, and gathers the marks of every fact it is
 * cited for.
 */
import type { DatasetRecord, IdMap } from "@korea-relations/model";
import type { Relations, SourcedEvidence } from "../Relations.js";
import type { BasisMark, Footnote } from "./BriefTypes.js";
import { evidencePosition, excerptOf } from "./recordFields.js";

export class FootnoteList<I extends IdMap = IdMap> {
  readonly #relations: Relations<I>;
  readonly #list: Footnote<I>[] = [];
  readonly #numbers = new Map<string, number>();
  /** Each footnote's marks, filled while lines cite it. */
  readonly #marks: BasisMark<I>[][] = [];

  constructor(relations: Relations<I>) {
    this.#relations = relations;
  }

  /** Every footnote, in number order. */
  get list(): readonly Footnote<I>[] {
    return this.#list;
  }

  /**
   * The number of the footnote citing the passage that backs `field` of a
   * record (its evidence for the whole record where `field` is not given or
   * no passage names it); `marks` are the facts of that field the source does
   * not state; `source` keeps the passages of one source. Undefined for a
   * record without such evidence.
   */
  cite(
    record: DatasetRecord<I>,
    field?: string,
    marks: readonly BasisMark<I>[] = [],
    source?: I["source"],
  ): number | undefined {
    const evidence = this.#evidence(record, field, source);
    if (!evidence) return undefined;
    const key = [
      record.id,
      evidence.source,
      evidence.span ? evidence.span.join("-") : evidence.quote,
    ].join("\u0000");
    const known = this.#numbers.get(key);
    if (known !== undefined) {
      // The same passage cited again for other facts of the record: their marks join it.
      const marksOf = this.#marks[known - 1] as BasisMark<I>[];
      for (const mark of marks) {
        if (!marksOf.some((m) => m.field === mark.field)) marksOf.push(mark);
      }
      return known;
    }
    const n = this.#list.length + 1;
    const cited = evidence.sourceRecord;
    const position = evidencePosition(evidence);
    const footnote: Footnote<I> = {
      n,
      record: record.id,
      source: evidence.source,
      excerpt: excerptOf(evidence),
      language: cited.language,
      ...(evidence.span ? { span: [evidence.span[0], evidence.span[1]] as const } : {}),
      ...(position ? { position } : {}),
      ...(cited.title ? { title: cited.title.value } : {}),
      ...(cited.publisher ? { publisher: cited.publisher.value } : {}),
      ...(cited.published ? { published: cited.published.value } : {}),
      marks: [],
    };
    (footnote.marks as BasisMark<I>[]).push(...marks);
    this.#marks.push(footnote.marks as BasisMark<I>[]);
    this.#list.push(footnote);
    this.#numbers.set(key, n);
    return n;
  }

  #evidence(
    record: DatasetRecord<I>,
    field: string | undefined,
    source: I["source"] | undefined,
  ): SourcedEvidence<I> | undefined {
    const relations = this.#relations;
    const from = (list: SourcedEvidence<I>[]) =>
      source === undefined ? list : list.filter((evidence) => evidence.source === source);
    if (field !== undefined) {
      const backing = from(relations.evidenceFor(record.id, { field }))[0];
      if (backing) return backing;
    }
    const all = from(relations.evidenceFor(record.id));
    return all.find((evidence) => !evidence.supports || evidence.supports.length === 0) ?? all[0];
  }
}
