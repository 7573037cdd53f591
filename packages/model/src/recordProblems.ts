/**
 * The checks of a dataset that a record's shape cannot express: references
 * that name no record or one of the wrong type, dates that do not exist or end
 * before they start, a PLOVER mode of another type, an office held by someone
 * else, `partOf` cycles. One definition, run by the build over `data/` and by
 * `createRelations` over any dataset it is given.
 */
import { quoted } from "./argument";
import { parsePartialDate } from "./dates";
import { kindOf, referencesOf } from "./recordKinds";
import type { DatasetRecord, RecordType } from "./types";
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
 * failed their shape) are not reported again.
 */
export function recordProblems(
  records: Iterable<DatasetRecord>,
  lookup: (id: string) => DatasetRecord | undefined,
  invalid: ReadonlySet<string> = new Set(),
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const record of records) {
    const report = (field: string | undefined, message: string) => {
      problems.push(
        field === undefined ? { id: record.id, message } : { id: record.id, field, message },
      );
    };
    for (const [reference, path, id] of referencesOf(record)) {
      const target = lookup(id);
      const types = reference.targets.join(" or ");
      if (!target) {
        if (!invalid.has(id)) report(path, `unknown ${types} ${show(id)}`);
      } else if (!(reference.targets as readonly RecordType[]).includes(target.type)) {
        report(path, `${show(id)} is a ${target.type}, expected ${types}`);
      }
    }
    for (const [field, date] of kindOf(record.type).dates(record as never)) {
      if (!date) continue;
      const start = parsePartialDate(date.value);
      if (!start) report(`${field}.value`, `${show(date.value)} is not a real date`);
      if (date.end === undefined) continue;
      const end = parsePartialDate(date.end);
      if (!end) report(`${field}.end`, `${show(date.end)} is not a real date`);
      else if (start && end.end < start.start) {
        report(`${field}.end`, `${show(date.end)} is before ${show(date.value)}`);
      }
    }
    if (record.type === "event") {
      const modes: readonly string[] = PLOVER_MODES[record.plover.type] ?? [];
      if (record.plover.mode !== undefined && !modes.includes(record.plover.mode)) {
        report(
          "plover.mode",
          `${show(record.plover.mode)} is no mode of ${record.plover.type}${modes.length ? ` (${modes.join(", ")})` : ""}`,
        );
      }
      record.participants.forEach((participant, index) => {
        const office = participant.office === undefined ? undefined : lookup(participant.office);
        if (office?.type === "office" && office.person !== participant.person) {
          report(
            `participants[${index}].office`,
            `${show(office.id)} is an office of ${show(office.person)}, not of ${show(participant.person)}`,
          );
        }
      });
      const cycle = partOfCycle(record.id, lookup);
      if (cycle) report("partOf", `events are part of each other: ${cycle.join(" → ")}`);
    }
    if (record.type === "office") {
      if (record.country === undefined && record.organization === undefined) {
        report("country", "an office needs a country or an organization");
      }
      const start = record.start && parsePartialDate(record.start.value);
      const end = record.end && parsePartialDate(record.end.end ?? record.end.value);
      const observed = parsePartialDate(record.observed.value);
      if (start && end && end.end < start.start) {
        report(
          "end",
          `${show(record.end?.value ?? "")} is before start ${show(record.start?.value ?? "")}`,
        );
      }
      if (record.status === "current" && end && observed && end.end < observed.start) {
        report(
          "status",
          `"current" at ${show(record.observed.value)}, but the office ended ${show(record.end?.value ?? "")}`,
        );
      }
      if (start && observed && observed.end < start.start && record.status === "current") {
        report(
          "observed",
          `${show(record.observed.value)} is before the start ${show(record.start?.value ?? "")}`,
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
