/**
 * What every section of a brief is built from: the query API, the language,
 * the events, agreements and quotes the brief rests on, its footnotes, and
 * the helpers that turn records into words and lines (dates and numbers:
 * core's `dateWords` and `numberWords`).
 */
import type {
  Agreement,
  AnyId,
  DatasetRecord,
  Event,
  IdMap,
  LabelLanguage,
  Office,
  Quote,
} from "@korea-relations/model";
import { ROLE_NAMES } from "@korea-relations/model";
import type { Relations, TimelineEntry } from "../Relations.js";
import type { BasisMark, Line } from "./BriefTypes.js";
import type { BriefWords } from "./briefWords.js";
import type { FootnoteList } from "./FootnoteList.js";
import { officeAt, officeOwnLabel, reasonText } from "./recordFields.js";

export interface BriefContext<I extends IdMap = IdMap> {
  readonly relations: Relations<I>;
  readonly lang: LabelLanguage;
  readonly words: BriefWords;
  readonly countries: readonly I["country"][];
  /** The events, oldest first, each marked `party` or `about`. */
  readonly entries: readonly TimelineEntry<I>[];
  readonly agreements: readonly Agreement<I>[];
  readonly quotes: readonly Quote<I>[];
  readonly notes: FootnoteList<I>;
  /** Offices held by a person at a date, as `officeAt` finds them, by person and date. */
  readonly offices: Map<string, Office<I> | undefined>;
}

/** A record a line cites, and the field whose passage it cites. */
export interface Cite<I extends IdMap = IdMap> {
  readonly record: DatasetRecord<I>;
  readonly field?: string | undefined;
  /** Only passages of this source. */
  readonly source?: I["source"] | undefined;
}

/** The mark of a field the sources do not state (`date`, `place`), or undefined. */
export function basisMark<I extends IdMap>(
  record: DatasetRecord<I>,
  field: string,
  lang: LabelLanguage,
): BasisMark<I> | undefined {
  const value = (record as unknown as Record<string, unknown>)[field];
  if (typeof value !== "object" || value === null) return undefined;
  const { basis, reason } = value as { basis?: unknown; reason?: unknown };
  if (basis !== "inferred" && basis !== "external") return undefined;
  const text = reasonText(reason, lang);
  return { record: record.id, field, basis, ...(text === undefined ? {} : { reason: text }) };
}

/**
 * A line: its sentence, its cells, and a footnote for each record and field
 * it cites (with the marks of those fields the sources do not state);
 * `uncited`, the records a count counts beyond those it cites.
 */
export function briefLine<I extends IdMap>(
  ctx: BriefContext<I>,
  text: string,
  cells: readonly string[],
  cites: readonly Cite<I>[],
  uncited = 0,
): Line<I> {
  const notes: number[] = [];
  const marks: BasisMark<I>[] = [];
  const records: AnyId<I>[] = [];
  for (const { record, field, source } of cites) {
    const mark = field === undefined ? undefined : basisMark(record, field, ctx.lang);
    const n = ctx.notes.cite(record, field, mark ? [mark] : [], source);
    if (n !== undefined && !notes.includes(n)) notes.push(n);
    if (mark && !marks.some((m) => m.record === mark.record && m.field === mark.field)) {
      marks.push(mark);
    }
    if (!records.includes(record.id)) records.push(record.id);
  }
  return { text, cells, notes, records, marks, ...(uncited > 0 ? { uncited } : {}) };
}

/** A record's label in the brief's language. */
export function labelOf<I extends IdMap>(ctx: BriefContext<I>, id: string): string {
  // By record, not by name: no name lookup for an id.
  return ctx.relations.recordLabel(ctx.relations.get(id), ctx.lang);
}

/** A country's name in the brief's language. */
export function countryName<I extends IdMap>(ctx: BriefContext<I>, code: string): string {
  const country = ctx.relations.get(code);
  return country.type === "country" ? country.names[ctx.lang] : code;
}

/** An office in words: its own label, or its role and country (or organization). */
export function officeText<I extends IdMap>(ctx: BriefContext<I>, office: Office<I>): string {
  const own = officeOwnLabel(office, ctx.lang);
  if (own !== undefined) return own;
  const of =
    office.country !== undefined
      ? countryName(ctx, office.country)
      : office.organization !== undefined
        ? labelOf(ctx, office.organization)
        : undefined;
  const role = ROLE_NAMES[office.roles[0] ?? "other"][ctx.lang];
  return of === undefined ? role : `${role}, ${of}`;
}

/** The place of an event in words, or "". */
export function placeText<I extends IdMap>(ctx: BriefContext<I>, event: Event<I>): string {
  return event.place ? labelOf(ctx, event.place.id) : "";
}

/** The office a person held at a date (`officeAt`), looked up once per person and date. */
export function heldOffice<I extends IdMap>(
  ctx: BriefContext<I>,
  person: I["person"],
  date: { readonly value: string; readonly end?: string },
  named?: I["office"],
): Office<I> | undefined {
  if (named !== undefined) return ctx.relations.getOffice(named);
  const key = `${person}\u0000${date.value}\u0000${date.end ?? ""}`;
  if (!ctx.offices.has(key)) ctx.offices.set(key, officeAt(ctx.relations, person, date));
  return ctx.offices.get(key);
}
