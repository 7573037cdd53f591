import { describe, expect, it } from "vitest";
import { segmentText } from "./segmentText.js";

type Cite = { id: string; span?: readonly [number, number] };
const cut = (text: string, cites: Cite[]) =>
  segmentText(text, cites, (c) => c.span).map((s) => ({
    text: s.text,
    marked: s.marked,
    starts: s.starts.map((c) => c.id),
    ends: s.ends.map((c) => c.id),
  }));

describe("segmentText", () => {
  it("marks cited passages and keeps every character", () => {
    const text = "One. Two. Three.";
    const segments = cut(text, [{ id: "a", span: [5, 9] }]);
    expect(segments).toEqual([
      { text: "One. ", marked: false, starts: [], ends: [] },
      { text: "Two.", marked: true, starts: ["a"], ends: ["a"] },
      { text: " Three.", marked: false, starts: [], ends: [] },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("splits overlapping and identical spans", () => {
    const segments = cut("abcdef", [
      { id: "a", span: [0, 4] },
      { id: "b", span: [2, 6] },
      { id: "c", span: [2, 6] },
    ]);
    expect(segments).toEqual([
      { text: "ab", marked: true, starts: ["a"], ends: [] },
      { text: "cd", marked: true, starts: ["b", "c"], ends: ["a"] },
      { text: "ef", marked: true, starts: [], ends: ["b", "c"] },
    ]);
  });

  it("ignores missing, empty and out-of-range spans", () => {
    expect(
      cut("abc", [{ id: "a" }, { id: "b", span: [1, 1] }, { id: "c", span: [2, 99] }]),
    ).toEqual([
      { text: "ab", marked: false, starts: [], ends: [] },
      { text: "c", marked: true, starts: ["c"], ends: ["c"] },
    ]);
    expect(cut("", [])).toEqual([]);
  });
});
