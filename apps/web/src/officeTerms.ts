import {
  type DateValue,
  type Office,
  officeDate,
  officeSightings,
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
  /** The dates the sources show the person in office, oldest first, each once. */
  readonly seen: readonly DateValue[];
}

/** Each role's place in the vocabulary. */
const ROLE_RANK = new Map<string, number>(ROLES.map((role, i) => [role, i]));
const rankOf = (role: string) => ROLE_RANK.get(role) ?? -1;

/** The key of a date: its start and precision as one number. */
const dayKey = (date: DateValue) => {
  const range = parsePartialDate(date.value);
  return range ? range.start * 4 + range.precision : Number.POSITIVE_INFINITY;
};

/** An office's first role in the vocabulary's order. */
function termRole(office: Office): Role {
  let role: Role | undefined;
  for (const r of office.roles) if (role === undefined || rankOf(r) < rankOf(role)) role = r;
  return role ?? "other";
}

/** One office as a term. */
export function officeTerm(office: Office): OfficeTerm {
  const seen = officeSightings(office).map((sighting) => sighting.date);
  const term: { -readonly [K in keyof OfficeTerm]: OfficeTerm[K] } = {
    role: termRole(office),
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
}

/**
 * Offices in the order of their terms, each with its term's role: by role
 * (in the vocabulary's order), then by the term's start (or first sighting;
 * undated last), then person. Sorted once by keys worked out once per
 * office, without making the terms: a list shows a part of them at a time.
 */
export function officeTermOrder(
  offices: readonly Office[],
): { readonly office: Office; readonly role: Role }[] {
  const n = offices.length;
  const roles: Role[] = new Array(n);
  const ranks = new Int32Array(n);
  const days = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const office = offices[i] as Office;
    roles[i] = termRole(office);
    ranks[i] = rankOf(roles[i] as Role);
    // Core's rule: the term's start, else the oldest date a source shows it held.
    const date = officeDate(office);
    days[i] = date ? dayKey(date) : Number.POSITIVE_INFINITY;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const x = (offices[a] as Office).person;
    const y = (offices[b] as Office).person;
    return (
      (ranks[a] as number) - (ranks[b] as number) ||
      ((days[a] as number) === (days[b] as number)
        ? 0
        : (days[a] as number) < (days[b] as number)
          ? -1
          : 1) ||
      (x < y ? -1 : x > y ? 1 : 0)
    );
  });
  return order.map((i) => ({ office: offices[i] as Office, role: roles[i] as Role }));
}

/**
 * Office terms (one record per person, office and term) as lines: by role
 * (in the vocabulary's order), then by the term's start (or first sighting),
 * then person.
 */
export function officeTerms(offices: readonly Office[]): OfficeTerm[] {
  return officeTermOrder(offices).map(({ office }) => officeTerm(office));
}
