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

describe("formatDate against Intl.DateTimeFormat", () => {
  const intl = (value: string, lang: "en" | "de", month: "long" | "short") => {
    const [year, m, day] = value.split("-").map(Number);
    const precision = value.split("-").length - 1;
    const date = new Date(Date.UTC(year as number, (m ?? 1) - 1, day ?? 1));
    date.setUTCFullYear(year as number);
    return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
      timeZone: "UTC",
      year: "numeric",
      ...(precision > 0 ? { month } : {}),
      ...(precision > 1 ? { day: "numeric" } : {}),
    }).format(date);
  };

  it("writes every month, day and precision as Intl does in en-GB and de-DE", () => {
    const values: string[] = ["0999", "0033-05", "0033-05-07", "2021-02-29", "2020-04-31"];
    for (const year of ["1000", "1945", "2020", "9999"]) {
      values.push(year);
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, "0");
        values.push(`${year}-${mm}`);
        for (const d of [1, 9, 10, 28, 30, 31])
          values.push(`${year}-${mm}-${String(d).padStart(2, "0")}`);
      }
    }
    for (const value of values) {
      for (const lang of ["en", "de"] as const) {
        for (const month of ["long", "short"] as const) {
          expect(formatDate({ value }, lang, month), `${value} ${lang} ${month}`).toBe(
            intl(value, lang, month),
          );
        }
      }
    }
  });
});
