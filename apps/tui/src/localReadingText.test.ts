import { builtin } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { localReadingText } from "./localReadingText.js";
import { localSourceText } from "./localSourceTexts.js";

const TAZ = "taz-2025-08-26-tokyo-summit";

describe("localReadingText", () => {
  it("gives the clean reading text of a built-in article, from the repository's private package", () => {
    const raw = localSourceText(TAZ) as string;
    expect(raw).toContain("| |");
    const reading = localReadingText(TAZ, raw);
    expect(reading?.text).toMatch(/^taz\.de/);
    expect(reading?.text).not.toMatch(/\| \||^> |^# |\[\d+\]/m);
    // Every evidence span of the source maps into the reading text and back onto itself.
    for (const { evidence } of builtin().citations(TAZ)) {
      if (!evidence.span || !reading) continue;
      const span = reading.toReading(evidence.span);
      if (span[0] === span[1]) continue; // a link list entry: shown at its anchor
      const back = reading.toVerbatim(span);
      expect(back[0]).toBeGreaterThanOrEqual(evidence.span[0]);
      expect(back[1]).toBeLessThanOrEqual(evidence.span[1]);
    }
  });

  it("gives none for another text under the same id (a --data source), nor for an unknown id", () => {
    const raw = localSourceText(TAZ) as string;
    expect(localReadingText(TAZ, `${raw}\nchanged`)).toBeUndefined();
    expect(localReadingText("my-own-source", "Some text.")).toBeUndefined();
  });
});
