/**
 * Which CAMEO root code may stand beside which PLOVER 2.0 event type.
 *
 * PLOVER types and CAMEO roots have no one-to-one mapping: PLOVER keeps most
 * CAMEO roots, splits 08 "Yield" into CONCEDE and RETREAT, files some
 * sub-codes of one root under another type (163 sanctions under COERCE, 192
 * occupation under COERCE, 116 a court's finding under SANCTION) and drops
 * CAMEO 01 "Make public statement" and 02 "Appeal" as categories. An event's
 * pair must be one of the rows below; each row says why it is allowed.
 *
 * Read from: the PLOVER manual (openeventdata/PLOVER, `PLOVER_MANUAL.tex`,
 * draft 2.0 of February 2024, with its type and mode definitions), PLOVER's
 * crosswalk `CAMEO2PLOVER-2021.txt` (CAMEO code → PLOVER type and mode, draft
 * 0.8 of September 2021, which still says DEMAND for REQUEST), and GDELT's
 * CAMEO event-code lookup for the root names.
 *
 * CAMEO 01 has no row: PLOVER has no type for a bare statement, so a
 * statement is coded by what it does (AGREE for a promise, SUPPORT for praise
 * or a verbal defence, ACCUSE for criticism, REQUEST for a demand) with that
 * type's root.
 */
import type { CameoRoot, PloverType } from "@korea-relations/model";

export interface PloverCameoPair {
  readonly plover: PloverType;
  readonly cameo: CameoRoot;
  /** Why the pair is allowed, in one line. */
  readonly reason: string;
}

export const PLOVER_CAMEO_PAIRS = [
  {
    plover: "AGREE",
    cameo: "03",
    reason: "CAMEO 03 'Express intent to cooperate' (030–039) is AGREE throughout the crosswalk.",
  },
  {
    plover: "CONSULT",
    cameo: "04",
    reason:
      "CAMEO 04 'Consult' (phone, visit, host, third location, mediation, negotiation) is CONSULT.",
  },
  {
    plover: "SUPPORT",
    cameo: "05",
    reason:
      "CAMEO 05 'Engage in diplomatic cooperation' (praise, defend verbally, recognize, sign an agreement) is SUPPORT.",
  },
  {
    plover: "COOPERATE",
    cameo: "06",
    reason:
      "CAMEO 06 'Engage in material cooperation' (economic, military, judicial, intelligence) is COOPERATE.",
  },
  { plover: "AID", cameo: "07", reason: "CAMEO 07 'Provide aid' (070–075) is AID." },
  {
    plover: "CONCEDE",
    cameo: "08",
    reason:
      "PLOVER splits CAMEO 08 'Yield': its verbal part (080–083, easing promised, demands acceded to) is CONCEDE.",
  },
  {
    plover: "RETREAT",
    cameo: "08",
    reason:
      "PLOVER splits CAMEO 08 'Yield': its material part (084–087, release, access, de-escalation) is RETREAT.",
  },
  {
    plover: "REQUEST",
    cameo: "10",
    reason:
      "CAMEO 10 'Demand' is PLOVER 2.0's REQUEST (DEMAND in earlier drafts), with modes assist, change, yield, meet.",
  },
  {
    plover: "REQUEST",
    cameo: "02",
    reason:
      "CAMEO 02 'Appeal' asks with less force than a demand; PLOVER drops 02 as a category, and REQUEST is its only type for asking.",
  },
  {
    plover: "ACCUSE",
    cameo: "09",
    reason: "CAMEO 09 'Investigate' is ACCUSE with mode investigate.",
  },
  {
    plover: "ACCUSE",
    cameo: "11",
    reason:
      "CAMEO 11 'Disapprove' (criticize, accuse, complain, sue) is ACCUSE with mode disapprove or allege.",
  },
  {
    plover: "SANCTION",
    cameo: "11",
    reason:
      "CAMEO 116 'Find guilty or liable (legally)' sits under 11; PLOVER 2.0 codes a court's finding of guilt or liability as SANCTION, mode convict.",
  },
  { plover: "REJECT", cameo: "12", reason: "CAMEO 12 'Reject' is REJECT." },
  { plover: "THREATEN", cameo: "13", reason: "CAMEO 13 'Threaten' is THREATEN." },
  { plover: "PROTEST", cameo: "14", reason: "CAMEO 14 'Protest' is PROTEST." },
  {
    plover: "MOBILIZE",
    cameo: "15",
    reason: "CAMEO 15 'Exhibit force posture' (alert, mobilize forces) is MOBILIZE.",
  },
  {
    plover: "SANCTION",
    cameo: "16",
    reason:
      "CAMEO 16 'Reduce relations' (break relations, stop aid, halt talks, expel) is SANCTION.",
  },
  {
    plover: "COERCE",
    cameo: "16",
    reason:
      "CAMEO 163 'Impose embargo, boycott, or sanctions' sits under 16; the crosswalk codes it COERCE, mode restrict.",
  },
  {
    plover: "COERCE",
    cameo: "17",
    reason:
      "CAMEO 17 'Coerce' (seize property, administrative sanctions, arrest, deport) is COERCE.",
  },
  {
    plover: "ASSAULT",
    cameo: "17",
    reason:
      "CAMEO 1712 'Destroy property' and 175 'Use violent repression' sit under 17; the crosswalk codes them ASSAULT.",
  },
  { plover: "ASSAULT", cameo: "18", reason: "CAMEO 18 'Assault' is ASSAULT." },
  {
    plover: "COERCE",
    cameo: "19",
    reason:
      "CAMEO 191 'Impose blockade' and 192 'Occupy territory' sit under 19; the crosswalk codes them COERCE (restrict, seize).",
  },
  {
    plover: "ASSAULT",
    cameo: "19",
    reason: "CAMEO 19 'Fight' (190, 193–196: small arms, artillery, aerial weapons) is ASSAULT.",
  },
  {
    plover: "ASSAULT",
    cameo: "20",
    reason: "CAMEO 20 'Use unconventional mass violence' is ASSAULT, mode unconventional.",
  },
] as const satisfies readonly PloverCameoPair[];

/** The CAMEO roots allowed beside a PLOVER type, in code order. */
export function cameoRootsOf(plover: PloverType): CameoRoot[] {
  return PLOVER_CAMEO_PAIRS.filter((pair) => pair.plover === plover)
    .map((pair): CameoRoot => pair.cameo)
    .sort();
}
