/**
 * The dates the sources show an office held, each once: the web page's
 * "observed" row and the TUI's "seen" rows.
 */
import {
  type DateValue,
  dateInterval,
  type IdMap,
  type Office,
  type OfficeEvidence,
  typeName,
} from "@korea-relations/model";

/** A date the sources show an office held, and the excerpts that show it then. */
export interface OfficeSighting<I extends IdMap = IdMap> {
  readonly date: DateValue;
  /** The office's excerpts dated `seen` at this date, in the office's order. */
  readonly evidence: readonly OfficeEvidence<I>[];
}

/**
 * The dates at which excerpts show `office`'s holder in office (its
 * evidence's `seen`), oldest first, each date once with every excerpt that
 * shows it (a date known in two ways, `stated` and `inferred`, is two
 * sightings).
 *
 * @example
 * officeSightings(getOffice("lee-jae-myung-head-of-state-2025"));
 * // [{ date: { value: "2025-08-23", … }, evidence: [ … ] }, { date: { value: "2025-11-01", … }, evidence: [ …, … ] }]
 * @throws TypeError when `office` is not an object with an `evidence` array;
 *   RangeError for a `seen` date that is no date (`2020-02-30`).
 */
export function officeSightings<I extends IdMap = IdMap>(office: Office<I>): OfficeSighting<I>[] {
  return sightingsOf(office, "officeSightings");
}

/** `officeSightings`, its errors naming the argument of function `fn`. */
export function sightingsOf<I extends IdMap>(office: Office<I>, fn: string): OfficeSighting<I>[] {
  assertOffice(office, fn);
  const byDate = new Map<
    string,
    { date: DateValue; start: number; evidence: OfficeEvidence<I>[] }
  >();
  office.evidence.forEach((evidence, i) => {
    const date = (evidence as OfficeEvidence<I> | undefined)?.seen;
    if (date === undefined) return;
    const { start } = dateInterval(date, `${fn}(office).evidence[${i}].seen`);
    // The same date known the same way: one sighting.
    const key = `${date.value}/${date.end ?? ""}/${date.basis}/${date.reason?.en ?? ""}`;
    const group = byDate.get(key);
    if (group) group.evidence.push(evidence);
    else byDate.set(key, { date, start, evidence: [evidence] });
  });
  return [...byDate.values()]
    .sort((a, b) => a.start - b.start || a.date.value.length - b.date.value.length)
    .map(({ date, evidence }) => ({ date, evidence }));
}

/** Throws, naming function `fn`, unless `office` is an object with an `evidence` array. */
export function assertOffice(office: unknown, fn: string): asserts office is Office {
  if (
    typeof office !== "object" ||
    office === null ||
    !Array.isArray((office as { evidence?: unknown }).evidence)
  ) {
    throw new TypeError(
      `${fn}(office) must be an office record with an evidence array, got ${typeName(office)}`,
    );
  }
}
