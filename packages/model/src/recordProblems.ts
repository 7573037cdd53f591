/**
 * The checks of a dataset that a record's shape cannot express: references
 * that name no record or one of the wrong type, dates that do not exist or end
 * before they start, a PLOVER mode of another type, an office held by someone
 * else, `partOf` cycles. One definition, run by the build over `data/` and by
 * `createRelations` over any dataset it is given.
 */
import { quoted } from "./argument";
import { dayOf, parsePartialDate } from "./dates";
import { forEachReference, kindOf, type ReferenceVisitor, referencePath } from "./recordKinds";
import type { DatasetRecord, DateValue, Office } from "./types";
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
  const checkDate = (field: string, date: DateValue | undefined) => {
    if (!date) return;
    const start = dayOf(date.value);
    if (Number.isNaN(start)) report(`${field}.value`, `${show(date.value)} is not a real date`);
    if (date.end === undefined) return;
    const end = dayOf(date.end, true);
    if (Number.isNaN(end)) report(`${field}.end`, `${show(date.end)} is not a real date`);
    else if (end < start) {
      report(`${field}.end`, `${show(date.end)} is before ${show(date.value)}`);
    }
  };
  for (record of records) {
    forEachReference(record, checkReference);
    for (const field of kindOf(record.type).dates as readonly string[]) {
      checkDate(field, (record as unknown as Record<string, DateValue | undefined>)[field]);
    }
    if (record.type === "office") {
      record.evidence.forEach((evidence, index) => {
        checkDate(`evidence[${index}].seen`, evidence.seen);
        checkDate(`evidence[${index}].former`, evidence.former);
      });
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
    if (record.type === "office") officeProblems(record, report);
  }
  return problems;
}

/**
 * The consistency of an office's term: a start before its end, every dated
 * evidence inside the term (`seen`) or after it (`former`), and a status that
 * agrees — `current` has no end and no `former` evidence, `former` has one of
 * them. Every office has at least one dated evidence.
 */
function officeProblems(office: Office, report: (field: string, message: string) => void): void {
  if (office.country === undefined && office.organization === undefined) {
    report("country", "an office needs a country or an organization");
  }
  const start = office.start && parsePartialDate(office.start.value);
  const end = office.end && parsePartialDate(office.end.end ?? office.end.value);
  if (start && end && end.end < start.start) {
    report(
      "end",
      `${show(office.end?.value ?? "")} is before start ${show(office.start?.value ?? "")}`,
    );
  }
  let dated = false;
  let formerEvidence: string | undefined;
  const seenEnds: number[] = [];
  office.evidence.forEach((evidence, index) => {
    const seen = evidence.seen && parsePartialDate(evidence.seen.value);
    if (evidence.seen) dated = true;
    if (seen) {
      seenEnds.push(parsePartialDate(evidence.seen?.end ?? "")?.end ?? seen.end);
      if (start && seen.end < start.start) {
        report(
          `evidence[${index}].seen`,
          `${show(evidence.seen?.value ?? "")} is before the start ${show(office.start?.value ?? "")}`,
        );
      }
      if (end && seen.start > end.end) {
        report(
          `evidence[${index}].seen`,
          `${show(evidence.seen?.value ?? "")} is after the end ${show(office.end?.value ?? "")}`,
        );
      }
    }
    if (evidence.former) {
      dated = true;
      formerEvidence ??= `evidence[${index}].former`;
      const former = parsePartialDate(evidence.former.value);
      const last = office.end && parsePartialDate(office.end.value);
      if (former && last && former.end < last.start) {
        report(
          `evidence[${index}].former`,
          `${show(evidence.former.value)} shows a former holder before the end ${show(office.end?.value ?? "")}`,
        );
      }
    }
    if (evidence.seen && evidence.former) {
      report(`evidence[${index}]`, "an excerpt shows the person either in office or as former");
    }
  });
  office.evidence.forEach((evidence, index) => {
    const former = evidence.former && parsePartialDate(evidence.former.value);
    if (former && seenEnds.some((seenEnd) => former.end <= seenEnd)) {
      report(
        `evidence[${index}].former`,
        `${show(evidence.former?.value ?? "")} shows a former holder, but another excerpt shows the person in office then or later`,
      );
    }
  });
  if (!dated) {
    report(
      "evidence",
      "an office needs an evidence dated with seen (in office then) or former (a former holder then)",
    );
  }
  if (office.status === "current" && office.end) {
    report(
      "status",
      `"current", but the term ended ${show(office.end.value)}: a term with an end is "former"`,
    );
  }
  if (office.status === "current" && formerEvidence) {
    report(
      "status",
      `"current", but ${formerEvidence} shows the person as a former holder: say "former"`,
    );
  }
  if (office.status === "former" && !office.end && !formerEvidence) {
    report(
      "status",
      `"former" needs an end, or an evidence dated with former that shows the person as a former holder`,
    );
  }
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
