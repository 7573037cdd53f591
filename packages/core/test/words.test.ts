/**
 * `dateWords`, `numberWords` and `amountWords` from the built package: the
 * hand-written month tables, digit grouping and scale words agree with `Intl`
 * (en-GB, de-DE) for every month, day and precision, and none touches `Intl`
 * when it runs.
 */
import { describe, expect, it } from "vitest";
import type * as Core from "../src/index.js";

// The built package (typed by its sources: `dist` is not there yet when a
// clean checkout is typechecked before it is built).
const { amountWords, dateWords, numberWords } = (await import(
  new URL("../dist/index.js", import.meta.url).href
)) as typeof Core;

const LOCALES = { en: "en-GB", de: "de-DE" } as const;

function intlDate(value: string, lang: "en" | "de", month: "long" | "short"): string {
  const [year, m, day] = value.split("-").map(Number);
  const precision = value.split("-").length - 1;
  const date = new Date(Date.UTC(year as number, (m ?? 1) - 1, day ?? 1));
  date.setUTCFullYear(year as number);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: "UTC",
    year: "numeric",
    ...(precision > 0 ? { month } : {}),
    ...(precision > 1 ? { day: "numeric" } : {}),
  }).format(date);
}

describe("dateWords", () => {
  it("writes every month, day and precision as Intl.DateTimeFormat does in en-GB and de-DE", () => {
    const values: string[] = ["0999", "0033-05", "0033-05-07", "2020-02-29", "2000-02-29"];
    for (const year of ["1000", "1945", "2020", "2021", "9999"]) {
      values.push(year);
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, "0");
        values.push(`${year}-${mm}`);
        const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
        for (let d = 1; d <= last; d++) values.push(`${year}-${mm}-${String(d).padStart(2, "0")}`);
      }
    }
    for (const value of values) {
      for (const lang of ["en", "de"] as const) {
        for (const month of ["long", "short"] as const) {
          expect(dateWords(value, lang, month), `${value} ${lang} ${month}`).toBe(
            intlDate(value, lang, month),
          );
          expect(dateWords({ value }, lang, month)).toBe(dateWords(value, lang, month));
        }
      }
    }
  });

  it("writes English with long months by default", () => {
    expect(dateWords("2020")).toBe("2020");
    expect(dateWords("2020-08")).toBe("August 2020");
    expect(dateWords({ value: "2020-08-10", end: "2020-08-10" })).toBe("10 August 2020");
    expect(dateWords("2025-09-01", "en", "short")).toBe("1 Sept 2025");
  });

  it("writes spans so that they cannot be misread, in English and German", () => {
    const span = (value: string, end: string, lang: "en" | "de", month: "long" | "short") =>
      dateWords({ value, end }, lang, month);
    const cases: [string, string, string, string][] = [
      ["2020-11-12", "2020-11-14", "12–14 Nov 2020", "12.–14. Nov. 2020"],
      ["2023-05-19", "2023-06-21", "19 May – 21 Jun 2023", "19. Mai – 21. Juni 2023"],
      ["2020-05", "2020-08", "May–Aug 2020", "Mai–Aug. 2020"],
      ["1910", "1945", "1910–1945", "1910–1945"],
      ["2020", "2020-08-10", "before 10 Aug 2020", "bis zum 10. Aug. 2020"],
      ["2020", "2020-08", "before Aug 2020", "bis zum Aug. 2020"],
      ["2013", "2023-05-24", "2013 – 24 May 2023", "2013 – 24. Mai 2023"],
      ["2024-06-19", "2025-08-26", "19 Jun 2024 – 26 Aug 2025", "19. Juni 2024 – 26. Aug. 2025"],
      ["2019-05", "2020-08", "May 2019 – Aug 2020", "Mai 2019 – Aug. 2020"],
    ];
    for (const [value, end, en, de] of cases) {
      expect(span(value, end, "en", "short")).toBe(en);
      expect(span(value, end, "de", "short")).toBe(de);
    }
    expect(span("2025-08-23", "2025-08-24", "en", "long")).toBe("23–24 August 2025");
    expect(span("2025-08-23", "2025-08-24", "de", "long")).toBe("23.–24. August 2025");
  });

  it("names what is wrong with a bad date, language or month style", () => {
    const call = dateWords as (date: unknown, lang?: unknown, month?: unknown) => string;
    expect(() => call("2020-02-30")).toThrow(RangeError);
    expect(() => call("2020-02-30")).toThrow(/dateWords\(date\) "2020-02-30"/);
    expect(() => call({ value: "2020", end: "2020-13" })).toThrow(
      /dateWords\(date\)\.end "2020-13"/,
    );
    expect(() => call("soon")).toThrow(RangeError);
    expect(() => call(2020)).toThrow(TypeError);
    expect(() => call(null)).toThrow(TypeError);
    expect(() => call({ value: 2020 })).toThrow(/dateWords\(date\)\.value must be/);
    expect(() => call("2020", "fr")).toThrow(/dateWords\(lang\) "fr"/);
    expect(() => call("2020", "en", "shrt")).toThrow(/did you mean "short"/);
  });
});

