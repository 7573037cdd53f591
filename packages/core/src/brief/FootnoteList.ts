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
  readonly #asked = new Map<string, readonly SourcedEvidence<I>[]>();
  /** The footnote number each record, field and source was cited with. */
  readonly #cited = new Map<string, number>();
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
    const asked = `${record.id}\u0000${field ?? ""}\u0000${source ?? ""}`;
    const before = this.#cited.get(asked);
    if (before !== undefined) {
      const marksOf = this.#marks[before - 1] as BasisMark<I>[];
      if (marks.every((mark) => marksOf.some((m) => m.field === mark.field))) return before;
    }
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
      this.#cited.set(asked, known);
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
    this.#cited.set(asked, n);
    return n;
  }

  /** `evidenceFor(id, { field })`, asked once per record and field. */
  #evidenceFor(id: string, field: string | undefined): readonly SourcedEvidence<I>[] {
    const key = field === undefined ? id : `${id}\u0000${field}`;
    let list = this.#asked.get(key);
    if (!list) {
      list = this.#relations.evidenceFor(id, field === undefined ? undefined : { field });
      this.#asked.set(key, list);
    }
    return list;
  }

  #evidence(
    record: DatasetRecord<I>,
    field: string | undefined,
    source: I["source"] | undefined,
  ): SourcedEvidence<I> | undefined {
    const fits = (evidence: SourcedEvidence<I>) =>
      source === undefined || evidence.source === source;
    if (field !== undefined) {
      const backing = this.#evidenceFor(record.id, field).find(fits);
      if (backing) return backing;
    }
    const all = this.#evidenceFor(record.id, undefined);
    return all.find((e) => fits(e) && (!e.supports || e.supports.length === 0)) ?? all.find(fits);
  }
}
