/**
 * A seeded generator of valid synthetic datasets for benchmarks: `events`
 * events with proportionate people, offices, organizations, topics, places,
 * quotes and agreements over 60 real country codes. Same seed, same records.
 */
import type { DatasetRecord, Event, Office, Person, Place, Quote } from "@korea-relations/model";
import { EVENT_KINDS, PLACE_KINDS, ROLES } from "@korea-relations/model";

const CODES = (
  "KR KP JP CN US DE FR GB IT ES PL UA RU IN PK BD ID MY TH VN PH SG AU NZ CA MX BR AR CL PE " +
  "ZA NG EG KE ET SA IR IQ IL TR SE NO FI DK NL BE CH AT CZ HU RO GR PT IE KZ UZ KG TJ TM MN"
).split(" ");

/** Mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  "ka ki ko min jun seo hye lee park kim cho han yun lim song jeon baek mar tin an na ro".split(
    " ",
  );

export function synthetic(events: number, seed = 1): DatasetRecord[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = () => {
    const y = 1990 + Math.floor(rand() * 36);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const precision = rand();
    return precision < 0.1
      ? `${y}`
      : precision < 0.25
        ? `${y}-${pad(m)}`
        : `${y}-${pad(m)}-${pad(d)}`;
  };
  const word = () => `${pick(SYLLABLES)}${pick(SYLLABLES)}`;
  const records: DatasetRecord[] = [
    {
      type: "source",
      id: "synthetic",
      language: "en",
      file: "synthetic.txt",
      sha256: "0".repeat(64),
      kind: { value: "other", basis: "stated" },
      summary: { en: "Synthetic", de: "Synthetisch" },
      evidence: [{ source: "synthetic", quote: "synthetic" }],
    },
  ];
  for (const code of CODES) {
    records.push({
      type: "country",
      id: code,
      alpha3: `${code}X`,
      names: { en: `Country ${code}`, de: `Land ${code}`, ko: code },
      aliases: [],
    });
  }
  const evidence = [{ source: "synthetic", quote: "synthetic" }] as const;
  const people: Person[] = [];
  const offices: Office[] = [];
  for (let i = 0; i < Math.max(10, events / 5); i++) {
    const name = `${word()} ${word()} ${i}`;
    const person: Person = {
      type: "person",
      id: `person-${i}`,
      name,
      aliases: [],
      nationality: [pick(CODES)],
      description: { en: "Synthetic person", de: "Synthetische Person" },
      evidence,
    };
    people.push(person);
    const start = date();
    const former = rand() >= 0.8;
    offices.push({
      type: "office",
      id: `office-${i}`,
      person: person.id,
      roles: [pick(ROLES)],
      country: person.nationality[0],
      titles: ["Title"],
      label: { en: "Title", de: "Titel" },
      start: { value: start, basis: "stated" },
      ...(former ? { end: { value: start, basis: "stated" as const } } : {}),
      status: former ? "former" : "current",
      evidence: [{ ...evidence[0], seen: { value: start, basis: "stated" } }],
    });
  }
  const topics = Array.from({ length: 50 }, (_, i) => ({
    type: "topic" as const,
    id: `topic-${i}`,
    label: { en: `Topic ${word()} ${i}`, de: `Thema ${i}` },
    aliases: [],
    evidence,
  }));
  const organizations = Array.from({ length: Math.max(5, events / 100) }, (_, i) => ({
    type: "organization" as const,
    id: `org-${i}`,
    name: `Organization ${word()} ${i}`,
    aliases: [],
    kind: "other" as const,
    description: { en: "Synthetic", de: "Synthetisch" },
    evidence,
  }));
  // Places draw from a stream of their own: the other records stay as they were without them.
  const placeRand = random(seed + 0x9e3779b9);
  const places: Place[] = Array.from({ length: Math.max(5, events / 500) }, (_, i) => ({
    type: "place" as const,
    id: `place-${i}`,
    kind: PLACE_KINDS[i % PLACE_KINDS.length] as Place["kind"],
    names: {
      en: `Place ${SYLLABLES[Math.floor(placeRand() * SYLLABLES.length)]} ${i}`,
      de: `Ort ${i}`,
    },
    aliases: [],
    country: CODES[Math.floor(placeRand() * CODES.length)] as string,
    evidence,
  }));
  const list: Event[] = [];
  for (let i = 0; i < events; i++) {
    const place = placeRand() < 0.5 ? places[Math.floor(placeRand() * places.length)] : undefined;
    const a = pick(CODES);
    let b = pick(CODES);
    if (b === a) b = "KR";
    const participants = [pick(people), pick(people)];
    list.push({
      type: "event",
      id: `event-${i}`,
      kind: pick(EVENT_KINDS),
      title: { en: `Event ${word()} ${i}`, de: `Ereignis ${i}` },
      summary: { en: `${word()} meets ${word()}`, de: "Treffen" },
      plover: { type: "CONSULT" },
      cameo: "04",
      date: { value: date(), basis: "stated" },
      status: "occurred",
      ...(place ? { place: { id: place.id, basis: "stated" as const } } : {}),
      participants: [...new Set(participants)].map((p) => ({ person: p.id })),
      countries: a === b ? [a] : [a, b],
      subjects: [],
      organizations: rand() < 0.2 ? [pick(organizations).id] : [],
      topics: [pick(topics).id],
      evidence,
    });
  }
  const quotes: Quote[] = Array.from({ length: events / 10 }, (_, i) => ({
    type: "quote",
    id: `quote-${i}`,
    speaker: pick(people).id,
    text: `${word()} ${word()} ${word()}`,
    language: "en",
    rendering: { language: "de", text: "Synthetisch", by: "dataset" },
    date: { value: date(), basis: "stated" },
    topics: [pick(topics).id],
    evidence,
  }));
  return [
    ...records,
    ...people,
    ...offices,
    ...topics,
    ...organizations,
    ...places,
    ...list,
    ...quotes,
  ];
}
