import { describe, expect, it } from "vitest";
import { synthetic } from "../../bench/synthetic.js";
import { ChunkedIndex } from "./ChunkedIndex.js";
import { FIELDS } from "./SearchEntry.js";
import { searchEntries } from "./searchEntries.js";

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
  it("packs postings as the engine unpacks them: the field in the low 5 bits", () => {
    expect(FIELDS).toBe(2 ** 5);
  });

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
});
