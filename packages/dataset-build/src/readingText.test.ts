import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PAGE_POSITIONS, type PageRegion } from "@korea-relations/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readingText } from "./readingText.js";
import { sourceReadingTexts } from "./sourceReadingTexts.js";
import { normalizeQuote } from "./textIndex.js";

const dataDir = fileURLToPath(new URL("../../../data", import.meta.url));
const sources = sourceReadingTexts(dataDir);
const byId = new Map(sources.map((source) => [source.id, source]));

interface BuiltEvidence {
  readonly source: string;
  readonly quote: string;
  readonly span: [number, number];
}

/** Every evidence with a built span in the generated dataset. */
function builtEvidence(): BuiltEvidence[] {
  const dataset: unknown = JSON.parse(
    readFileSync(new URL("../../core/data/dataset.json", import.meta.url), "utf8"),
  );
  const found: BuiltEvidence[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.quote === "string" && Array.isArray(record.span)) {
        found.push(record as unknown as BuiltEvidence);
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(dataset);
  return found;
}

/**
 * The excerpt as a reader should see it, cleaned without the span map: the
 * source's line patterns and link marks removed, whitespace folded.
 */
function cleanExcerpt(excerpt: string, linePatterns: readonly string[]): string {
  const lines = excerpt
    .split("\n")
    .map((line) => linePatterns.reduce((out, p) => out.replace(new RegExp(p, "gu"), ""), line));
  return normalizeQuote(lines.join("\n").replace(/\[\d+\]\[([^\]]*)\]/gu, "$1"));
}

const LINE_PATTERNS = ["\\s*\\|\\s*\\|?\\s*$", "^> ", "^#+ "];

