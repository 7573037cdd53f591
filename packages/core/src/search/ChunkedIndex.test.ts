import { describe, expect, it } from "vitest";
import { synthetic } from "../../bench/synthetic.js";
import { ChunkedIndex } from "./ChunkedIndex.js";
import { lengthBit } from "./IndexPart.js";
import { FIELDS, type SearchEntry } from "./SearchEntry.js";
import { searchEntries } from "./searchEntries.js";
import { eachToken } from "./tokenize.js";

const entries = searchEntries(synthetic(600, 3));

/** The postings of the entries referring to `id`, read off the entries one by one. */
function referring(index: ChunkedIndex, id: string) {
  const postings: number[] = [];
  entries.forEach((entry, i) => {
    for (const name in entry.refs) {
      if (!entry.refs[name]?.includes(id)) continue;
      const posting = i * FIELDS + (index.refCodes.get(name) as number);
      if (postings.at(-1) !== posting) postings.push(posting);
    }
  });
  return postings;
}

/** Every entry's referrers as `referrers` gives them, in entry order. */
const allReferrers = (index: ChunkedIndex) =>
  entries.map((_, i) => Array.from(index.referrers(i) ?? []));

describe("ChunkedIndex", () => {
  it("gives each entry's referrers, read by entry once the index is complete", () => {
    const index = new ChunkedIndex(entries);
    let steps = 0;
    while (!index.prepare(0)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(index.complete).toBe(true);
    const complete = allReferrers(index);
    entries.forEach((entry, i) => {
      expect(complete[i]).toEqual(referring(index, entry.id));
    });
    expect(complete.filter((list) => list.length > 0).length).toBeGreaterThan(100);
    // The map by id is dropped once the referrers are read by entry.
    expect(index.refs.size).toBe(0);
    // A query's parts after completion change nothing.
    index.parts(new Uint8Array(index.typeCodes().size).fill(1));
    expect(allReferrers(index)).toEqual(complete);
  });

  it("notes the length of each name's and title's words together, for the exact check", () => {
    const index = new ChunkedIndex(entries);
    index.prepare(Number.POSITIVE_INFINITY);
    entries.forEach((entry, i) => {
      let bits = 0;
      for (const text of [...(entry.names ?? []), ...(entry.titles ?? [])]) {
        let length = 0;
        eachToken(text, (token) => {
          length += token.length;
        });
        bits |= lengthBit(length);
      }
      expect(index.nameLengths[i], entry.id).toBe(bits);
    });
    // An entry is named by a query only if one of its names is as long, word for word.
    const person = entries.findIndex((entry) => entry.type === "person");
    const name = (entries[person] as SearchEntry).names?.[0] as string;
    const tokens: string[] = [];
    eachToken(name, (token) => tokens.push(token));
    expect(index.isNamed(person, [...tokens].sort().join(" "), tokens.join(""))).toBe(true);
    expect(index.isNamed(person, tokens.slice(1).join(" "), tokens.slice(1).join(""))).toBe(false);
  });
});
