/**
 * Every evidence by the source it cites, in text order; answers `citations`
 * and `evidenceFor`. Built on first use.
 */
import { type DatasetRecord, evidenceOf, type IdMap, type Source } from "@korea-relations/model";
import { optionsObject } from "./arguments.js";
import type { RecordStore } from "./RecordStore.js";
import type { Citation, SourcedEvidence } from "./Relations.js";

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class CitationIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  #bySource: Map<string, Citation<I>[]> | undefined;

  constructor(store: RecordStore<I>) {
    this.#store = store;
  }

  /** Every evidence citing a source, in text order (then by record id). */
  citations(source: string): Citation<I>[] {
    if (!this.#bySource) {
      const bySource = new Map<string, Citation<I>[]>();
      for (const record of this.#store.records) {
        for (const [, evidence] of evidenceOf(record)) {
          const citation = Object.freeze({ record: record.id, type: record.type, evidence });
          const list = bySource.get(evidence.source);
          if (list) list.push(citation);
          else bySource.set(evidence.source, [citation]);
        }
      }
      for (const list of bySource.values()) {
        list.sort(
          (a, b) =>
            (a.evidence.span?.[0] ?? 0) - (b.evidence.span?.[0] ?? 0) || order(a.record, b.record),
        );
      }
      this.#bySource = bySource;
    }
    return [...(this.#bySource.get(source) ?? [])];
  }

  /**
   * A record's evidence with its source records. With `field`: the excerpts
   * naming it in `supports`, or where none does, those without `supports`
   * (they back the whole record).
   */
  evidenceFor(record: DatasetRecord<I>, query: unknown): SourcedEvidence<I>[] {
    const q = optionsObject(query, "evidenceFor(query)", ["field"]);
    if (q.field !== undefined && typeof q.field !== "string") {
      throw new TypeError("evidenceFor(query).field must be a string");
    }
    let list = evidenceOf(record).map(([, evidence]) => evidence);
    if (typeof q.field === "string") {
      const field = q.field;
      const tagged = list.filter((evidence) => evidence.supports?.includes(field));
      list =
        tagged.length > 0 ? tagged : list.filter((e) => !e.supports || e.supports.length === 0);
    }
    return list.map(
      (evidence) =>
        Object.freeze({
          ...evidence,
          sourceRecord: this.#store.getTyped("source", evidence.source) as Source<I>,
        }) as SourcedEvidence<I>,
    );
  }
}
