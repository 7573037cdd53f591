import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { ScrollView } from "./ScrollView.js";

const lines = Array.from({ length: 50 }, (_, i) => [{ text: `line ${i}` }]);

describe("ScrollView", () => {
  it("shows exactly `height` lines, following the focused one", () => {
    const ui = render(<ScrollView lines={lines} height={5} focus={[0, 0]} color={false} />);
    expect(ui.lastFrame()?.split("\n")).toEqual(["line 0", "line 1", "line 2", "line 3", "line 4"]);
    ui.rerender(<ScrollView lines={lines} height={5} focus={[20, 20]} color={false} />);
    expect(ui.lastFrame()?.split("\n")).toContain("line 20");
    expect(ui.lastFrame()?.split("\n")).toHaveLength(5);
    ui.unmount();
  });

  it("scrolls to a given start, within the content", () => {
    const ui = render(<ScrollView lines={lines} height={5} start={48} color={false} />);
    expect(ui.lastFrame()?.split("\n")[0]).toBe("line 45");
    ui.unmount();
  });
});
