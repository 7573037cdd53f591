import { describe, expect, it } from "vitest";
import { findQuote, indexText, normalizeQuote } from "./textIndex.js";

describe("evidence matching", () => {
  const raw =
    "Foreign Minister KANG Kyung\u2011wha met\u00a0her  counterpart.\nThe rules\u2011based order.";

  it("finds a quote across no-break spaces, no-break hyphens and line breaks", () => {
    const index = indexText(raw);
    const span = findQuote(index, "KANG Kyung-wha met her counterpart. The rules-based");
    expect(span).toBeDefined();
    const [start, end] = span ?? [0, 0];
    expect(raw.slice(start, end)).toBe(
      "KANG Kyung\u2011wha met\u00a0her  counterpart.\nThe rules\u2011based",
    );
  });

  it("applies NFKC to both sides", () => {
    const index = indexText("ﬁve ①");
    expect(findQuote(index, "five 1")).toBeDefined();
  });

  it("removes declared line-wrap artifacts", () => {
    const wrapped = "> Japan und Südkorea stärken | |\n> ihre Beziehungen. | |\nEnde |";
    const index = indexText(wrapped, ["\\s*\\|\\s*\\|?\\s*$", "^> "]);
    const span = findQuote(index, "Japan und Südkorea stärken ihre Beziehungen.");
    expect(span && wrapped.slice(...span)).toBe(
      "Japan und Südkorea stärken | |\n> ihre Beziehungen.",
    );
    expect(findQuote(index, "Ende")).toBeDefined();
    expect(findQuote(indexText(wrapped), "stärken ihre")).toBeUndefined();
  });

  it("matches nothing looser: a changed number, letter or case fails", () => {
    const index = indexText("48 FA050 fighter jets and 648 howitzers");
    expect(findQuote(index, "48 FA050 fighter jets")).toBeDefined();
    expect(findQuote(index, "49 FA050 fighter jets")).toBeUndefined();
    expect(findQuote(index, "48 FA-50 fighter jets")).toBeUndefined();
    expect(findQuote(index, "48 fa050 fighter jets")).toBeUndefined();
    expect(findQuote(index, "")).toBeUndefined();
  });

  it("normalises quotes like texts", () => {
    expect(normalizeQuote(" a\u00a0 b\u2011c \n")).toBe("a b-c");
  });
});
