import { fileURLToPath } from "node:url";
import type { PageRegion } from "@korea-relations/model";
import { PageRegion as PageRegionSchema } from "@korea-relations/model/schema";
import { describe, expect, it } from "vitest";
import { DataError } from "./dataError.js";
import { PageLayout, resolveRegions } from "./pageLayout.js";
import { sourceReadingTexts } from "./sourceReadingTexts.js";
import { findQuote, indexText } from "./textIndex.js";

const dataDir = fileURLToPath(new URL("../../../data", import.meta.url));
const sources = new Map(sourceReadingTexts(dataDir).map((source) => [source.id, source]));

/** The page position of a passage of a source, found like an evidence quote. */
function positionOf(id: string, passage: string) {
  const source = sources.get(id);
  if (!source) throw new Error(`no source ${id}`);
  const span = findQuote(
    indexText(source.verbatim, ["\\s*\\|\\s*\\|?\\s*$", "^> ", "^#+ "]),
    passage,
  );
  if (!span) throw new Error(`${passage} is not in ${id}`);
  return source.reading.layout.positionOf(span);
}

describe("page positions of the five sources", () => {
  it.each([
    ["dw-2023-05-24-germany-korea-military-secrets", "2. Skip to main menu", "navigation"],
    ["dw-2023-05-24-germany-korea-military-secrets", "ConflictsSouth Korea", "tag"],
    ["dw-2023-05-24-germany-korea-military-secrets", "sharing military secrets?", "headline"],
    ["dw-2023-05-24-germany-korea-military-secrets", "intelligence-sharing pact", "teaser"],
    [
      "dw-2023-05-24-germany-korea-military-secrets",
      "the bunker-busting Taurus missile",
      "caption",
    ],
    ["dw-2023-05-24-germany-korea-military-secrets", "Getty Images", "credit"],
    ["dw-2023-05-24-germany-korea-military-secrets", "put new focus on militaries", "teaser"],
    ["dw-2023-05-24-germany-korea-military-secrets", "Pinkston told DW", "body"],
    ["dw-2023-05-24-germany-korea-military-secrets", "Edited by: Darko Janjevic", "credit"],
    ["ffo-2020-08-10-strategic-dialogue", "Welcome", "navigation"],
    ["ffo-2020-08-10-strategic-dialogue", "Kang Kyung-wha© Janine", "caption"],
    ["ffo-2020-08-10-strategic-dialogue", "Janine Schmitz/photothek.net", "credit"],
    ["ffo-2020-08-10-strategic-dialogue", "Partners in tackling COVID-19", "headline"],
    ["ffo-2020-08-10-strategic-dialogue", "halt and reverse the global trend", "body"],
    ["ffo-2020-08-10-strategic-dialogue", "Top of page", "navigation"],
    ["jp-kr-vice-foreign-ministers-talks-de", "Home News Politik", "navigation"],
    ["jp-kr-vice-foreign-ministers-talks-de", "Anzeige Das", "ad"],
    ["jp-kr-vice-foreign-ministers-talks-de", "Japan verlangt von Südkorea Vorschläge", "teaser"],
    ["jp-kr-vice-foreign-ministers-talks-de", "arbeiten Hochrangige", "headline"],
    ["taz-2025-08-26-tokyo-summit", "Trump. Bild:", "teaser"],
    ["taz-2025-08-26-tokyo-summit", "Ein Anfang ist gemacht", "caption"],
    ["taz-2025-08-26-tokyo-summit", "die erste gemeinsame Erklärung", "body"],
    ["taz-2025-08-26-tokyo-summit", "[1] https://www.mofa.go.jp", "link"],
    ["taz-2025-08-26-tokyo-summit", "Martin Fritz", "credit"],
    ["taz-2025-08-26-tokyo-summit", "Johann Wadephul", "tag"],
    ["taz-2025-08-26-tokyo-summit", "„Premiumpartner“", "teaser"],
    ["taz-2025-08-26-tokyo-summit", "drei Wochen mehr Zeit", "teaser"],
    ["admm-plus-kuala-lumpur-de", "Chinas Assertivität", "body"],
  ])("%s: %j is %s", (id, passage, position) => {
    expect(positionOf(id, passage)).toBe(position);
  });

  it("lists every position a span crosses", () => {
    const source = sources.get("jp-kr-vice-foreign-ministers-talks-de");
    const verbatim = source?.verbatim ?? "";
    const start = verbatim.indexOf("Zusammenarbeit für");
    const end = verbatim.indexOf("Hochrangige") + "Hochrangige".length;
    expect(source?.reading.layout.positionsOf([start, end])).toEqual(["headline", "body"]);
  });
});