describe("reading texts of the five sources", () => {
  const evidence = builtEvidence();

  it("has the dataset's evidence to map", () => {
    expect(evidence.length).toBeGreaterThan(300);
    expect(new Set(evidence.map((item) => item.source))).toEqual(new Set(byId.keys()));
  });

  it("maps every evidence span verbatim → reading → verbatim, with the cleaned excerpt", () => {
    const wrong: string[] = [];
    let exact = 0;
    for (const { source: id, quote, span } of evidence) {
      const source = byId.get(id);
      if (!source) throw new Error(`no source ${id}`);
      const { verbatim, reading } = source;
      const patterns = id.startsWith("taz") ? LINE_PATTERNS : [];
      const readingSpan = reading.toReading(span);
      const back = reading.toVerbatim(readingSpan);
      const excerpt = reading.text.slice(...readingSpan);
      if (readingSpan[0] === readingSpan[1]) {
        // Only a link list entry has no reading text: it is shown at its anchor.
        if (!reading.linkAt(span)?.readingAnchor)
          wrong.push(`${id} ${JSON.stringify(quote)}: empty`);
        continue;
      }
      const problems = [
        JSON.stringify(reading.toReading(back)) === JSON.stringify(readingSpan) ? "" : "unstable",
        back[0] >= span[0] && back[1] <= span[1] ? "" : `back ${back} outside ${span}`,
        normalizeQuote(excerpt) === cleanExcerpt(verbatim.slice(...span), patterns)
          ? ""
          : "excerpt differs from the cleaned verbatim",
        normalizeQuote(excerpt) === cleanExcerpt(quote, []) ? "" : "excerpt differs from the quote",
        excerpt.trim() === excerpt ? "" : "excerpt has space at an end",
      ].filter(Boolean);
      const edges = (verbatim[span[0]] ?? "") + (verbatim[span[1] - 1] ?? "");
      if (back[0] === span[0] && back[1] === span[1]) exact++;
      // Only spans that start or end on removed markup come back trimmed.
      else if (!/[[\]|>#\s]/u.test(edges)) problems.push(`trimmed to ${back}`);
      if (problems.length > 0) wrong.push(`${id} ${JSON.stringify(quote)}: ${problems.join(", ")}`);
    }
    expect(wrong).toEqual([]);
    expect(exact).toBeGreaterThan(evidence.length * 0.9);
  });

  it("maps back exactly every evidence span that starts and ends on a kept character", () => {
    for (const { source: id, span } of evidence) {
      const source = byId.get(id);
      if (!source) continue;
      const { reading, verbatim } = source;
      const first = verbatim[span[0]] ?? "";
      const last = verbatim[span[1] - 1] ?? "";
      if (/[[\]|>#\s]/u.test(first + last)) continue;
      expect(reading.toVerbatim(reading.toReading(span))).toEqual(span);
    }
  });

  it.each(sources.map((source) => [source.id, source] as const))(
    "%s has no scrape remnants",
    (_id, { reading }) => {
      const { text } = reading;
      expect(text).not.toContain("| |");
      expect(text).not.toMatch(/^> /mu);
      expect(text).not.toMatch(/^#+ /mu);
      expect(text).not.toMatch(/\[\d+\]\[/u);
      expect(text).not.toMatch(/^\[\d+\] /mu);
      expect(text).not.toContain("Skip to");
      expect(text).not.toContain("Anzeige");
      expect(text).not.toMatch(/\s\s/u);
      expect(text).not.toMatch(/\u00a0/u);
      expect(text).not.toMatch(/^\s|\s$/u);
      expect(text).not.toMatch(/ \n|\n /u);
    },
  );

  it.each(sources.map((source) => [source.id, source] as const))(
    "%s leaves out only artifacts, link marks, navigation, ads and link lists",
    (_id, { verbatim, reading }) => {
      const runs = new Map<string, string>();
      let run = "";
      let runStart = 0;
      const close = () => {
        if (run.trim() !== "") {
          const positions = reading.layout.positionsOf([runStart, runStart + run.length]);
          runs.set(run.trim(), positions.join("+"));
        }
        run = "";
      };
      for (let i = 0; i < verbatim.length; i++) {
        const [start, end] = reading.toReading([i, i + 1]);
        if (end > start || /\s/u.test(verbatim[i] ?? "")) {
          close();
          runStart = i + 1;
          continue;
        }
        run += verbatim[i];
      }
      close();
      for (const [text, position] of runs) {
        if (["navigation", "ad", "link"].includes(position)) continue;
        expect(text).toMatch(/^(?:\|(?: \|)?|>|#+|\[\d+\]\[|\])$/u);
      }
    },
  );

  it("cuts each reading text into runs by page position", () => {
    for (const { reading } of sources) {
      const { runs, text } = reading;
      expect(runs[0]?.start).toBe(0);
      expect(runs.at(-1)?.end).toBe(text.length);
      runs.slice(1).forEach((run, i) => {
        expect(run.start).toBe(runs[i]?.end);
        expect(run.position).not.toBe(runs[i]?.position);
      });
    }
    const show = (id: string) => {
      const source = byId.get(id);
      return source?.reading.runs.map(
        ({ start, end, position }) =>
          `${position}: ${source.reading.text.slice(start, end).trim().split(/\s+/u).slice(0, 3).join(" ")}`,
      );
    };
    expect(show("dw-2023-05-24-germany-korea-military-secrets")?.slice(0, 8)).toEqual([
      "tag: ConflictsSouth Korea",
      "headline: Why are Germany",
      "credit: May 24, 2023",
      "teaser: With the new",
      "caption: German-made Taurus missile",
      "credit: Image: South Korean",
      "body: German Chancellor Olaf",
      "teaser: German Chancellor Scholz",
    ]);
    // Neighbouring regions at one position make one run.
    expect(show("taz-2025-08-26-tokyo-summit")).toEqual([
      "headline: taz.de -- Gipfeltreffen",
      "teaser: Japan und Südkorea",
      "caption: Bild: Ein Anfang",
      "body: Tokio taz |",
      "headline: Japan und Südkorea",
      "body: Nun besuchte Lee",
      "credit: 26 Aug 2025",
      "tag: Donald Trump Zölle",
      "teaser: Südkoreas Präsident Lee",
    ]);
  });

  it("shows evidence citing a link list entry at the link's anchor", () => {
    const taz = byId.get("taz-2025-08-26-tokyo-summit");
    const verbatim = taz?.verbatim ?? "";
    const start = verbatim.indexOf("[2] /Umstrittene");
    const span: [number, number] = [start, verbatim.indexOf("!6026484") + "!6026484".length];
    const reading = taz?.reading;
    const [from, to] = reading?.toReading(span) ?? [0, 1];
    expect(to).toBe(from);
    const link = reading?.linkAt(span);
    expect(link?.n).toBe(2);
    expect(link?.readingAnchor && reading?.text.slice(...link.readingAnchor)).toBe("„Trostfrauen“");
    expect(reading?.linkAt([start - 20, start + 5])).toBeUndefined();
  });

  it("keeps the taz link targets as data on their anchors", () => {
    const taz = byId.get("taz-2025-08-26-tokyo-summit");
    const links = taz?.reading.links ?? [];
    expect(
      links.map(({ n, target, readingAnchor }) => [
        n,
        target,
        readingAnchor && taz?.reading.text.slice(...readingAnchor),
      ]),
    ).toEqual([
      [
        1,
        "https://www.mofa.go.jp/a_o/na/kr/pageite_000001_01221.html",
        "die erste gemeinsame Erklärung",
      ],
      [2, "/Umstrittene-Friedensstatue-in-Berlin/!6026484", "„Trostfrauen“"],
      [3, "https://www.gedenkstaettenforum.de/uploads/media/GedRund88_32-36.pdf", "Zwangsarbeiter"],
      [
        4,
        "/Erhoehung-des-US-Einfuhrzolls/!6095987",
        "15 Prozent Importzoll für japanische und südkoreanische Waren,",
      ],
    ]);
    const entry = links[0]?.entry ?? [0, 0];
    expect(taz?.verbatim.slice(...entry)).toBe(
      "[1] https://www.mofa.go.jp/a_o/na/kr/pageite_000001_01221.html",
    );
    expect(taz?.reading.text).not.toContain("mofa.go.jp");
  });

  it("joins taz's hard-wrapped lines into its paragraphs and keeps its blocks apart", () => {
    const lines = byId.get("taz-2025-08-26-tokyo-summit")?.reading.text.split("\n") ?? [];
    expect(lines.slice(0, 3)).toEqual([
      "taz.de -- Gipfeltreffen in Tokio: Japan und Südkorea wollen Freunde werden",
      "Japan und Südkorea stärken ihre Beziehungen und Zusammenarbeit. Damit reagieren sie auf die unberechenbare Außenpolitik von US-Präsident Donald Trump.",
      "Bild: Ein Anfang ist gemacht: Japan und Südkorea wollen ihre Beziehung aufwert…",
    ]);
    const body = lines.slice(3, lines.indexOf("26 Aug 2025"));
    expect(body.map((line) => `${line.slice(0, 20)}…${line.slice(-16)}`)).toEqual([
      "Tokio taz | Südkorea… seit 17 Jahren.",
      "Darin kündigten sie … Landflucht ein.",
      "Die Atmosphäre zwisc…kios bezeichnet.",
      "Seit seinem Amtsantr… Zwangsarbeiter.",
      "Japan und Südkorea w…matie“ verfolgen",
      "Nun besuchte Lee als…“, sagte Ishiba.",
      "Beide Länder reagier…ington auslösen.",
      "„Beide Länder haben …iftung in Seoul.",
    ]);
    expect(lines.slice(-4)).toEqual([
      "80. Jahrestag des Weltkriegsendes: Japans Regierung will sich nicht mehr entsch…",
      "Der Regierungschef tut sich auch 80 Jahre nach Ende des Zweiten Weltkriegs im Pazifik mit Japans Kriegsschuld schwer.",
      "Erhöhung des US-Einfuhrzolls: Japan und Südkorea reagieren gelassen auf Trump…",
      "Trotz markiger Drohungen erhalten Japan und Südkorea drei Wochen mehr Zeit, ein neues Zollabkommen mit den USA auszuhandeln.",
    ]);
  });

  it("keeps a text without artifacts or regions as it is", () => {
    const admm = byId.get("admm-plus-kuala-lumpur-de");
    expect(admm?.reading.text).toBe(admm?.verbatim);
  });
});

describe("readingText rules", () => {
  const file = "data/sources/x.yaml";

  it("joins a line break as a wrap only when the next word would not have fitted", () => {
    // Width 10: "aaa bbb" (7) + " ccccc" (6) > 10 is a wrap; "dd" (2) + " ee" fits, so a break.
    const { text } = readingText("aaa bbb\nccccc\ndd\nee", { file, wrap: 10 });
    expect(text).toBe("aaa bbb ccccc\ndd\nee");
    // A line longer than the width was not wrapped; without a width nothing is joined.
    expect(readingText("aaaaaaaaaaaa\nbbbbbbbbbb", { file, wrap: 10 }).text).toBe(
      "aaaaaaaaaaaa\nbbbbbbbbbb",
    );
    expect(readingText("aaa bbb\nccccc", { file }).text).toBe("aaa bbb\nccccc");
  });

  it("does not join a wrap across a region boundary", () => {
    const regions: PageRegion[] = [{ position: "headline", passage: "aaa bbb" }];
    expect(readingText("aaa bbb\nccccc", { file, wrap: 10, regions }).text).toBe("aaa bbb\nccccc");
  });

  it("folds runs of spaces and blank lines, and trims lines", () => {
    const { text, map } = readingText("  a \u00a0 b\t\n\n\n  c  \n", { file });
    expect(text).toBe("a b\nc");
    expect(map.toVerbatim([1, 2])).toEqual([3, 6]);
    expect(map.toVerbatim([3, 4])).toEqual([7, 13]);
  });

  it("leaves a numbered mark without a listed link as it is", () => {
    expect(readingText("see [1][this]", { file }).text).toBe("see [1][this]");
  });
});

describe("readingText on random texts", () => {
  const token = fc.constantFrom(
    "ab",
    "cd",
    "Wort",
    "x",
    "ü",
    "😀",
    " ",
    "  ",
    "\u00a0",
    "\n",
    "\n\n",
    " | |",
    "> ",
    "# ",
    "[1][",
    "]",
    "[9][ab]",
  );
  interface Input {
    text: string;
    patterns: boolean;
    wrap: number | undefined;
    region: { passage: string; position: (typeof PAGE_POSITIONS)[number] } | undefined;
    links: boolean;
  }
  const input: fc.Arbitrary<Input> = fc.record({
    text: fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join("")),
    patterns: fc.boolean(),
    wrap: fc.option(fc.integer({ min: 3, max: 20 }), { nil: undefined }),
    region: fc.option(
      fc.record({
        passage: fc.constantFrom("ab", "cd", "Wort"),
        position: fc.constantFrom(...PAGE_POSITIONS),
      }),
      { nil: undefined },
    ),
    links: fc.boolean(),
  });

  const build = ({ text, patterns, wrap, region, links }: Input) => {
    const verbatim = links ? `${text}\nLINKS\n[1] https://a.example/x\n[9] /y` : text;
    const regions: PageRegion[] = [];
    if (region && verbatim.includes(region.passage)) {
      regions.push({ ...region, every: true, reason: { en: "test", de: "Test" } });
    }
    if (links) regions.push({ position: "link", from: "LINKS", to: "[9] /y" });
    try {
      return {
        verbatim,
        reading: readingText(verbatim, {
          file: "x.yaml",
          ...(patterns ? { linePatterns: LINE_PATTERNS } : {}),
          ...(wrap !== undefined ? { wrap } : {}),
          regions,
        }),
      };
    } catch {
      // A random region passage may land inside the link list: not a map property.
      return undefined;
    }
  };

  it("round-trips, is monotone, copies characters faithfully and leaves clean lines", () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.nat(), (value, x, y) => {
        const built = build(value);
        fc.pre(built !== undefined);
        if (!built) return;
        const { verbatim, reading } = built;
        const { text, map } = reading;
        expect(map.readingLength).toBe(text.length);
        expect(map.verbatimLength).toBe(verbatim.length);
        expect(text).not.toMatch(/\s\s|^\s|\s$|\u00a0/u);
        // Reading → verbatim → reading is exact.
        const r = [x % (text.length + 1), y % (text.length + 1)].sort((a, b) => a - b) as [
          number,
          number,
        ];
        expect(map.toReading(map.toVerbatim(r))).toEqual(r);
        // Verbatim → reading → verbatim stays inside the span and is stable.
        const v = [x % (verbatim.length + 1), y % (verbatim.length + 1)].sort((a, b) => a - b) as [
          number,
          number,
        ];
        const there = map.toReading(v);
        const back = map.toVerbatim(there);
        expect(map.toReading(back)).toEqual(there);
        if (there[1] > there[0]) expect([back[0] >= v[0], back[1] <= v[1]]).toEqual([true, true]);
        // Every reading character is its verbatim origin, or a space or line
        // break standing for a stretch of spaces, line breaks and removed marks.
        const unfaithful: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const origin = verbatim.slice(...map.toVerbatim([i, i + 1]));
          const char = text[i] ?? "";
          const ok =
            char === " "
              ? /\s/u.test(origin)
              : char === "\n"
                ? origin.includes("\n")
                : origin === char;
          if (!ok) unfaithful.push(i);
        }
        expect(unfaithful).toEqual([]);
        // Monotone.
        const backwards: number[] = [];
        for (let i = 1; i <= verbatim.length; i++) {
          for (const edge of ["start", "end"] as const) {
            if (map.readingOffset(i, edge) < map.readingOffset(i - 1, edge)) backwards.push(i);
          }
        }
        expect(backwards).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
