import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { DatasetRecord } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { builtin } from "../builtin.js";
import { createRelations } from "../createRelations.js";
import type { Relations } from "../Relations.js";
import type { Brief, Line } from "./BriefTypes.js";
import { barometer } from "./barometer.js";
import { brief } from "./brief.js";
import { briefMarkdown } from "./formats/briefMarkdown.js";
import { reasonText } from "./recordFields.js";

const r = builtin();

// The repository's own copy of the articles (never published).
const texts: Record<string, string> = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve("@korea-relations/source-texts/texts.json"),
    "utf8",
  ),
);
const sourceText = (id: string): string => texts[id] ?? "";

/** The build's rule for a verbatim match: NFKC, hyphens, whitespace folded, line artifacts removed. */
function normalize(text: string, patterns: readonly string[] = []): string {
  const regexes = patterns.map((pattern) => new RegExp(pattern, "gu"));
  return text
    .split("\n")
    .map((line) => regexes.reduce((out, re) => out.replace(re, ""), line))
    .join("\n")
    .normalize("NFKC")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

const allLines = (b: Brief): Line[] => [b.caveat, ...b.sections.flatMap((s) => s.lines)];
const section = (b: Brief, id: string) => b.sections.find((s) => s.id === id)?.lines ?? [];
const records = (lines: readonly Line[]) => lines.flatMap((line) => line.records);

/** Every line cites at least one footnote; footnotes are numbered 1…n in order of first reference. */
function checkFootnotes(b: Brief) {
  const order: number[] = [];
  for (const line of allLines(b)) {
    expect(line.notes.length, line.text).toBeGreaterThan(0);
    for (const n of line.notes) if (!order.includes(n)) order.push(n);
  }
  expect(order).toEqual(b.footnotes.map((_, i) => i + 1));
  expect(b.footnotes.map((f) => f.n)).toEqual(order);
  for (const line of allLines(b)) {
    for (const mark of line.marks) {
      // The reason of a fact the sources do not state stands in one of the line's footnotes.
      const notes = line.notes.map((n) => b.footnotes[n - 1]);
      expect(
        notes.some((f) => f?.marks.some((m) => m.record === mark.record && m.field === mark.field)),
        `${line.text}: ${mark.field}`,
      ).toBe(true);
    }
  }
}

/** Every footnote's excerpt is verbatim in its source text, at its span, and is evidence of its record. */
function checkVerbatim(relations: Relations, b: Brief) {
  for (const note of b.footnotes) {
    const source = relations.getSource(note.source);
    const patterns = source.artifacts?.linePatterns ?? [];
    const text = sourceText(note.source);
    const excerpt = normalize(note.excerpt);
    expect(normalize(text, patterns), note.excerpt).toContain(excerpt);
    expect(note.span).toBeDefined();
    const [start, end] = note.span ?? [0, 0];
    expect(normalize(text.slice(start, end), patterns), note.excerpt).toBe(excerpt);
    expect(relations.evidenceFor(note.record).map((e) => e.quote)).toContain(note.excerpt);
    expect(note.title).toBe(source.title?.value);
    expect(note.publisher).toBe(source.publisher?.value);
    expect(note.published).toBe(source.published?.value);
    expect(note.language).toBe(source.language);
  }
}

const BRIEFS = [
  ["KR", "JP"],
  ["DE", "KR"],
  ["KR", undefined],
] as const;
// (The last one is South Korea's brief alone.)

describe.each(BRIEFS)("the brief of %s and %s", (a, b) => {
  for (const lang of ["en", "de"] as const) {
    const result = brief(r, a, b, { lang });
    const name = `${[a, b].filter(Boolean).join("-").toLowerCase()}.${lang}`;

    it(`(${lang}) cites at least one footnote in every sentence and row`, () => {
      expect(
        result.sections.every((s) =>
          s.lines.every((l) => l.cells.length === s.columns.length || s.layout === "list"),
        ),
      ).toBe(true);
      checkFootnotes(result);
    });

    it(`(${lang}) quotes every excerpt verbatim from its source`, () => {
      checkVerbatim(r, result);
    });

    it(`(${lang}) marks every date the sources do not state, with its reason`, () => {
      for (const line of allLines(result)) {
        for (const id of line.records) {
          const record = r.get(id);
          if (record.type !== "event" || !/^\d{4}/.test(line.text)) continue;
          if (record.date.basis === "stated") continue;
          const mark = line.marks.find((m) => m.record === id && m.field === "date");
          expect(mark, `${line.text}`).toMatchObject({ basis: record.date.basis });
          expect(mark?.reason).toBe(reasonText(record.date.reason, lang));
        }
      }
    });

    it(`(${lang}) rests on the timeline, the agreements between them and the quotes at those events`, () => {
      const countries = b === undefined ? [a] : [a, b];
      const events = r.timeline(a, b).map((entry) => entry.event.id);
      expect(result.basis.events).toEqual(events);
      expect(result.basis.agreements).toEqual(
        r.findAgreements({ parties: countries }).map((x) => x.id),
      );
      expect(result.basis.quotes).toEqual(
        r
          .findQuotes()
          .filter((q) => q.event && events.includes(q.event))
          .map((q) => q.id),
      );
      // Every event stands on a line of its own: in friction or in cooperation.
      const quad = records([...section(result, "friction"), ...section(result, "cooperation")]);
      expect([...quad].sort()).toEqual([...events].sort());
      expect(result.barometer).toEqual(barometer(r, a, b, { lang, by: "year" }));
    });

    it(`(${lang}) names what it rests on at the top`, () => {
      const { events, agreements, quotes, sources } = result.basis;
      const counts = lang === "en" ? `${events.length} events` : `${events.length} Ereignisse`;
      expect(result.caveat.text).toContain(counts);
      expect(result.caveat.text).toContain(
        lang === "en" ? `${agreements.length} agreements` : `${agreements.length} Abkommen`,
      );
      expect(result.caveat.text).toContain(
        `${quotes.length} ${lang === "en" ? "quotes" : "Zitate"}`,
      );
      expect(result.caveat.text).toMatch(
        lang === "en"
          ? /It shows what these articles report, not the whole of/
          : /Es zeigt, was diese Artikel berichten, nicht/,
      );
      expect(result.caveat.notes.map((n) => result.footnotes[n - 1]?.source)).toEqual(sources);
      expect(briefMarkdown(result).split("\n")[2]).toMatch(/^> \*\*(Caveat|Vorbehalt)\.\*\*/);
    });

    it(`(${lang}) reads as the snapshot`, async () => {
      await expect(briefMarkdown(result)).toMatchFileSnapshot(`__snapshots__/${name}.md.snap`);
    });
  }
});

describe("the KR–JP brief", () => {
  for (const lang of ["en", "de"] as const) {
    const b = brief(r, "KR", "JP", { lang });
    it(`(${lang}) names the 2025 Tokyo summit and its joint declaration`, () => {
      const summit = r.getEvent("2025-08-23-kr-jp-tokyo-summit");
      const line = section(b, "chronology").find((l) => l.records.includes(summit.id));
      expect(line?.text).toContain(summit.title[lang]);
      expect(line?.text).toContain(lang === "en" ? "Tokyo" : "Tokio");
      const declaration = r.getAgreement("2025-08-23-kr-jp-joint-declaration");
      const row = section(b, "agreements").find((l) => l.records.includes(declaration.id));
      expect(row?.cells).toContain(declaration.title[lang]);
      expect(row?.cells[0]).toBe(lang === "en" ? "23 Aug 2025" : "23. Aug. 2025");
      expect(declaration.event).toBe(summit.id);
    });

    it(`(${lang}) counts the 2018 ruling and the 2019 export controls among the points of friction`, () => {
      const friction = records(section(b, "friction"));
      expect(friction).toContain("2018-supreme-court-forced-labour-ruling");
      expect(friction).toContain("2019-07-japan-tightens-export-controls-on-south-korea");
      expect(records(section(b, "cooperation"))).not.toContain(
        "2018-supreme-court-forced-labour-ruling",
      );
    });

    it(`(${lang}) quotes Lee and Ishiba verbatim`, () => {
      const quotes = section(b, "quotes");
      for (const speaker of ["lee-jae-myung", "ishiba-shigeru"]) {
        const said = r.findQuotes({ speaker, event: "2025-08-23-kr-jp-tokyo-summit" });
        expect(said.length).toBeGreaterThan(0);
        for (const quote of said) {
          const line = quotes.find((l) => l.records.includes(quote.id));
          expect(line?.text).toContain(quote.text);
          expect(line?.text).toContain(r.getPerson(speaker).name);
        }
      }
    });

    it(`(${lang}) shows who met whom with the offices they held then`, () => {
      const summit = section(b, "meetings").find((l) =>
        l.records.includes("2025-08-23-kr-jp-tokyo-summit"),
      );
      expect(summit?.cells[3]).toBe(
        lang === "en"
          ? "Lee Jae-myung (President of South Korea); Ishiba Shigeru (Prime Minister of Japan)"
          : "Lee Jae-myung (Präsident Südkoreas); Ishiba Shigeru (Premierminister Japans)",
      );
      expect(summit?.records).toEqual(
        expect.arrayContaining([
          "lee-jae-myung-head-of-state-2025",
          "ishiba-shigeru-head-of-government-2025",
        ]),
      );
    });
  }

  it("keeps to the period asked for", () => {
    const b = brief(r, "KR", "JP", { from: "2020", to: "2020" });
    expect(b.title).toBe("South Korea – Japan: brief, 2020");
    for (const id of b.basis.events) {
      expect(r.getEvent(id).date.value.slice(0, 4) <= "2020").toBe(true);
    }
    expect(b.basis.events).not.toContain("2019-07-japan-tightens-export-controls-on-south-korea");
    expect(b.basis.events).toContain("2020-11-12-jp-kr-vice-foreign-ministers-talks");
    expect(brief(r, "KR", "JP", { from: "2020", lang: "de" }).title).toBe(
      "Südkorea – Japan: Dossier, ab 2020",
    );
  });
});

describe("the DE–KR brief", () => {
  it("names the 2023 intelligence-sharing pact in both languages", () => {
    for (const lang of ["en", "de"] as const) {
      const b = brief(r, "DE", "KR", { lang });
      const pact = r.getAgreement("2023-05-21-de-kr-military-intelligence-sharing-pact");
      const row = section(b, "agreements").find((l) => l.records.includes(pact.id));
      expect(row?.text).toContain(pact.title[lang]);
      expect(row?.cells[0]).toBe(lang === "en" ? "21 May 2023" : "21. Mai 2023");
    }
  });
});

describe("brief over any dataset", () => {
  it("builds the same sections over a user's own records, footnotes without spans included", () => {
    const own: Relations = createRelations(fixture);
    const b = brief(own, "KR", "JP", { lang: "de" });
    expect(b.basis.events).toEqual(["2025-summit"]);
    expect(b.basis.agreements).toEqual(["2025-declaration"]);
    expect(b.basis.quotes).toEqual(["ishiba-neighbours"]);
    checkFootnotes(b);
    expect(b.footnotes.every((f) => f.span === undefined)).toBe(true);
    expect(section(b, "quotes")[0]?.text).toContain(
      "„Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns.“",
    );
    expect(section(b, "meetings")[0]?.cells[3]).toBe("Ishiba Shigeru (Premierminister Japans)");
  });

  it("picks up a record a user adds to the built-in dataset", () => {
    const extra = {
      ...r.getEvent("2025-08-23-kr-jp-tokyo-summit"),
      id: "2026-kr-jp-sanction",
      kind: "sanction",
      cameo: "16",
      plover: { type: "SANCTION" },
      date: { value: "2026-01-05", basis: "stated" },
      partOf: undefined,
      title: { en: "A sanction", de: "Eine Sanktion" },
    } as unknown as DatasetRecord;
    const mine: Relations = createRelations([...r.dataset.records, extra]);
    const b = brief(mine, "KR", "JP", { from: "2026" });
    expect(records(section(b, "friction"))).toEqual(["2026-kr-jp-sanction"]);
    expect(b.barometer.periods[0]?.party.events.materialConflict).toEqual(["2026-kr-jp-sanction"]);
    checkFootnotes(b);
  });

  it("says so where a period has nothing", () => {
    const b = brief(r, "KR", "JP", { to: "1900" });
    expect(b.sections.every((s) => s.lines.length === 0)).toBe(true);
    expect(b.caveat.text).toContain("rests on 0 events, 0 agreements and 0 quotes from 0 sources.");
    expect(b.caveat.notes).toEqual([]);
    expect(briefMarkdown(b)).toContain("*No agreements in this period.*");
  });

  it("checks its arguments like the barometer", () => {
    expect(() => brief(r, "KR", "JP", { by: "year" } as never)).toThrow(
      /Unknown key "by" in brief\(options\)/,
    );
    expect(() => brief(r, "KR", "Japn")).toThrow(/Unknown country "Japn"/);
    expect(() => brief(null as never, "KR")).toThrow(TypeError);
  });
});
