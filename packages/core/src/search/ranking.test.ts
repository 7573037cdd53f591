/**
 * Ranking over the built-in dataset: realistic queries (English, German,
 * Hangul, Kanji, misspellings, titles, ids, dates, amounts, several words)
 * and what a user expects on top. Covers every example of the search issue.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { synthetic } from "../../bench/synthetic.js";
import { builtin } from "../builtin.js";
import type { EngineHit } from "./SearchEngine.js";
import { SearchEngine } from "./SearchEngine.js";
import { searchEntries } from "./searchEntries.js";

let engine: SearchEngine;
let links: Map<string, number>;
beforeAll(() => {
  const entries = searchEntries(builtin().dataset.records);
  links = new Map(entries.map((e) => [e.id, e.links ?? 0]));
  engine = new SearchEngine(entries);
});

const hits = (query: string, limit = 60): readonly EngineHit[] =>
  engine.search(query, { limit }).hits;
const ids = (query: string, limit = 60) => hits(query, limit).map((h) => h.id);
const rank = (query: string, id: string) => {
  const at = ids(query, 500).indexOf(id);
  return at < 0 ? Number.POSITIVE_INFINITY : at;
};

/** No record without links ranks above one with links, outside the exact tier. */
function linkedFirst(query: string) {
  let seenUnlinked = false;
  for (const hit of hits(query, 500)) {
    if (hit.tier === "exact") continue;
    const linked = (links.get(hit.id) ?? 0) > 0;
    if (!linked) seenUnlinked = true;
    else
      expect(seenUnlinked, `${hit.id} (linked) after an unlinked record for "${query}"`).toBe(
        false,
      );
  }
}

const DAY_EVENTS = [
  "2025-11-01-admm-plus-kuala-lumpur",
  "2025-11-01-ahn-gyu-back-pledge-to-asean",
  "2025-11-01-ahn-gyu-back-speech-admm-plus",
  "2025-11-01-kr-au-defense-ministers-talks",
  "2025-11-01-kr-cn-defense-ministers-talks",
  "2025-11-01-kr-cn-summit-apec",
  "2025-11-01-kr-jp-defense-ministers-talks",
  "2025-11-01-kr-my-defense-ministers-talks",
  "2025-11-01-kr-th-defense-ministers-talks",
  "2025-11-01-kr-us-defense-ministers-talks",
  "2025-11-01-nordin-opening-speech-admm-plus",
];

describe("names rank their record first, and noise never above linked records", () => {
  it.each([
    ["Kang", "kang-kyung-wha"],
    ["Ishiba", "ishiba-shigeru"],
    ["Tokio", "tokyo"],
    ["Tokyo", "tokyo"],
    ["Poland", "PL"],
    ["Scholz", "olaf-scholz"],
    ["Südkorea", "KR"],
    ["Suedkorea", "KR"],
    ["South Korea", "KR"],
    ["Kyung-wha Kang", "kang-kyung-wha"],
    ["ADMM-Plus", "admm-plus"],
    ["NATO", "nato"],
    ["Kuala Lumpur", "kuala-lumpur"],
  ])("%s → %s", (query, id) => {
    expect(ids(query)[0]).toBe(id);
    expect(hits(query)[0]?.tier).toBe("exact");
    linkedFirst(query);
  });

  it("Kang: her events come right after her, no country comes before them (Angola, Bangladesh, Hong Kong, Anguilla)", () => {
    const top = ids("Kang", 6);
    expect(top.slice(1, 4)).toEqual(
      expect.arrayContaining([
        "2020-08-kang-visit-to-germany",
        "2020-08-10-maas-kang-joint-press-conference",
      ]),
    );
    for (const country of ["AO", "BD", "HK", "AI"])
      expect(rank("Kang", country)).toBeGreaterThan(6);
  });

  it("Ishiba, Tokio, Merz, moon: Kiribati, Togo, Cameroon and Monaco stay below linked records", () => {
    expect(rank("Ishiba", "KI")).toBeGreaterThan(ids("Ishiba").length - 1);
    expect(rank("Tokio", "TG")).toBeGreaterThan(5);
    for (const query of ["Ishiba", "Tokio", "Merz", "moon"]) linkedFirst(query);
    expect(ids("Merz")[0]).not.toBe("CM");
    expect(ids("moon")[0]).not.toBe("MC");
  });

  it("agree: agreements first, not the United Kingdom, Greenland or Greece", () => {
    const top = hits("agree", 5);
    expect(top.every((h) => h.type === "agreement" || h.type === "event")).toBe(true);
    for (const country of ["GB", "GL", "GR"]) expect(rank("agree", country)).toBeGreaterThan(20);
    linkedFirst("agree");
  });

  it("Poland: the arms deal right after the country, not seventh after six countries", () => {
    expect(ids("Poland", 3)).toEqual([
      "PL",
      expect.stringMatching(/^2022-kr-pl-arms-deal/),
      expect.stringMatching(/^2022-kr-pl-arms-deal/),
    ]);
  });

  it("strat: the strategic dialogues before Hong Kong, Macau and Palestine", () => {
    const top = ids("strat", 3);
    expect(top).toEqual(
      expect.arrayContaining([
        "2020-08-10-de-kr-strategic-dialogue",
        "ffo-2020-08-10-strategic-dialogue",
      ]),
    );
    for (const country of ["HK", "MO", "PS"]) {
      expect(rank("strat", country)).toBeGreaterThan(
        rank("strat", "2018-07-de-kr-first-strategic-dialogue"),
      );
    }
    linkedFirst("strat");
  });
});

