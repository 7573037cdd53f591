import { EVENT_KINDS, quadClass } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { synthetic } from "../../bench/synthetic.js";
import { builtin } from "../builtin.js";
import { createRelations } from "../createRelations.js";
import { eventKindName } from "../eventKindName.js";
import { numberWords } from "../numberWords.js";
import { BRIEF_SECTIONS, type Brief } from "./BriefTypes.js";
import { brief } from "./brief.js";
import { BRIEF_LIMITS } from "./briefLimits.js";
import { BRIEF_WORDS } from "./briefWords.js";
import { briefHtml } from "./formats/briefHtml.js";
import { briefMarkdown } from "./formats/briefMarkdown.js";

// A generated dataset with hundreds of KR events a section (12,000 events over 60 countries).
const big = createRelations(synthetic(12_000, 7));
const briefs = { en: brief(big, "KR", { lang: "en" }), de: brief(big, "KR", { lang: "de" }) };
const section = (b: Brief, id: string) => b.sections.find((s) => s.id === id);

describe("the brief of a large dataset", () => {
  describe.each(["en", "de"] as const)("(%s)", (lang) => {
    const b = briefs[lang];
    const words = BRIEF_WORDS[lang];

    it("shows at most BRIEF_LIMITS.rows rows a section: the last, saying how many are left out", () => {
      for (const s of b.sections)
        expect(s.lines.length, s.id).toBeLessThanOrEqual(BRIEF_LIMITS.rows);
      // Points of cooperation: every event of quad class 1–2, of which the last 100 by date.
      const entries = big.timeline("KR");
      const cooperating = entries.filter(({ event }) => quadClass(event.cameo) <= 2);
      expect(cooperating.length).toBeGreaterThan(2 * BRIEF_LIMITS.rows);
      const cooperation = section(b, "cooperation");
      const left = cooperating.length - BRIEF_LIMITS.rows;
      expect(cooperation?.lines.map((line) => line.records[0])).toEqual(
        cooperating.slice(left).map(({ event }) => event.id),
      );
      expect(cooperation?.omitted).toEqual({
        rows: left,
        text: words.omitted.rows(numberWords(left, lang), false, "100"),
      });
      // What is left out is said under the section in every rendering.
      const text = cooperation?.omitted?.text ?? "";
      expect(briefMarkdown(b)).toContain(`*${text}*`);
      expect(briefHtml(b)).toContain(`<p class="empty">${text}</p>`);
    });

    it("counts everything, citing the last BRIEF_LIMITS.notes records of a count by date", () => {
      const glance = section(b, "glance");
      const entries = big.timeline("KR");
      const kinds = EVENT_KINDS.filter((kind) => entries.some(({ event }) => event.kind === kind));
      const crowded = kinds.find(
        (kind) => entries.filter(({ event }) => event.kind === kind).length > BRIEF_LIMITS.notes,
      );
      expect(crowded).toBeDefined();
      const ofKind = entries.filter(({ event }) => event.kind === crowded);
      const line = glance?.lines.find(
        (l) => l.cells[0] === eventKindName(crowded ?? "talks", lang),
      );
      expect(line?.cells[1]).toBe(numberWords(ofKind.length, lang));
      expect(line?.records).toEqual(ofKind.slice(-BRIEF_LIMITS.notes).map(({ event }) => event.id));
      expect(line?.uncited).toBe(ofKind.length - BRIEF_LIMITS.notes);
      expect(glance?.omitted?.text).toBe(words.omitted.notes("25"));
      for (const l of [b.caveat, ...b.sections.flatMap((s) => s.lines)]) {
        expect(l.notes.length, l.text).toBeLessThanOrEqual(BRIEF_LIMITS.notes);
        expect(l.notes.length, l.text).toBeGreaterThan(0);
      }
      // The barometer's rows count every event of their year, and cite at most 25 of them.
      const barometer = section(b, "barometer");
      const counted = barometer?.lines.reduce((n, l) => n + l.records.length + (l.uncited ?? 0), 0);
      expect(counted).toBe(entries.filter((entry) => entry.role === "party").length);
    });

    it("stays bounded: its footnotes and size do not follow the dataset's", () => {
      expect(b.basis.events.length).toBeGreaterThan(600);
      // At most one footnote a record cited: 100 rows a section (their records are also what
      // the counts cite last) and a caveat of at most 25 sources.
      expect(BRIEF_LIMITS).toEqual({ rows: 100, notes: 25 });
      expect(b.footnotes.length).toBeLessThanOrEqual(BRIEF_SECTIONS.length * 100 + 25);
      expect(JSON.stringify(b).length).toBeLessThan(400_000);
      // Every footnote is referenced, numbered 1…n in order of first reference.
      const order: number[] = [];
      for (const l of [b.caveat, ...b.sections.flatMap((s) => s.lines)]) {
        for (const n of l.notes) if (!order.includes(n)) order.push(n);
      }
      expect(order).toEqual(b.footnotes.map((f) => f.n));
    });
  });

  it("is the same brief every time", () => {
    expect(JSON.stringify(brief(big, "KR", { lang: "en" }))).toBe(JSON.stringify(briefs.en));
  });
});

describe("the brief of the built-in dataset", () => {
  it("shows everything: no section leaves out a row, no count leaves a record uncited", () => {
    const r = builtin();
    for (const country of r.dataset.countries) {
      const b = brief(r, country.id);
      for (const s of b.sections) {
        expect(s.omitted, `${country.id} ${s.id}`).toBeUndefined();
        for (const line of s.lines) expect(line.uncited, line.text).toBeUndefined();
      }
    }
  });
});
