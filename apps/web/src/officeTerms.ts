import {
  compareDates,
  type DateValue,
  type Office,
  parsePartialDate,
  ROLES,
  type Role,
} from "@korea-relations/core";

/** One person's term in one office, as a line of a list. */
export interface OfficeTerm {
  /** The office's first role in the vocabulary's order (a president: head of state). */
  readonly role: Role;
  readonly office: Office;
  readonly person: string;
  readonly country?: string;
  readonly organization?: string;
  readonly start?: DateValue;
  readonly end?: DateValue;
  /** Whether the term is current. */
  readonly current: boolean;
  /** The dates the sources show the person in office, oldest first. */
  readonly seen: readonly DateValue[];
}

/** The date a term is placed at: its start, else the first date a source shows it held. */
const began = (t: OfficeTerm): DateValue | undefined => t.start ?? t.seen[0];

/** Each role's place in the vocabulary. */
const ROLE_RANK = new Map<string, number>(ROLES.map((role, i) => [role, i]));
const rankOf = (role: string) => ROLE_RANK.get(role) ?? -1;

/**
 * Office terms (one record per person, office and term) as lines: by role
 * (in the vocabulary's order), then by the term's start (or first sighting),
 * then person. Sorted once by keys worked out once per term, so that a
 * country with thousands of offices costs no date read per comparison.
 */
export function officeTerms(offices: readonly Office[]): OfficeTerm[] {
  const terms = offices.map((office): OfficeTerm => {
    let role: Role | undefined;
    for (const r of office.roles) if (role === undefined || rankOf(r) < rankOf(role)) role = r;
    const seen: DateValue[] = [];
    for (const e of office.evidence) if (e.seen) seen.push(e.seen);
    if (seen.length > 1) seen.sort((a, b) => compareDates(a, b));
    const term: { -readonly [K in keyof OfficeTerm]: OfficeTerm[K] } = {
      role: role ?? "other",
      office,
      person: office.person,
      current: office.status === "current",
      seen,
    };
    if (office.country !== undefined) term.country = office.country;
    if (office.organization !== undefined) term.organization = office.organization;
    if (office.start !== undefined) term.start = office.start;
    if (office.end !== undefined) term.end = office.end;
    return term;
  });
  // One key per term: role, then date (start and precision as one number; undated last), then person.
  const roles = terms.map((term) => rankOf(term.role));
  const days = terms.map((term) => {
    const first = began(term);
    const range = first && parsePartialDate(first.value);
    return range ? range.start * 4 + range.precision : Number.POSITIVE_INFINITY;
  });
  const order = terms.map((_, i) => i);
  order.sort((a, b) => {
    const x = terms[a] as OfficeTerm;
    const y = terms[b] as OfficeTerm;
    return (
      (roles[a] as number) - (roles[b] as number) ||
      ((days[a] as number) === (days[b] as number)
        ? 0
        : (days[a] as number) < (days[b] as number)
          ? -1
          : 1) ||
      (x.person < y.person ? -1 : x.person > y.person ? 1 : 0)
    );
  });
  return order.map((i) => terms[i] as OfficeTerm);
}
