import { RECORD_KINDS, RECORD_TYPES } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import * as core from "./index.js";

type Guard = (value: unknown) => boolean;
const guards = core as unknown as Record<string, Guard | undefined>;

describe("id type guards", () => {
  it("exports one guard per record type, from the registry", () => {
    for (const type of RECORD_TYPES) {
      expect(typeof guards[`is${RECORD_KINDS[type].idType}`], type).toBe("function");
    }
    expect(typeof core.isRecordId).toBe("function");
  });

  it("is true exactly for the ids of its type", () => {
    for (const record of core.dataset.records) {
      for (const type of RECORD_TYPES) {
        const guard = guards[`is${RECORD_KINDS[type].idType}`] as Guard;
        expect(guard(record.id), `${type} ${record.id}`).toBe(record.type === type);
      }
      expect(core.isRecordId(record.id)).toBe(true);
    }
  });

  it("is false for names, unknown ids and non-strings", () => {
    for (const value of [
      "Südkorea",
      "kr",
      "XX",
      "",
      "no-such-id",
      1,
      null,
      undefined,
      {},
      ["KR"],
    ]) {
      expect(core.isRecordId(value), String(value)).toBe(false);
      expect(core.isCountryCode(value), String(value)).toBe(false);
    }
  });

  it("narrows a string to the id union", () => {
    const value: string = "KR";
    if (core.isCountryCode(value)) {
      const code: core.CountryCode = value;
      expect(core.getCountry(code).id).toBe("KR");
    } else expect.unreachable();
  });
});