describe("region errors", () => {
  const index = indexText("Home\nTitle here\nText. Text.\nAnzeige\n");
  const file = "data/sources/x.yaml";
  const errorLine = (regions: PageRegion[]) => {
    try {
      resolveRegions(index, regions, file);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      return (error as Error).message;
    }
    return "no error";
  };

  it("names a passage that is not in the text", () => {
    expect(errorLine([{ position: "headline", passage: "Title gone" }])).toBe(
      'data/sources/x.yaml: regions[0].passage: "Title gone" is not in the source text',
    );
  });

  it("names a passage that occurs more than once", () => {
    expect(errorLine([{ position: "body", passage: "Text." }])).toBe(
      'data/sources/x.yaml: regions[0].passage: "Text." occurs 2 times; lengthen it, or add every: true or occurrence: n',
    );
    expect(errorLine([{ position: "body", passage: "Text.", occurrence: 3 }])).toBe(
      'data/sources/x.yaml: regions[0].occurrence: "Text." occurs only 2 times',
    );
  });

  it("names regions that overlap without nesting", () => {
    expect(
      errorLine([
        { position: "headline", from: "Title", to: "Text." },
        { position: "body", passage: "here Text. Text." },
      ]),
    ).toBe("data/sources/x.yaml: regions[1]: overlaps regions[0] without lying inside it");
  });

  it("resolves nested, repeated and ranged regions", () => {
    const regions = resolveRegions(
      index,
      [
        { position: "navigation", passage: "Home", reason: { en: "menu", de: "Menü" } },
        { position: "headline", from: "Title", to: "here" },
        { position: "credit", passage: "here" },
        { position: "body", passage: "Text.", every: true },
      ],
      file,
    );
    expect(regions.map(({ position, start, end }) => [position, start, end])).toEqual([
      ["navigation", 0, 4],
      ["headline", 5, 15],
      ["credit", 11, 15],
      ["body", 16, 21],
      ["body", 22, 27],
    ]);
  });

  it("gives the innermost region's position, also where regions start together", () => {
    const text = "Home\nTitle here\nText. Text.\nAnzeige\n";
    const regions = resolveRegions(
      index,
      [
        { position: "caption", from: "Title", to: "here" },
        { position: "credit", passage: "Title" },
        { position: "tag", passage: "here" },
      ],
      file,
    );
    const layout = new PageLayout(text, regions);
    expect([5, 9, 10, 11, 16].map((offset) => layout.positionAt(offset))).toEqual([
      "credit",
      "credit",
      "caption",
      "tag",
      "body",
    ]);
    // Spaces have no position of their own: the caption shows only between its parts.
    expect(layout.positionsOf([0, text.length])).toEqual(["body", "credit", "tag"]);
  });

  it("requires a reason for what is not content, and one way to find the region", () => {
    const problems = (region: unknown) =>
      PageRegionSchema.safeParse(region).error?.issues.map((issue) => issue.message) ?? [];
    expect(problems({ position: "ad", passage: "Anzeige" })).toEqual([
      "a reason (one line in en and in de) is required for ad",
    ]);
    expect(problems({ position: "body", passage: "x", from: "a", to: "b" })).toEqual([
      "give either passage or from and to, not both",
    ]);
    expect(problems({ position: "body", from: "a" })).toEqual([
      "give a passage, or both from and to",
    ]);
    expect(problems({ position: "footer", passage: "x" })).toHaveLength(1);
  });
});
