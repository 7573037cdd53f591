import { describe, expect, it } from "vitest";
import { formatNumber } from "./formatNumber.js";

describe("formatNumber", () => {
  it("groups whole numbers as Intl.NumberFormat does in en-GB and de-DE", () => {
    const numbers = [0, 7, 42, 999, 1000, 1234, 9999, 10000, 12345, 100000, 1234567, -1234, -5];
    for (let n = 1; n < 1e15; n = n * 7 + 3) numbers.push(n, -n);
    for (const n of numbers) {
      expect(formatNumber(n, "en")).toBe(new Intl.NumberFormat("en-GB").format(n));
      expect(formatNumber(n, "de")).toBe(new Intl.NumberFormat("de-DE").format(n));
    }
  });

  it("keeps the requested decimals of other numbers", () => {
    expect(formatNumber(1234.56, "en", 1)).toBe("1,234.6");
    expect(formatNumber(1234.56, "de", 1)).toBe("1.234,6");
    expect(formatNumber(0.25, "en")).toBe("0");
  });
});
