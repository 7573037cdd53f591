import { describe, expect, it } from "vitest";
import { builtin } from "../../builtin.js";
import { brief } from "../brief.js";
import { briefMarkdown } from "./briefMarkdown.js";
import { HOSTILE, hostileBrief } from "./hostileBrief.js";

describe("briefMarkdown", () => {
  const b = brief(builtin(), "KR", "JP", { from: "2025-08", to: "2025-08" });
  const md = briefMarkdown(b);

  it("puts the caveat first, then every section, then every footnote", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe(`# ${b.title}`);
    expect(lines[2]).toMatch(/^> \*\*Caveat\.\*\* This brief \(South Korea – Japan\) rests on/);
    const headings = lines.filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
    expect(headings).toEqual([...b.sections.map((s) => s.heading), "Footnotes"]);
    for (const note of b.footnotes) {
      expect(lines.filter((l) => l.startsWith(`[^${note.n}]: `))).toHaveLength(1);
    }
    // Every reference has its definition, and every definition is referenced.
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])));
    expect([...refs].sort((x, y) => x - y)).toEqual(b.footnotes.map((f) => f.n));
  });

  it("gives each footnote its excerpt, source, date and marks", () => {
    const summitDate = b.footnotes.find(
      (f) =>
        f.record === "2025-08-23-kr-jp-tokyo-summit" && f.marks.some((m) => m.field === "date"),
    );
    expect(summitDate).toBeDefined();
    const line = md.split("\n").find((l) => l.startsWith(`[^${summitDate?.n}]: `));
    expect(line).toBe(
      `[^${summitDate?.n}]: “Am Wochenende kamen Südkoreas Präsident Lee Jae Myung und Japans Premierminister Shigeru Ishiba zu einem Gipfeltreffen in Tokio zusammen.” — taz (die tageszeitung), *Gipfeltreffen in Tokio: Japan und Südkorea wollen Freunde werden*, 26 Aug 2025, body text. date: from outside the sources — The article of 26 Aug 2025 says "am Wochenende"; the summit was held on Saturday 23 August 2025 (public record).`,
    );
  });

  it("links excerpts to the web page's source reader when asked", () => {
    const linked = briefMarkdown(b, { sourceLinks: "https://example.org/korea/" });
    const first = b.footnotes[0];
    expect(linked).toContain(
      `(<https://example.org/korea/#/source/${first?.source}?at=${first?.span?.[0]}>)`,
    );
    expect(md).not.toContain("#/source/");
    expect(() => briefMarkdown(b, { sourceLinks: "javascript:alert(1)" })).toThrow(RangeError);
    expect(() => briefMarkdown(b, { sourcelinks: "" } as never)).toThrow(
      /Unknown key "sourcelinks" in briefMarkdown\(options\): did you mean "sourceLinks"\?/,
    );
  });

  it("lets no record text through as markup", () => {
    const hostile = briefMarkdown(hostileBrief());
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toMatch(/[^\\]\]\(javascript:/);
    expect(hostile).not.toContain("*x*");
    expect(hostile).toContain("\\<script\\>alert(1)\\</script\\>");
    // A name starting with "#" stays text at the start of a list item.
    expect(hostile).toMatch(/^- \\# \\<script\\>alert\(1\)/m);
    expect(HOSTILE).toContain("<script>");
  });
});
