import type { Source } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { sourcesByDate } from "./SourcesView.js";

const source = (id: string, published?: string) =>
  ({
    type: "source",
    id,
    ...(published ? { published: { value: published, basis: "stated" } } : {}),
  }) as unknown as Source;

describe("sourcesByDate", () => {
  it("sorts by date of publication, the less precise first, undated last, then by id", () => {
    const sorted = sourcesByDate([
      source("z-undated"),
      source("b-2025", "2025-08-26"),
      source("a-undated"),
      source("c-2020", "2020-08-10"),
      source("d-2025-11", "2025-11"),
      source("e-2025", "2025"),
    ]);
    expect(sorted.map((s) => s.id)).toEqual([
      "c-2020",
      "e-2025",
      "b-2025",
      "d-2025-11",
      "a-undated",
      "z-undated",
    ]);
  });
});