describe("titles and ids of every record type match exactly", () => {
  it.each([
    ["joint declaration", "2025-08-23-kr-jp-joint-declaration"],
    ["South Korea–Japan joint declaration of 2025", "2025-08-23-kr-jp-joint-declaration"],
    ["ADMM-Plus in Kuala Lumpur", "2025-11-01-admm-plus-kuala-lumpur"],
    [
      "Japan tightens export controls on South Korea",
      "2019-07-japan-tightens-export-controls-on-south-korea",
    ],
    [
      "japan tightens export controls on south korea",
      "2019-07-japan-tightens-export-controls-on-south-korea",
    ],
    [
      "Why are Germany and South Korea sharing military secrets?",
      "dw-2023-05-24-germany-korea-military-secrets",
    ],
    ["G7 summit in Hiroshima", "2023-05-19-g7-summit-hiroshima"],
    ["2022-kr-pl-arms-deal", "2022-kr-pl-arms-deal"],
    ["lee-jae-myung-puppet", "lee-jae-myung-puppet"],
    [
      "Gipfeltreffen in Tokio: Japan und Südkorea wollen Freunde werden",
      "taz-2025-08-26-tokyo-summit",
    ],
    [
      "Japan verschärft die Exportkontrollen gegenüber Südkorea",
      "2019-07-japan-tightens-export-controls-on-south-korea",
    ],
  ])("%s → %s", (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it("marks an exact title as the exact tier, and a source does not come first for an event's title", () => {
    const [hit] = hits("ADMM-Plus in Kuala Lumpur");
    expect(hit).toMatchObject({ tier: "exact", type: "event", field: "title" });
  });
});

describe("German, Hangul and Kanji", () => {
  it.each([
    ["Rüstungsvertrag", "2022-kr-pl-arms-deal"],
    ["Ruestungsvertrag Polen", "2022-kr-pl-arms-deal"],
    ["Gemeinsame Erklärung", "2025-08-23-kr-jp-joint-declaration"],
    ["Exportkontrollen Japan", "2019-07-japan-tightens-export-controls-on-south-korea"],
    ["강경화", "kang-kyung-wha"],
    ["서울", "seoul"],
    ["판문점", "panmunjom"],
    ["石破茂", "ishiba-shigeru"],
    ["石破", "ishiba-shigeru"],
    ["東京", "tokyo"],
  ])("%s → %s", (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });
});

describe("Hangul across fields", () => {
  it("이재명 일본 (Lee Jae-myung, Japan) → his events with Japan, his trip to Japan among them", () => {
    const top = hits("이재명 일본", 4);
    expect(top.map((h) => h.id)).toEqual(
      expect.arrayContaining([
        "2025-08-23-kr-jp-tokyo-summit",
        "2025-08-lee-jae-myung-first-foreign-trip-to-japan",
      ]),
    );
    expect(
      top.every((h) => h.matches.some((m) => m.field === "participants" && m.text === "이재명")),
    ).toBe(true);
    expect(
      top.every((h) =>
        h.matches.some((m) => /^(parties|subjects)$/.test(m.field) && m.text === "일본"),
      ),
    ).toBe(true);
  });
});

describe("misspellings find the record, in the fuzzy tier", () => {
  it.each([
    ["Ishbia", "ishiba-shigeru"],
    ["Scholtz", "olaf-scholz"],
    ["Panmunjon", "panmunjom"],
    ["Kuala Lumpor", "kuala-lumpur"],
    ["Hiroshma", "hiroshima"],
    ["Koizmi", "koizumi-shinjiro"],
  ])("%s → %s", (query, id) => {
    expect(ids(query)[0]).toBe(id);
    expect(hits(query)[0]?.tier).toBe("fuzzy");
    linkedFirst(query);
  });
});

describe("several words, in any order, across fields", () => {
  it.each([
    ["Japan South Korea summit 2025", "2025-08-23-kr-jp-tokyo-summit"],
    ["summit Tokyo Ishiba", "2025-08-23-kr-jp-tokyo-summit"],
    ["Scholz Panmunjom", "2023-05-21-olaf-scholz-visits-panmunjom"],
    ["Hegseth Dong Jun", "2025-10-31-hegseth-raises-concerns-with-dong"],
    ["Australia defence ministers", "2025-11-01-kr-au-defense-ministers-talks"],
  ])("%s → %s", (query, id) => {
    expect(ids(query)[0]).toBe(id);
    expect(hits(query)[0]?.tier).toBe("words");
  });
});

describe("dates rank the records dated then first", () => {
  it.each([["2025-11-01"], ["1 Nov 2025"], ["1. November 2025"], ["1.11.2025"], ["Nov 1, 2025"]])(
    "%s → the 11 events of that day before anything not dated that day",
    (query) => {
      const result = hits(query, 200);
      const events = result.filter((h) => h.type === "event" && h.text === "2025-11-01");
      expect(events.map((h) => h.id).sort()).toEqual(DAY_EVENTS);
      const firstOther = result.findIndex((h) => h.text !== "2025-11-01");
      expect(firstOther === -1 || firstOther > 11).toBe(true);
    },
  );

  it.each([["November 2025"], ["Nov. 2025"], ["2025-11"]])(
    "%s → events of that month first",
    (query) => {
      const top = hits(query, 11);
      expect(top.every((h) => h.field === "date" && h.text.startsWith("2025-11"))).toBe(true);
    },
  );

  it("Kuala Lumpur 1 Nov 2025 → the ADMM-Plus first, then the other events there that day", () => {
    expect(ids("Kuala Lumpur 1 Nov 2025")[0]).toBe("2025-11-01-admm-plus-kuala-lumpur");
    expect(engine.search("Kuala Lumpur 1 Nov 2025").total).toBeGreaterThanOrEqual(9);
  });

  it("July 2019 → the export controls", () => {
    expect(ids("July 2019")[0]).toBe("2019-07-japan-tightens-export-controls-on-south-korea");
    expect(ids("Juli 2019")[0]).toBe("2019-07-japan-tightens-export-controls-on-south-korea");
  });
});

describe("amounts and quantities in the forms people type", () => {
  it.each([
    ["15bn"],
    ["€15 billion"],
    ["15 Mrd"],
    ["15 Milliarden Euro"],
    ["$16.2 billion"],
    ["16,2 Milliarden"],
    ["1,000 K2"],
    ["648"],
    ["648 howitzers"],
  ])("%s → the Poland arms deal", (query) => {
    expect(ids(query, 2)).toContain("2022-kr-pl-arms-deal");
    expect(ids(query, 2).every((id) => id.startsWith("2022-kr-pl-arms-deal"))).toBe(true);
  });

  it("16 billion is not 16.2 billion", () => {
    expect(ids("16bn")).not.toContain("2022-kr-pl-arms-deal");
  });
});

describe("highlight ranges mark what matched", () => {
  it("marks the typed prefix and the words of a title", () => {
    const [hit] = hits("strat");
    expect(hit?.text.slice(...(hit.ranges[0] as [number, number]))).toMatch(/^strat$/i);
    const [title] = hits("joint declaration");
    expect(title?.ranges.map(([a, b]) => title.text.slice(a, b))).toEqual(["joint", "declaration"]);
  });

  it("marks an amount with its scale word, and a participant's name", () => {
    const event = hits("15bn").find((h) => h.id === "2022-kr-pl-arms-deal-signing");
    expect(event?.ranges.map(([a, b]) => event.text.slice(a, b))).toEqual(["15 billion"]);
    const dialogue = hits("Kang").find((h) => h.id === "2020-08-10-de-kr-strategic-dialogue");
    expect(dialogue?.matches).toContainEqual({
      field: "participants",
      text: "Kang Kyung-wha",
      ranges: [[0, 4]],
    });
  });
});

describe("later words checked one candidate at a time give the same results", () => {
  it.each([
    ["Japan South Korea summit 2025"],
    ["Kuala Lumpur 1 Nov 2025"],
    ["이재명 일본"],
    ["Scholz Panmunjom"],
    ["Ruestungsvertrag Polen"],
    ["South Korea strat"],
    ["Korea Japan Ishbia"],
    ["defence ministers talks"],
    ["1,000 K2"],
  ])("%s", (query) => {
    const entries = searchEntries(builtin().dataset.records);
    const walking = new SearchEngine(entries, { verify: Number.POSITIVE_INFINITY });
    const checking = new SearchEngine(entries, { verify: 0 });
    const all = { limit: 500 };
    expect(checking.search(query, all)).toEqual(walking.search(query, all));
    expect(walking.search(query, all).total).toBeGreaterThan(0);
  });

  it("on a synthetic dataset, for several words whose last is a letter or two", () => {
    const records = synthetic(3000);
    const entries = searchEntries(records);
    const walking = new SearchEngine(entries, { verify: Number.POSITIVE_INFINITY });
    const checking = new SearchEngine(entries, { verify: 0 });
    const all = { limit: 5000 };
    const people = records.filter((r) => r.type === "person").slice(0, 40);
    const queries = people.flatMap((p) => {
      const name = (p as { name: string }).name;
      const [first = "", last = ""] = name.split(" ");
      return [`${first} ${last.slice(0, 1)}`, `${first} ${last.slice(0, 2)}`, `${last} k`];
    });
    queries.push("Korea 20", "event s", "summit pa", "Event 1 k");
    let found = 0;
    for (const query of queries) {
      const walked = walking.search(query, all);
      found += walked.total;
      expect(checking.search(query, all), query).toEqual(walked);
    }
    expect(found).toBeGreaterThan(queries.length);
  });
});
