import { describe, expect, it } from "vitest";
import { formatDate } from "./formatDate.js";

describe("formatDate", () => {
  it("keeps a date's precision", () => {
    expect(formatDate({ value: "2020" }, "en")).toBe("2020");
    expect(formatDate({ value: "2020-08" }, "en")).toBe("August 2020");
    expect(formatDate({ value: "2020-08-10" }, "en")).toBe("10 August 2020");
  });

  it("speaks German", () => {
    expect(formatDate({ value: "2020-08-10" }, "de")).toBe("10. August 2020");
    expect(formatDate({ value: "2025-03" }, "de")).toBe("März 2025");
    expect(formatDate({ value: "2025-11-01" }, "en", "short")).toBe("1 Nov 2025");
  });

  it("writes spans and leaves what it cannot read as it is", () => {
    expect(formatDate({ value: "2025-08-23", end: "2025-08-24" }, "en")).toBe(
      "23 August 2025 – 24 August 2025",
    );
    expect(formatDate({ value: "soon" }, "en")).toBe("soon");
  });
});
