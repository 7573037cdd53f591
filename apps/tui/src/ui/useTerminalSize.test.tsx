import { Text } from "ink";
import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { useTerminalSize } from "./useTerminalSize.js";

function Size() {
  const { columns, rows } = useTerminalSize();
  return <Text>{`${columns}x${rows}`}</Text>;
}

describe("useTerminalSize", () => {
  it("reads the terminal's size and follows resize events", async () => {
    const ui = render(<Size />);
    expect(ui.lastFrame()).toBe("100x24");
    Object.defineProperty(ui.stdout, "columns", { value: 60, configurable: true });
    Object.defineProperty(ui.stdout, "rows", { value: 20, configurable: true });
    ui.stdout.emit("resize");
    await new Promise((resolve) => setImmediate(resolve));
    expect(ui.lastFrame()).toBe("60x20");
    ui.unmount();
  });
});
