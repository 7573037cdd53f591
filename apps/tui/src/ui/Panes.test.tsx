import { Text } from "ink";
import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { isWide, Panes, WIDE } from "./Panes.js";

const panes = (width: number, focus: "left" | "right") => (
  <Panes
    width={width}
    height={2}
    focus={focus}
    left={(w) => <Text>{`LEFT ${w}`}</Text>}
    right={(w) => <Text>{`RIGHT ${w}`}</Text>}
  />
);

describe("Panes", () => {
  it("puts two panes side by side when wide", () => {
    const ui = render(panes(100, "left"));
    expect(ui.lastFrame()).toContain("LEFT 50");
    expect(ui.lastFrame()).toContain("│ RIGHT 48");
    ui.unmount();
  });

  it("shows only the focused pane when narrow", () => {
    const ui = render(panes(80, "right"));
    expect(ui.lastFrame()).toContain("RIGHT 80");
    expect(ui.lastFrame()).not.toContain("LEFT");
    ui.unmount();
    expect(isWide(WIDE)).toBe(true);
    expect(isWide(WIDE - 1)).toBe(false);
  });
});