describe("numberWords", () => {
  it("groups whole numbers as Intl.NumberFormat does in en-GB and de-DE", () => {
    const numbers = [0, -0, 7, 42, 999, 1000, 1234, 9999, 10000, 12345, 100000, 1234567, -1234];
    for (let n = 1; n < 1e25; n = n * 7 + 3) numbers.push(n, -n);
    numbers.push(2 ** 53, 2 ** 60, 1e21, 1e23, Number.MAX_SAFE_INTEGER);
    for (const n of numbers) {
      for (const lang of ["en", "de"] as const) {
        expect(numberWords(n, lang), `${n} ${lang}`).toBe(
          new Intl.NumberFormat(LOCALES[lang]).format(n),
        );
      }
    }
  });

  it("rounds to the requested decimals as Intl.NumberFormat does", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const numbers = [
      0.5,
      1.5,
      2.5,
      -0.5,
      -0.04,
      0.05,
      1.005,
      1.25,
      9.995,
      99.95,
      1234.56,
      1e-7,
      0.1 + 0.2,
    ];
    for (let i = 0; i < 2000; i++) {
      const scale = 10 ** Math.floor(random() * 16 - 6);
      numbers.push((random() - 0.3) * scale);
    }
    for (const n of numbers) {
      for (const digits of [0, 1, 2, 3]) {
        for (const lang of ["en", "de"] as const) {
          expect(numberWords(n, lang, digits), `${n} ${lang} ${digits}`).toBe(
            new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(n),
          );
        }
      }
    }
    expect(numberWords(1234.56, "en", 1)).toBe("1,234.6");
    expect(numberWords(1234.56, "de", 1)).toBe("1.234,6");
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(numberWords(n, "de")).toBe(new Intl.NumberFormat("de-DE").format(n));
    }
  });

  it("names what is wrong with a bad number, language or decimals", () => {
    const call = numberWords as (n: unknown, lang?: unknown, digits?: unknown) => string;
    expect(() => call("12")).toThrow(/numberWords\(n\) must be a number, got a string/);
    expect(() => call(12, "fr")).toThrow(/numberWords\(lang\) "fr"/);
    expect(() => call(12, "en", 1.5)).toThrow(RangeError);
    expect(() => call(12, "en", 21)).toThrow(RangeError);
  });
});

