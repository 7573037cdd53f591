/**
 * The checks of a dataset that a record's shape cannot express: references
 * that name no record or one of the wrong type, dates that do not exist or end
 * before they start, a PLOVER mode of another type, an office held by someone
 * else, `partOf` cycles. One definition, run by the build over `data/` and by
 * `createRelations` over any dataset it is given.
 */
import { quoted } from "./argument";
import { dayOf } from "./dates";
import { forEachReference, kindOf, type ReferenceVisitor, referencePath } from "./recordKinds";
import type { DatasetRecord, DateValue } from "./types";
import { PLOVER_MODES } from "./vocabulary";

/** One problem of one record. */
export interface RecordProblem {
  readonly id: string;
  /** Path of the field (`participants[0].office`), where one field is at fault. */
  readonly field?: string;
  readonly message: string;
}

const show = quoted;

/**
 * Problems of `records` that their shape cannot express. `lookup` finds any
 * record of the dataset by id; references to an id in `invalid` (records that
 * failed their shape) are not reported again. Walks every reference without
 * building lists, and builds paths and messages only for problems.
 */
export function recordProblems(
  records: Iterable<DatasetRecord>,
  lookup: (id: string) => DatasetRecord | undefined,
  invalid: ReadonlySet<string> = new Set(),
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  let record: DatasetRecord;
  const report = (field: string | undefined, message: string) => {
    problems.push(
      field === undefined ? { id: record.id, message } : { id: record.id, field, message },
    );
  };
  const checkReference: ReferenceVisitor = (reference, id, index) => {
    const target = lookup(id);
    if (target && reference.targets.includes(target.type)) return;
    const types = reference.targets.join(" or ");
    const path = referencePath(reference, index);
    if (!target) {
      if (!invalid.has(id)) report(path, `unknown ${types} ${show(id)}`);
    } else report(path, `${show(id)} is a ${target.type}, expected ${types}`);
  };
  for (record of records) {
    forEachReference(record, checkReference);
    for (const field of kindOf(record.type).dates as readonly string[]) {
      const date = (record as unknown as Record<string, DateValue | undefined>)[field];
      if (!date) continue;
      const start = dayOf(date.value);
      if (Number.isNaN(start)) report(`${field}.value`, `${show(date.value)} is not a real date`);
      if (date.end === undefined) continue;
      const end = dayOf(date.end, true);
      if (Number.isNaN(end)) report(`${field}.end`, `${show(date.end)} is not a real date`);
      else if (end < start) {
        report(`${field}.end`, `${show(date.end)} is before ${show(date.value)}`);
      }
    }
    if (record.type === "event") {
      const event = record;
      const modes: readonly string[] = PLOVER_MODES[event.plover.type] ?? [];
      if (event.plover.mode !== undefined && !modes.includes(event.plover.mode)) {
        report(
          "plover.mode",
          `${show(event.plover.mode)} is no mode of ${event.plover.type}${modes.length ? ` (${modes.join(", ")})` : ""}`,
        );
      }
      event.participants.forEach((participant, index) => {
        const office = participant.office === undefined ? undefined : lookup(participant.office);
        if (office?.type === "office" && office.person !== participant.person) {
          report(
            `participants[${index}].office`,
            `${show(office.id)} is an office of ${show(office.person)}, not of ${show(participant.person)}`,
          );
        }
      });
      const cycle = event.partOf === undefined ? undefined : partOfCycle(event.id, lookup);
      if (cycle) report("partOf", `events are part of each other: ${cycle.join(" → ")}`);
    }
    if (record.type === "office") {
      const office = record;
      if (office.country === undefined && office.organization === undefined) {
        report("country", "an office needs a country or an organization");
      }
      const start = office.start ? dayOf(office.start.value) : Number.NaN;
      const end = office.end ? dayOf(office.end.end ?? office.end.value, true) : Number.NaN;
      const observedStart = dayOf(office.observed.value);
      const observedEnd = dayOf(office.observed.value, true);
      if (end < start) {
        report(
          "end",
          `${show(office.end?.value ?? "")} is before start ${show(office.start?.value ?? "")}`,
        );
      }
      if (office.status === "current" && end < observedStart) {
        report(
          "status",
          `"current" at ${show(office.observed.value)}, but the office ended ${show(office.end?.value ?? "")}`,
        );
      }
      if (observedEnd < start && office.status === "current") {
        report(
          "observed",
          `${show(office.observed.value)} is before the start ${show(office.start?.value ?? "")}`,
        );
      }
    }
  }
  return problems;
}

/** The cycle an event's `partOf` chain runs into, from the event back to itself; else undefined. */
function partOfCycle(
  id: string,
  lookup: (id: string) => DatasetRecord | undefined,
): string[] | undefined {
  const chain = [id];
  const seen = new Set(chain);
  let current = lookup(id);
  while (current?.type === "event" && current.partOf !== undefined) {
    const next = current.partOf;
    if (next === id) return [...chain, next];
    if (seen.has(next)) return undefined; // a cycle further up: reported on its own events
    chain.push(next);
    seen.add(next);
    current = lookup(next);
  }
  return undefined;
}
