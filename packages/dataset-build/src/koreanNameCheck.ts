/**
 * Compares every country's Korean name in three offline sources:
 * i18n-iso-countries (the base), world-countries' Korean translation and the
 * CLDR name of Node's `Intl.DisplayNames("ko")` (which varies with Node's ICU
 * version, so it informs the review but no check depends on it).
 *
 * Run: `npx tsx src/koreanNameCheck.ts` prints the disagreements and the name
 * the dataset uses.
 */
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import countries from "i18n-iso-countries";
import worldCountries from "world-countries";
import { KOREAN_NAME_OVERRIDES, KOREAN_NAMES_KEPT } from "./koreanCountryNames.js";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/ko.json"));

export interface KoreanNameRow {
  readonly code: string;
  readonly isoCountries: string | undefined;
  readonly worldCountries: string | undefined;
  readonly cldr: string | undefined;
  /** The name the dataset uses. */
  readonly used: string | undefined;
}

/** The same name but for spacing. */
export function sameKoreanName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
}

/** One row per ISO 3166-1 country, sorted by code. */
export function koreanNameRows(): KoreanNameRow[] {
  const world = new Map(worldCountries.map((c) => [c.cca2, c.translations.kor?.common]));
  const display = new Intl.DisplayNames(["ko"], { type: "region" });
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((code) => {
      const isoCountries = countries.getName(code, "ko", { select: "official" });
      let cldr: string | undefined;
      try {
        cldr = display.of(code);
      } catch {
        cldr = undefined;
      }
      return {
        code,
        isoCountries,
        worldCountries: world.get(code),
        cldr: cldr === code ? undefined : cldr,
        used: KOREAN_NAME_OVERRIDES[code]?.name ?? isoCountries,
      };
    });
}

function main() {
  const rows = koreanNameRows().filter(
    (row) =>
      !sameKoreanName(row.isoCountries, row.worldCountries) ||
      !sameKoreanName(row.isoCountries, row.cldr),
  );
  console.log("code\ti18n-iso-countries\tworld-countries\tCLDR (Node Intl)\tused\twhy");
  for (const row of rows) {
    const why = KOREAN_NAME_OVERRIDES[row.code]?.basis ?? KOREAN_NAMES_KEPT[row.code] ?? "";
    console.log(
      [row.code, row.isoCountries, row.worldCountries, row.cldr, row.used, why]
        .map((cell) => cell ?? "—")
        .join("\t"),
    );
  }
  console.log(`${rows.length} countries where the three sources do not all agree (spacing aside).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
