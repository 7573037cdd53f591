/**
 * The 50 search queries of the benchmarks over a synthetic dataset: names,
 * surnames, misspellings, prefixes, titles, topics, dates in English and
 * German, numbers and amounts, and several words across fields.
 */
import type { DatasetRecord, Event, Person, Topic } from "@korea-relations/model";

/** A typo: one letter of a word changed, so no record spells it so. */
const typo = (word: string) => `${word.slice(0, 2)}${word[2] === "x" ? "q" : "x"}${word.slice(3)}`;
const nth = <T>(list: readonly T[], i: number) => list[Math.floor((i * list.length) / 10)] as T;
const surname = (p: Person) => p.name.split(" ")[1] as string;
const given = (p: Person) => p.name.split(" ")[0] as string;

export function searchQueries(records: readonly DatasetRecord[]): string[] {
  const events = records.filter((r): r is Event => r.type === "event");
  const people = records.filter((r): r is Person => r.type === "person");
  const topics = records.filter((r): r is Topic => r.type === "topic");
  /** 50 queries: names, surnames, misspellings, prefixes, titles, dates, amounts, several words. */
  const QUERIES: string[] = [
    ...Array.from({ length: 8 }, (_, i) => nth(people, i).name),
    ...Array.from({ length: 6 }, (_, i) => surname(nth(people, i + 1))),
    ...Array.from({ length: 6 }, (_, i) => typo(surname(nth(people, i + 2)))),
    ...Array.from({ length: 4 }, (_, i) => given(nth(people, i + 3)).slice(0, 4)),
    ...Array.from({ length: 5 }, (_, i) => nth(events, i).title.en),
    ...Array.from({ length: 3 }, (_, i) => nth(topics, i).label.en),
    "2003-05-17",
    "17 May 2003",
    "1. März 2020",
    "November 2011",
    "1999",
    "648",
    "12,345",
    "15bn",
    "Country JP",
    "Land Deutschland",
    `${surname(nth(people, 4))} 2010`,
    `${given(nth(people, 5))} meets`,
    `Event ${surname(nth(people, 6))}`,
    `${surname(nth(people, 7))} Country KR`,
    `${typo(given(nth(people, 8)))} ${surname(nth(people, 8))}`,
    "Treffen 2020-02",
    "Synthetic person",
    "Organization",
  ];
  if (QUERIES.length !== 50) throw new Error(`${QUERIES.length} queries, not 50`);
  return QUERIES;
}
