/**
 * The coverage measure would have caught every fact the line-by-line reading
 * of issue 11 found missing: for each fact group added then, removing the
 * records (or the evidence entries) that carry it leaves a named passage of
 * its source uncited. The facts are listed by hand, with the passage each
 * one's removal must uncover; what the measure finds is computed.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetRecord } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { coverage } from "./coverage.js";
import { loadData } from "./loadData.js";
import { validate } from "./validate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const { records, texts, readings } = validate(loadData(join(root, "data"), root));

/** A whole record by id, or one evidence entry of a record by the start of its quote. */
type Removal = string | readonly [id: string, quote: string];

interface Fact {
  readonly fact: string;
  /** The commit of the data-facts round that added it. */
  readonly group: string;
  readonly source: string;
  readonly remove: readonly Removal[];
  /** The start of a passage that must be uncited once the fact's records are gone. */
  readonly passage: string;
  /**
   * Why no citation measure can catch it: the passage states it by
   * implication, or as a topic, while other records cite the same words for
   * their own facts. The test asserts that the measure still misses it, so
   * that this list stays true.
   */
  readonly limit?: string;
}

const TAZ = "taz-2025-08-26-tokyo-summit";
const DW = "dw-2023-05-24-germany-korea-military-secrets";
const JPKR = "jp-kr-vice-foreign-ministers-talks-de";
const FFO = "ffo-2020-08-10-strategic-dialogue";
const ADMM = "admm-plus-kuala-lumpur-de";

const TAZ_GROUP = "389497b Data (taz 003)";
const DW_GROUP = "ee07fd8 Data (DW 001)";
const JPKR_GROUP = "6f89d36 Data (002)";
const FFO_GROUP = "994218f Data (FFO 000)";
const ADMM_GROUP = "825ada4 Data (ADMM 004)";
const FURTHER = "eed385e Data (further facts)";

