import { fixture } from "@korea-relations/model/fixtures";
import { describe, expectTypeOf, it } from "vitest";
import {
  builtin,
  createRelations,
  type EventId,
  getEvent,
  getSource,
  type SourceId,
} from "../index.js";
import { barometer, brief, type QuadClass, quadClass } from "./index.js";

describe("brief and barometer types", () => {
  it("hand out ids of the dataset's own types, accepted back by its functions", () => {
    const b = brief(builtin(), "KR", "JP", { lang: "de" });
    expectTypeOf(b.basis.events).toEqualTypeOf<readonly EventId[]>();
    expectTypeOf(b.footnotes[0]?.source).toEqualTypeOf<SourceId | undefined>();
    getEvent(b.basis.events[0] as EventId);
    getSource(b.basis.sources[0] as SourceId);
    const m = barometer(builtin(), "KR", { by: "month" });
    expectTypeOf(m.periods[0]?.party.events.materialConflict).toEqualTypeOf<
      readonly EventId[] | undefined
    >();
  });

  it("take any dataset's query API without casts", () => {
    const own = createRelations(fixture);
    expectTypeOf(brief(own, "KR").basis.events[0]).toEqualTypeOf<
      "2020-dialogue" | "2020-press" | "2020-stockholm" | "2025-summit" | "2025-scm" | undefined
    >();
  });

  it("rejects what is not an option or a root code", () => {
    // @ts-expect-error: `by` is the barometer's option, not the brief's
    brief(builtin(), "KR", "JP", { by: "year" });
    // @ts-expect-error: an unknown language
    barometer(builtin(), "KR", "JP", { lang: "fr" });
    // @ts-expect-error: not a CAMEO root code
    quadClass("21");
    expectTypeOf(quadClass("04")).toEqualTypeOf<QuadClass>();
  });
});
