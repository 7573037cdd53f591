import {
  compareDates,
  type DateValue,
  type Office,
  officeDate,
  officeSightings,
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

/**
 * Office terms (one record per person, office and term) as lines: by role
 * (in the vocabulary's order), then by the term's start (or first sighting).
 */
export function officeTerms(offices: readonly Office[]): OfficeTerm[] {
  const terms = offices.map((office): OfficeTerm => {
    const role = [...office.roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b))[0];
    const seen = officeSightings(office).map((sighting) => sighting.date);
    return {
      role: role ?? "other",
      office,
      person: office.person,
      ...(office.country === undefined ? {} : { country: office.country }),
      ...(office.organization === undefined ? {} : { organization: office.organization }),
      ...(office.start === undefined ? {} : { start: office.start }),
      ...(office.end === undefined ? {} : { end: office.end }),
      current: office.status === "current",
      seen,
    };
  });
  return terms.sort((a, b) => {
    const x = officeDate(a.office);
    const y = officeDate(b.office);
    return (
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
      (x && y ? compareDates(x, y) : x ? -1 : y ? 1 : 0) ||
      (a.person < b.person ? -1 : a.person > b.person ? 1 : 0)
    );
  });
}