const FACTS: readonly Fact[] = [
  {
    fact: "taz: the earlier joint declaration („die erste gemeinsame Erklärung … seit 17 Jahren“)",
    group: TAZ_GROUP,
    source: TAZ,
    remove: ["2008-kr-jp-joint-declaration"],
    passage: "In einem zweistündigen Gipfelgespräch",
    limit:
      "implied by „die erste gemeinsame Erklärung … seit 17 Jahren“, which the 2025 declaration and the summit cite for their own facts",
  },
  {
    fact: "taz: the quoted phrase „stabil und zukunftsorientiert“",
    group: TAZ_GROUP,
    source: TAZ,
    remove: [
      "lee-jae-myung-stable-and-future-oriented",
      "ishiba-shigeru-stable-and-future-oriented",
    ],
    passage: "„stabil und zukunftsorientiert“",
  },
  {
    fact: "taz: the quoted phrase „positiven Kreislauf“",
    group: TAZ_GROUP,
    source: TAZ,
    remove: ["government-of-japan-positive-cycle", "government-of-south-korea-positive-cycle"],
    passage: "„positiven Kreislauf“",
  },
  {
    fact: "taz: the first Lee–Ishiba meeting („unser zweites Treffen“)",
    group: TAZ_GROUP,
    source: TAZ,
    remove: ["2025-06-17-lee-ishiba-first-meeting"],
    passage: "„Dies ist unser zweites Treffen",
    limit: "implied by „unser zweites Treffen“, which Lee's quote cites as his words",
  },
  {
    fact: "taz: Lee's Japan-friendly turn since taking office in June",
    group: TAZ_GROUP,
    source: TAZ,
    remove: ["2025-06-lee-jae-myung-strikes-japan-friendly-tones"],
    passage: "Seit seinem Amtsantritt im Juni",
  },
  {
    fact: "taz: Johann Wadephul, his office, his Tokyo visit, „Premiumpartner“ and the naval engagement (tag and teaser)",
    group: TAZ_GROUP,
    source: TAZ,
    remove: [
      "johann-wadephul",
      "johann-wadephul-foreign-minister-2025",
      "2025-08-18-wadephul-visit-to-japan",
      "2025-08-18-wadephul-statements-in-tokyo",
      "johann-wadephul-premium-partner",
      ["us-tariffs", "Wadephul Japan Zölle"],
    ],
    passage: "Asien-Reise von Außenminister Wadephul",
  },
  {
    fact: "taz: the teaser on Lee praising Trump in the White House",
    group: TAZ_GROUP,
    source: TAZ,
    remove: [
      "2025-08-25-lee-jae-myung-praises-trump",
      "2025-08-25-kr-us-summit-white-house",
      "white-house",
    ],
    passage: "Südkoreas Präsident hat Donald Trump im Weißen Haus",
  },
  {
    fact: "taz: the teaser on three more weeks to negotiate a tariff agreement",
    group: TAZ_GROUP,
    source: TAZ,
    remove: [
      "2025-07-07-japan-and-south-korea-get-three-more-weeks-to-negotiate-tariffs",
      "2025-07-07-us-threatens-higher-tariffs-on-japan-and-south-korea",
      ["us-tariffs", "Erhöhung des US-Einfuhrzolls"],
    ],
    passage: "Trotz markiger Drohungen",
  },
  {
    fact: "taz: the teaser on Japan's government and the 80th anniversary of the war's end",
    group: TAZ_GROUP,
    source: TAZ,
    remove: [
      "2025-08-japan-government-on-80th-anniversary-of-war-end",
      "japanese-war-responsibility",
    ],
    passage: "Der Regierungschef tut sich auch 80 Jahre",
  },
  {
    fact: "taz: link [1] as the declaration's address",
    group: TAZ_GROUP,
    source: TAZ,
    remove: [["2025-08-23-kr-jp-joint-declaration", "[1] https://www.mofa.go.jp"]],
    passage: "[1] https://www.mofa.go.jp",
  },
  {
    fact: "taz: link [2], the contested statue in Berlin",
    group: TAZ_GROUP,
    source: TAZ,
    remove: ["peace-statue-berlin", ["comfort-women", "[2] /Umstrittene"]],
    passage: "[2] /Umstrittene-Friedensstatue-in-Berlin",
  },
  {
    fact: "taz: Seoul and Tokyo unsure whether the US keeps its security commitments",
    group: TAZ_GROUP,
    source: TAZ,
    remove: [
      ["2025-08-23-kr-jp-tokyo-summit", "Seoul und Tokio sind unsicher"],
      ["government-of-japan-positive-cycle", "Seoul und Tokio sind unsicher"],
      ["government-of-south-korea-positive-cycle", "Seoul und Tokio sind unsicher"],
      ["government-of-japan", "Seoul und Tokio sind unsicher"],
      ["government-of-south-korea", "Seoul und Tokio sind unsicher"],
    ],
    passage: "Seoul und Tokio sind unsicher",
  },
  {
    fact: "DW: the Taurus caption (weapon, transfer, drill)",
    group: DW_GROUP,
    source: DW,
    remove: [
      "taurus-missile",
      "2013-de-kr-taurus-missile-sale",
      "2013-south-korean-drill-with-taurus-missile",
    ],
    passage: "South Korea operates German-made weapons",
  },
  {
    fact: "DW: the teaser „Japan, South Korea put new focus on militaries“",
    group: DW_GROUP,
    source: DW,
    remove: ["2023-japan-south-korea-new-focus-on-militaries"],
    passage: "Japan, South Korea put new focus on militaries",
  },
  {
    fact: "DW: Pinkston's view that German troops will meet the Korean equipment",
    group: DW_GROUP,
    source: DW,
    remove: [["2022-kr-pl-arms-deal", "It is important that Germany is aware"]],
    passage: "It is important that Germany is aware",
  },
  {
    fact: "DW: analysts see the deals as pushback against Chinese influence",
    group: DW_GROUP,
    source: DW,
    remove: [["2023-05-21-de-kr-summit-seoul", "Analysts point out"]],
    passage: "Analysts point out",
  },
  {
    fact: "DW: South Korea hopes a closer European alliance boosts its deterrence",
    group: DW_GROUP,
    source: DW,
    remove: [["2023-05-21-de-kr-summit-seoul", "In the Indo-Pacific region, however"]],
    passage: "In the Indo-Pacific region, however",
  },
  {
    fact: "002: the teaser „Japan verlangt von Südkorea Vorschläge …“",
    group: JPKR_GROUP,
    source: JPKR,
    remove: ["2020-11-japan-demands-proposals-on-forced-labour-dispute"],
    passage: "Japan verlangt von Südkorea Vorschläge",
  },
  {
    fact: "002: the Japanese foreign ministry as the source of the statement",
    group: JPKR_GROUP,
    source: JPKR,
    remove: [
      ["2020-11-12-jp-kr-vice-foreign-ministers-talks", "hieß es aus dem japanischen"],
      ["ministry-of-foreign-affairs-of-japan-solid-footing", "hieß es aus dem japanischen"],
      ["ministry-of-foreign-affairs-of-japan", "hieß es aus dem japanischen"],
    ],
    passage: "hieß es aus dem japanischen Außenministerium.",
  },
  {
    fact: "FFO: South Korea coped with the pandemic better than almost any other country",
    group: FFO_GROUP,
    source: FFO,
    remove: [
      ["ffo-2020-08-10-strategic-dialogue", "South Korea has so far managed"],
      ["2020-kr-de-covid-19-video-conferences", "South Korea has so far managed"],
    ],
    passage: "South Korea has so far managed",
  },
  {
    fact: "FFO: the threat of a nuclear arms build-up remains tangible",
    group: FFO_GROUP,
    source: FFO,
    remove: [
      ["ffo-2020-08-10-strategic-dialogue", "in South Korea the threat"],
      ["2020-08-10-de-kr-strategic-dialogue", "Germany and South Korea share the experience"],
    ],
    passage: "In Germany’s case",
  },
  {
    fact: "FFO: the Stockholm Initiative's aim „to halt and reverse the global trend towards rearmament“",
    group: FFO_GROUP,
    source: FFO,
    remove: ["rearmament", ["stockholm-initiative", "in order to halt and reverse"]],
    passage: "The aim of this initiative",
  },
  {
    fact: "ADMM: China's assertiveness in the security environment",
    group: ADMM_GROUP,
    source: ADMM,
    remove: [
      "china-assertiveness",
      ["2025-11-01-kr-us-defense-ministers-talks", "Themen umfassen"],
    ],
    passage: "Themen umfassen",
    limit:
      "a topic of a sentence the SCM event cites for its agenda: topics name what a passage is about, they state no fact of it",
  },
  {
    fact: "DW: Seoul's view of China's diplomatic offensive (found later, line by line)",
    group: FURTHER,
    source: DW,
    remove: [
      ["2023-china-diplomatic-offensive", "While Seoul is looking"],
      ["2023-china-diplomatic-offensive", "so both sides are building"],
      ["2023-china-diplomatic-offensive", "China's attempt to boost"],
    ],
    passage: "While Seoul is looking",
  },
  {
    fact: "FFO: the Alliance for Multilateralism's call for cooperation in crises (found later)",
    group: FURTHER,
    source: FFO,
    remove: [["alliance-for-multilateralism", "Greater cooperation is needed"]],
    passage: "Greater cooperation is needed",
  },
];