describe("amountWords", () => {
  it("writes the dataset's sums as its sources do, in English and German", () => {
    const deal = [
      { amount: 15_000_000_000, currency: "EUR", approx: true },
      { amount: 16_200_000_000, currency: "USD", approx: true },
    ];
    expect(deal.map((a) => amountWords(a))).toEqual([
      "approx. €15 billion",
      "approx. $16.2 billion",
    ]);
    expect(deal.map((a) => amountWords(a, "de"))).toEqual([
      "ca. 15 Milliarden Euro",
      "ca. 16,2 Milliarden US-Dollar",
    ]);
    expect(amountWords({ amount: 1_000_000, currency: "GBP" }, "en")).toBe("£1 million");
    expect(amountWords({ amount: 1_000_000_000, currency: "JPY" }, "de")).toBe("1 Milliarde Yen");
    expect(amountWords({ amount: 1_250_000_000_000, currency: "KRW" }, "de")).toBe(
      "1,25 Billionen Won",
    );
    expect(amountWords({ amount: 950_000, currency: "KRW", approx: false })).toBe("₩950,000");
    expect(amountWords({ amount: 2_500_000, currency: "CHF" }, "de")).toBe("2,5 Millionen CHF");
    expect(amountWords({ amount: 12.5, currency: "CNY" })).toBe("CNY 12.5");
    expect(amountWords({ amount: -0, currency: "EUR" })).toBe("€0");
  });

  it("writes number and scale word as Intl.NumberFormat's long compact form does in en-GB and de-DE", () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const amounts = [1e6, 999_999, 999_999.996, 999_999_999, 999_950_000, 1_000_500, 1.5e12, 0.004];
    for (let i = 0; i < 3000; i++) {
      const n = 10 ** (random() * 15);
      amounts.push(random() < 0.5 ? Math.round(n) : n);
    }
    for (const amount of amounts) {
      for (const lang of ["en", "de"] as const) {
        const intl = new Intl.NumberFormat(LOCALES[lang], {
          ...(amount >= 1e6
            ? { notation: "compact", compactDisplay: "long", maximumFractionDigits: 3 }
            : { maximumFractionDigits: 2 }),
        }).format(amount);
        const expected = lang === "en" ? `CHF ${intl}` : `${intl} CHF`;
        expect(amountWords({ amount, currency: "CHF" }, lang), `${amount} ${lang}`).toBe(expected);
      }
    }
  });

  it("names what is wrong with a bad sum, currency or language", () => {
    const call = amountWords as (amount: unknown, lang?: unknown) => string;
    expect(() => call(15)).toThrow(/amountWords\(amount\) must be an object/);
    expect(() => call(null)).toThrow(TypeError);
    expect(() => call({ amount: "15", currency: "EUR" })).toThrow(
      /amountWords\(amount\)\.amount must be a number, got a string/,
    );
    expect(() => call({ amount: 15 })).toThrow(/amountWords\(amount\)\.currency must be a string/);
    expect(() => call({ amount: 15, currency: "EUR", approx: "yes" })).toThrow(TypeError);
    expect(() => call({ amount: -1, currency: "EUR" })).toThrow(RangeError);
    expect(() => call({ amount: Number.NaN, currency: "EUR" })).toThrow(RangeError);
    expect(() => call({ amount: Number.POSITIVE_INFINITY, currency: "EUR" })).toThrow(RangeError);
    expect(() => call({ amount: 15, currency: "euro" })).toThrow(
      /amountWords\(amount\)\.currency "euro" is no ISO 4217 code/,
    );
    expect(() => call({ amount: 15, currency: "EUR" }, "fr")).toThrow(/amountWords\(lang\) "fr"/);
  });
});

describe("dateWords, numberWords and amountWords without Intl", () => {
  it("never reach for Intl, so a page that uses them loads no locale data", () => {
    const intl = globalThis.Intl;
    const touched: string[] = [];
    globalThis.Intl = new Proxy(intl, {
      get(target, key, receiver) {
        touched.push(String(key));
        return Reflect.get(target, key, receiver);
      },
    });
    try {
      dateWords({ value: "2020-11-12", end: "2020-11-14" }, "de", "short");
      dateWords("0033-05-07", "en");
      numberWords(-1234567.891, "de", 2);
      numberWords(1e23, "en");
      amountWords({ amount: 16_200_000_000, currency: "USD", approx: true }, "de");
      amountWords({ amount: 950_000, currency: "CHF" }, "en");
    } finally {
      globalThis.Intl = intl;
    }
    expect(touched).toEqual([]);
  });
});
