import { describe, expect, it } from "vitest";
import { unsafeCharacters } from "../../test/terminalSafety.js";
import type { Detail } from "../details/Detail.js";
import { createStyle } from "./createStyle.js";
import { renderDetail } from "./renderDetail.js";

const RAW = "\u001b]0;pwned\u0007\u009b2J\u202e\u2028\u007f";

describe("renderDetail", () => {
  it("cleans every piece of a detail: title, kind, id, sections, leads, texts, links", () => {
    const detail: Detail = {
      id: `id${RAW}`,
      type: "event",
      title: `Title${RAW}`,
      kind: `event${RAW}`,
      sections: [
        {
          title: `Facts${RAW}`,
          rows: [
            { lead: `lead${RAW}`, text: `text${RAW}`, ref: `ref${RAW}` },
            { text: `wrapped ${RAW} text`, wrap: true, reader: `src${RAW}` },
          ],
        },
      ],
      timeline: [],
    };
    for (const width of [undefined, 40]) {
      const out = renderDetail(detail, [], {
        style: createStyle(false),
        ...(width ? { width } : {}),
      });
      expect(unsafeCharacters(out), out).toEqual([]);
      expect(out).toContain("Title");
      expect(out).toContain("→ ref");
    }
  });
});