/** The records without a fact's records and evidence entries. */
function without(remove: readonly Removal[]): DatasetRecord[] {
  const whole = new Set(remove.filter((r): r is string => typeof r === "string"));
  const entries = remove.filter((r): r is readonly [string, string] => typeof r !== "string");
  return records
    .filter((record) => !whole.has(record.id))
    .map((record) => {
      const drop = entries.filter(([id]) => id === record.id).map(([, quote]) => quote);
      if (drop.length === 0) return record;
      const keep = (quote: string) => !drop.some((start) => quote.startsWith(start));
      const evidence = (record.evidence ?? []).filter((e) => keep(e.quote));
      if (evidence.length === (record.evidence ?? []).length) {
        throw new Error(`${record.id} has no evidence starting ${JSON.stringify(drop)}`);
      }
      return { ...record, evidence } as DatasetRecord;
    });
}

/** The passages of a source that the measure fails once the records and evidence are removed. */
function lostPassages(remove: readonly Removal[], source: string): string[] {
  for (const removal of remove) {
    const id = typeof removal === "string" ? removal : removal[0];
    if (!records.some((record) => record.id === id)) throw new Error(`no record ${id}`);
  }
  const report = coverage(without(remove), texts, readings).find((item) => item.source === source);
  return [...(report?.uncited ?? []), ...(report?.unquoted ?? [])].map((passage) => passage.text);
}

describe("the coverage measure catches every missing fact of issue 11", () => {
  it("passes on the whole dataset", () => {
    for (const item of coverage(records, texts, readings)) {
      expect(
        [...item.uncited, ...item.unquoted].map((p) => p.text),
        item.source,
      ).toEqual([]);
    }
  });

  const caught = FACTS.filter((fact) => fact.limit === undefined);

  it.each(caught.map((fact) => [fact.fact, fact] as const))("%s", (_name, fact) => {
    const lost = lostPassages(fact.remove, fact.source);
    expect(
      lost.some((text) => text.startsWith(fact.passage)),
      lost.join(" / "),
    ).toBe(true);
  });

  it.each(FACTS.filter((fact) => fact.limit).map((fact) => [fact.fact, fact] as const))(
    "cannot catch %s",
    (_name, fact) => {
      expect(lostPassages(fact.remove, fact.source)).toEqual([]);
    },
  );

  // A group whose every fact is a limit (825ada4, ADMM: facts of sentences
  // other records already cited, added to summaries) cannot fail.
  const groups = [...new Set(caught.map((fact) => fact.group))];
  it.each(groups)("fails without the records of %s", (group) => {
    const facts = FACTS.filter((fact) => fact.group === group);
    const lost = facts.flatMap((fact) => lostPassages(fact.remove, fact.source));
    expect(lost.length).toBeGreaterThan(0);
  });
});
