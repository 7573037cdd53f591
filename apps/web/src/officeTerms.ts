import { compareDates, type DateValue, type Office, ROLES, type Role } from "@korea-relations/core";

/** One person's time in one role for one country or organization, from its office observations. */
export interface OfficeTerm {
  readonly role: Role;
  readonly person: string;
  readonly country?: string;
  readonly organization?: string;
  /** The earliest start any observation gives, where one does. */
  readonly start?: DateValue;
  /** The latest end any observation gives, where one does. */
  readonly end?: DateValue;
  /** Whether the latest observation shows them in office. */
  readonly current: boolean;
  /** The observations, oldest first. */
  readonly observations: readonly Office[];
}

const earliest = (a: DateValue | undefined, b: DateValue | undefined) =>
  a === undefined ? b : b === undefined ? a : compareDates(b, a) < 0 ? b : a;
const latest = (a: DateValue | undefined, b: DateValue | undefined) =>
  a === undefined ? b : b === undefined ? a : compareDates(b, a) > 0 ? b : a;

/**
 * Office observations gathered into terms, so that a person seen five times
 * in office reads as one line per role with its start and end: by role (in
 * the vocabulary's order), then by the term's start (or first observation).
 */
export function officeTerms(offices: readonly Office[]): OfficeTerm[] {
  const groups = new Map<string, Office[]>();
  for (const office of offices) {
    const key = [office.role, office.person, office.country ?? "", office.organization ?? ""].join(
      "\u0000",
    );
    const list = groups.get(key);
    if (list) list.push(office);
    else groups.set(key, [office]);
  }
  const terms = [...groups.values()].map((list): OfficeTerm => {
    const observations = [...list].sort((a, b) => compareDates(a.observed, b.observed));
    const first = observations[0] as Office;
    const last = observations.at(-1) as Office;
    const start = observations.map((o) => o.start).reduce(earliest, undefined);
    const end = observations.map((o) => o.end).reduce(latest, undefined);
    return {
      role: first.role,
      person: first.person,
      ...(first.country === undefined ? {} : { country: first.country }),
      ...(first.organization === undefined ? {} : { organization: first.organization }),
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
      current: last.status === "current",
      observations,
    };
  });
  const began = (t: OfficeTerm) => t.start ?? (t.observations[0] as Office).observed;
  return terms.sort(
    (a, b) =>
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
      compareDates(began(a), began(b)) ||
      (a.person < b.person ? -1 : a.person > b.person ? 1 : 0),
  );
}
