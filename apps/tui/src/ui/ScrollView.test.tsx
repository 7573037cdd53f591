import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { ScrollView, scrollLayout } from "./ScrollView.js";

const lines = Array.from({ length: 50 }, (_, i) => [{ text: `line ${i}` }]);

describe("ScrollView", () => {
  it("shows exactly `height` lines, following the focused one, with cues for what is out of sight", () => {
    const ui = render(<ScrollView lines={lines} height={5} focus={[0, 0]} color={false} />);
    expect(ui.lastFrame()?.split("\n")).toEqual([
      "line 0",
      "line 1",
      "line 2",
      "line 3",
      "  ↓ 46 more",
    ]);
    ui.rerender(<ScrollView lines={lines} height={5} focus={[20, 20]} color={false} />);
    const middle = ui.lastFrame()?.split("\n") ?? [];
    expect(middle).toContain("line 20");
    expect(middle).toHaveLength(5);
    expect(middle[0]).toMatch(/^ {2}↑ \d+ more$/);
    expect(middle[4]).toMatch(/^ {2}↓ \d+ more$/);
    ui.rerender(<ScrollView lines={lines} height={5} focus={[49, 49]} color={false} />);
    expect(ui.lastFrame()?.split("\n")).toEqual([
      "  ↑ 46 more",
      "line 46",
      "line 47",
      "line 48",
      "line 49",
    ]);
    ui.unmount();
  });

  it("shows no cue when everything fits, or when asked for none", () => {
    const few = lines.slice(0, 4);
    const ui = render(<ScrollView lines={few} height={5} color={false} />);
    expect(ui.lastFrame()).not.toContain("more");
    ui.rerender(<ScrollView lines={lines} height={5} start={10} color={false} cues={false} />);
    expect(ui.lastFrame()?.split("\n")).toEqual([
      "line 10",
      "line 11",
      "line 12",
      "line 13",
      "line 14",
    ]);
    ui.unmount();
  });

  it("scrolls to a given start, within the content", () => {
    const ui = render(<ScrollView lines={lines} height={5} start={48} color={false} />);
    expect(ui.lastFrame()?.split("\n")).toEqual([
      "  ↑ 46 more",
      "line 46",
      "line 47",
      "line 48",
      "line 49",
    ]);
    ui.unmount();
  });

  it("draws only the lines in sight of a long list made on demand", () => {
    const made: number[] = [];
    const source = {
      length: 100_000,
      line: (i: number) => {
        made.push(i);
        return [{ text: `row ${i}` }];
      },
    };
    const ui = render(
      <ScrollView lines={source} height={6} focus={[50_000, 50_000]} color={false} />,
    );
    expect(ui.lastFrame()).toContain("row 50000");
    expect(made.length).toBeLessThanOrEqual(6);
    ui.unmount();
    expect(scrollLayout(0, 100_000, 6, [99_999, 99_999], undefined, true)).toMatchObject({
      above: true,
      below: false,
    });
  });
});
