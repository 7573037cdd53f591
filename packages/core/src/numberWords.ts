/**
 * Numbers in words' digits: the one way the web page, the TUI and the brief
 * write a number. Written by hand rather than with `Intl.NumberFormat`, whose
 * first use on a page loads its locale data (170 ms at 4× CPU slowdown); a
 * test checks it against `Intl.NumberFormat` for en-GB and de-DE.
 */
import { LABEL_LANGUAGES, type LabelLanguage, typeName } from "@korea-relations/model";
import { member } from "./arguments.js";

const GROUP: Record<LabelLanguage, string> = { en: ",", de: "." };
const DECIMAL: Record<LabelLanguage, string> = { en: ".", de: "," };

/** A non-negative finite number's shortest decimal form without an exponent (`1e+23` → `100…0`). */
function plain(x: number): string {
  const text = String(x);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const [int = "", frac = ""] = text.slice(0, e).split(".");
  const digits = int + frac;
  const point = int.length + Number(text.slice(e + 1));
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A string of digits plus one (`199` → `200`, `99` → `100`). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${"0".repeat(digits.length - i - 1)}`;
}

/**
 * A number in `lang`'s digits and separators (default English: `1,234.5`;
 * German: `1.234,5`), with at most `fractionDigits` decimals (default 0),
 * rounded half away from zero as `Intl.NumberFormat` rounds.
 *
 * @example
 * numberWords(1234567); // "1,234,567"
 * numberWords(1234567, "de"); // "1.234.567"
 * numberWords(1234.56, "de", 1); // "1.234,6"
 * @throws TypeError when `n` is not a number; RangeError for a `lang` that is
 *   no label language (naming the nearest) or `fractionDigits` outside 0–20.
 */
export function numberWords(n: number, lang: LabelLanguage = "en", fractionDigits = 0): string {
  if (typeof n !== "number") {
    throw new TypeError(`numberWords(n) must be a number, got ${typeName(n)}`);
  }
  const language = member(lang, LABEL_LANGUAGES, "numberWords(lang)");
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) {
    throw new RangeError(
      `numberWords(fractionDigits) must be a whole number from 0 to 20, got ${String(fractionDigits)}`,
    );
  }
  if (Number.isNaN(n)) return "NaN";
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  if (!Number.isFinite(n)) return `${sign}∞`;
  let [int = "", frac = ""] = plain(Math.abs(n)).split(".");
  if (frac.length > fractionDigits) {
    let kept = int + frac.slice(0, fractionDigits);
    if (frac.charCodeAt(fractionDigits) >= 53) kept = increment(kept);
    int = kept.slice(0, kept.length - fractionDigits);
    frac = kept.slice(kept.length - fractionDigits);
  }
  frac = frac.replace(/0+$/, "");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[language]);
  return `${sign}${grouped}${frac ? DECIMAL[language] + frac : ""}`;
}
