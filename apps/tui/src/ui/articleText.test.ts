import { builtin } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { localReadingText } from "../localReadingText.js";
import { localSourceText } from "../localSourceTexts.js";
import { articleText } from "./articleText.js";

const DW = "dw-2023-05-24-germany-korea-military-secrets";
const TAZ = "taz-2025-08-26-tokyo-summit";
const relations = builtin();

function article(id: string, clean = true) {
  const raw = localSourceText(id) as string;
  return articleText(id, raw, clean ? localReadingText(id, raw) : undefined);
}

describe("articleText", () => {
  it("places a caption's evidence in the clean reading text and says it is a caption", () => {
    const dw = article(DW);
    expect(dw.clean).toBe(true);
    expect(dw.text).not.toContain("Skip to content");
    const [caption] = relations
      .evidenceFor("2013-south-korean-drill-with-taurus-missile")
      .filter((e) => e.position === "caption");
    const placed = dw.place(caption ?? {});
    expect(placed?.text).toBe(
      "German-made Taurus missile shown in flight during South Korean millitary drills",
    );
    expect(dw.text.slice(...(placed?.span ?? [0, 0]))).toBe(placed?.text);
    expect(dw.positionAt(placed?.span[0] ?? -1)).toBe("caption");
  });

  it("shows an excerpt with line-wrap markup without it", () => {
    const taz = article(TAZ);
    const raw = localSourceText(TAZ) as string;
    const wrapped = relations
      .citations(TAZ)
      .find(({ evidence: { span } }) => span && raw.slice(span[0], span[1]).includes("| |"));
    expect(wrapped).toBeDefined();
    const placed = taz.place(wrapped?.evidence ?? {});
    expect(placed?.text).not.toContain("| |");
    expect(placed?.text.length).toBeGreaterThan(10);
  });

  it("falls back to the raw text, evidence at its verbatim span, without a reading text", () => {
    const raw = article(TAZ, false);
    expect(raw.clean).toBe(false);
    expect(raw.text).toContain("| |");
    const [first] = relations.citations(TAZ);
    if (!first) throw new Error("the taz article has no citations");
    const { evidence } = first;
    expect(raw.place(evidence)?.span).toEqual(evidence.span);
    expect(raw.positionAt(0)).toBeUndefined();
    expect(raw.place({ span: [0, 10 ** 7] })).toBeUndefined();
  });
});
