import { describe, expect, it } from "vitest";
import { escapeInline, escapeMarkdown } from "./escapeMarkdown.js";

describe("escapeMarkdown", () => {
  it("escapes inline markup anywhere and block markers at the start", () => {
    expect(escapeInline("a *b* _c_ [d](e) <f> | `g` ~h~ &i; \\")).toBe(
      "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\| \\`g\\` \\~h\\~ \\&i; \\\\",
    );
    expect(escapeMarkdown("# heading")).toBe("\\# heading");
    expect(escapeMarkdown("> quote")).toBe("\\> quote");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("+ item")).toBe("\\+ item");
    expect(escapeMarkdown("2025. item")).toBe("2025\\. item");
    expect(escapeMarkdown("12) item")).toBe("12\\) item");
    expect(escapeMarkdown("2025-08-23: a - b")).toBe("2025-08-23: a - b");
  });

  it("turns line breaks into spaces", () => {
    expect(escapeMarkdown("a\nb\r\n\nc")).toBe("a b c");
  });
});
