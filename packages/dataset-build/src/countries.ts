/**
 * Every ISO 3166-1 country as a record, with English, German and Korean names
 * from i18n-iso-countries and world-countries (not typed by hand), merged with
 * the aliases that `data/countries/` adds from the sources.
 *
 * Labels: English and German are world-countries' common names ("China",
 * "United States", "Russland"), which readers expect where the ISO names are
 * formal ("People's Republic of China"); Korean is i18n-iso-countries' name
 * as South Korea writes it ("북한", where world-countries has North Korea's
 * "조선"), except where `KOREAN_NAME_OVERRIDES` corrects it with a basis
 * ("폴란드", not "폴랜드"). Every other name of either library is an alias.
 */
import { createRequire } from "node:module";
import type { Country } from "@korea-relations/model";
import { nameKeys, recordNames } from "@korea-relations/model";
import countries from "i18n-iso-countries";
import worldCountries from "world-countries";
import { KOREAN_NAME_OVERRIDES } from "./koreanCountryNames.js";

const require = createRequire(import.meta.url);
for (const lang of ["en", "de", "ko"]) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
}

function allNames(code: string, lang: string): string[] {
  const names = countries.getName(code, lang, { select: "all" }) as unknown;
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
}

const worldByCode = new Map(worldCountries.map((country) => [country.cca2, country]));

/** world-countries' common and official names of `code`, English and German first. */
function worldNames(code: string): { en?: string; de?: string; all: string[] } {
  const country = worldByCode.get(code);
  if (!country) return { all: [] };
  const de = country.translations.deu;
  const ko = country.translations.kor;
  const all = [country.name.common, country.name.official, de?.common, de?.official, ko?.common];
  return {
    en: country.name.common,
    de: de?.common,
    all: all.filter((name): name is string => typeof name === "string"),
  };
}

/** The ISO 3166-1 alpha-2 codes, sorted. */
export function countryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort();
}

/** The country record of `code` before the dataset's own aliases are added. */
export function baseCountry(code: string): Country {
  const world = worldNames(code);
  const en = world.en ?? countries.getName(code, "en", { select: "official" });
  const de = world.de ?? countries.getName(code, "de", { select: "official" });
  const ko =
    KOREAN_NAME_OVERRIDES[code]?.name ?? countries.getName(code, "ko", { select: "official" });
  const alpha3 = countries.alpha2ToAlpha3(code);
  if (!en || !de || !ko || !alpha3) throw new Error(`i18n-iso-countries lacks names for ${code}`);
  const names = { en, de, ko };
  const aliases = [
    ...allNames(code, "en"),
    ...allNames(code, "de"),
    ...allNames(code, "ko"),
    ...world.all,
  ];
  const official = new Set(Object.values(names));
  return {
    type: "country",
    id: code,
    alpha3,
    names,
    aliases: [...new Set(aliases)].filter((alias) => !official.has(alias)),
  };
}

/**
 * Every country record before the dataset's own aliases, with library aliases
 * that name more than one country (e.g. "Congo") left out: an ambiguous name
 * is no alias.
 */
export function baseCountries(): Country[] {
  const all = countryCodes().map(baseCountry);
  const owners = new Map<string, Set<string>>();
  for (const country of all) {
    for (const name of recordNames(country)) {
      for (const key of nameKeys(name)) {
        let set = owners.get(key);
        if (!set) {
          set = new Set();
          owners.set(key, set);
        }
        set.add(country.id);
      }
    }
  }
  return all.map((country) => ({
    ...country,
    aliases: country.aliases.filter((alias) =>
      nameKeys(alias).every((key) => (owners.get(key)?.size ?? 0) <= 1),
    ),
  }));
}
