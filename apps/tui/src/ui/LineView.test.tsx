import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { COLOUR, SGR } from "../../test/ansi.js";

// Colours are only visible when chalk may emit them: force it before Ink loads.
process.env.FORCE_COLOR = "1";
let render: typeof import("ink-testing-library").render;
let cleanup: typeof import("ink-testing-library").cleanup;
let LineView: typeof import("./LineView.js").LineView;

beforeAll(async () => {
  ({ render, cleanup } = await import("ink-testing-library"));
  ({ LineView } = await import("./LineView.js"));
});
afterEach(() => cleanup());

const line = [
  { text: "event", color: "cyan" },
  { text: " Tokyo summit", bold: true },
  { text: " selected", inverse: true },
  { text: " cited", underline: true, tone: "warn" as const },
];

describe("LineView", () => {
  it("draws colours only with colour on", () => {
    const coloured = render(<LineView line={line} color />).lastFrame() ?? "";
    expect(coloured).toContain("\u001b[36m");
    const plain = render(<LineView line={line} color={false} />).lastFrame() ?? "";
    expect(plain).not.toMatch(COLOUR);
  });

  it("keeps bold, inverse and underline without colour, so meaning survives NO_COLOR", () => {
    const plain = render(<LineView line={line} color={false} />).lastFrame() ?? "";
    expect(plain).toContain("\u001b[1m");
    expect(plain).toContain("\u001b[7m");
    expect(plain).toContain("\u001b[4m");
    expect(plain.replace(SGR, "")).toBe("event Tokyo summit selected cited");
  });

  it("draws an empty line (as one blank line)", () => {
    expect(render(<LineView line={[]} color />).lastFrame()).toBe("");
  });
});
