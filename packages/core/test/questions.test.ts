/**
 * Questions a reader of the articles would ask, answered through the public
 * API of the built-in dataset and checked against the article text.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { SourceId } from "../src/generated/ids.js";
import {
  dataset,
  evidenceFor,
  findAgreements,
  findEvents,
  findQuotes,
  getCountry,
  getEvent,
  getOffice,
  getOrganization,
  getPerson,
  getPlace,
  getTopic,
  officeHolders,
  officesOf,
  partners,
  resolve,
  search,
  whoHeld,
} from "../src/index.js";

/** The articles' full texts, from the repository's private package (not all of them are published). */
const TEXTS = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve("@korea-relations/source-texts/texts.json"),
    "utf8",
  ),
) as Record<string, string>;
const sourceText = (id: SourceId): string => {
  const text = TEXTS[id];
  if (text === undefined) throw new Error(`no text for ${id}`);
  return text;
};

describe("source 000: the 2020 Germany–South Korea strategic dialogue", () => {
  const text = sourceText("ffo-2020-08-10-strategic-dialogue");

  it("Who was South Korea's foreign minister at the 2020 strategic dialogue?", () => {
    const [holder] = officeHolders({
      role: "foreign-minister",
      country: "Südkorea",
      at: "2020-08-10",
    });
    expect(getPerson(holder?.person ?? "").name).toBe("Kang Kyung-wha");
    expect(text).toContain("South Korean Foreign Minister KANG Kyung‑wha");
  });

  it("Who was Germany's foreign minister then, and since when?", () => {
    const [holder] = officeHolders({ role: "foreign-minister", country: "DE", at: "2020-08" });
    expect(holder?.person).toBe("heiko-maas");
    expect(holder?.start).toMatchObject({ value: "2018-03-14", basis: "external" });
  });

  it("When did Maas and Kang meet for their strategic dialogue, and is the date stated?", () => {
    const [dialogue] = findEvents({
      people: ["Heiko Maas", "KANG Kyung‑wha"],
      kinds: ["dialogue"],
      from: "2020",
    });
    expect(dialogue?.date).toMatchObject({ value: "2020-08-10", basis: "inferred" });
    expect(dialogue?.date.reason?.en).toMatch(/today/i);
    expect(text).toContain("10.08.2020");
  });

  it("What did the two foreign ministers discuss?", () => {
    const [dialogue] = findEvents({ people: ["Maas", "Kang"], kinds: ["dialogue"], from: "2020" });
    expect(dialogue?.topics).toEqual(
      expect.arrayContaining(["covid-19-pandemic", "disarmament", "multilateralism"]),
    );
    const quotes = evidenceFor(dialogue?.id ?? "").map((e) => e.quote);
    expect(quotes.some((q) => text.includes(q) && q.includes("disarmament"))).toBe(true);
  });

  it("Which initiatives are Germany and South Korea both part of?", () => {
    expect(getOrganization("Stockholm Initiative").members).toEqual(
      expect.arrayContaining(["DE", "KR"]),
    );
    expect(getOrganization("Alliance for Multilateralism").members).toEqual(
      expect.arrayContaining(["DE", "KR"]),
    );
    expect(text).toContain(
      "Both countries are part of the Stockholm Initiative together with 14 other members.",
    );
  });

  it("When, says the release, is greater multilateral cooperation needed?", () => {
    expect(getOrganization("Alliance for Multilateralism").description.en).toContain(
      "against pandemics or climate change",
    );
  });

  it("What did Germany and South Korea commit to on a COVID-19 vaccine?", () => {
    const [commitment] = findAgreements({
      parties: ["Deutschland", "Republic of Korea"],
      from: "2020",
      to: "2020",
    });
    expect(commitment?.title.en).toMatch(/vaccine/i);
    expect(commitment?.summary.de).toMatch(/öffentliches Gut/);
    // A standing commitment the release reports, not one made at the dialogue.
    expect(commitment?.event).toBeUndefined();
    expect(commitment?.date?.reason?.en).toContain("are committed");
  });

  it("How well did South Korea cope with the pandemic, in the release's words?", () => {
    const [help] = findEvents({
      countries: ["KR", "DE"],
      kinds: ["cooperation"],
      topics: ["COVID-19"],
    });
    expect(help?.summary.en).toContain("better than almost any other country");
    expect(text).toContain("better than almost any other country");
  });

  it("What does the release say about the nuclear threat on the divided peninsula, and what is the Stockholm Initiative's aim?", () => {
    const [dialogue] = findEvents({ kinds: ["dialogue"], countries: ["DE", "KR"], from: "2020" });
    expect(dialogue?.summary.en).toContain("threat of a nuclear arms build-up remains tangible");
    expect(dialogue?.topics).toContain("national-division");
    expect(getOrganization("Stockholmer Initiative").description.en).toContain(
      "halt and reverse the global trend towards rearmament",
    );
    expect(search("rearmament").hits[0]?.id).toBe("rearmament");
  });

  it("Which photos does the release show, and who took them? (captions and credits)", () => {
    const captions = evidenceFor("janine-schmitz").map((e) => e.quote);
    expect(captions).toContain(
      "Joint press conference: Heiko Maas and Kang Kyung-wha© Janine Schmitz/photothek.net",
    );
    const [visit] = findEvents({ kinds: ["visit"], people: ["Kang"] });
    expect(evidenceFor(visit?.id ?? "").map((e) => e.quote)).toContain(
      "Foreign Minister Heiko Maas receives South Korean Foreign Minister KANG Kyung‑wha",
    );
  });

  it("How did South Korea help Germany during the pandemic?", () => {
    const [help] = findEvents({
      countries: ["KR", "DE"],
      topics: ["COVID-19"],
      kinds: ["cooperation"],
    });
    expect(help?.plover.type).toBe("COOPERATE");
    expect(help?.cameo).toBe("06");
    expect(evidenceFor(help?.id ?? "")[0]?.quote).toContain("numerous video conferences");
  });

  it("Where was the dialogue held, and how is that known?", () => {
    const [dialogue] = findEvents({ kinds: ["dialogue"], countries: ["DE", "KR"], from: "2020" });
    expect(dialogue?.place).toMatchObject({ id: "berlin", basis: "external" });
    expect(text).not.toContain("Berlin");
  });

  it("It was their second dialogue: when and where was the first, and how is that known?", () => {
    const dialogues = findEvents({ kinds: ["dialogue"], countries: ["DE", "KR"] });
    expect(dialogues.map((event) => event.date.value)).toEqual(["2018-07", "2020-08-10"]);
    const [first] = dialogues;
    expect(first?.date.basis).toBe("external");
    expect(first?.place).toMatchObject({ id: "seoul", basis: "external" });
    expect(evidenceFor(first?.id ?? "")[0]?.quote).toContain("met for the second time");
    expect(text).not.toContain("2018");
  });

  it("Who took the photos of the release?", () => {
    const person = resolve("Janine Schmitz");
    expect(person?.type).toBe("person");
    expect(text).toContain("© Janine Schmitz/photothek.net");
  });

  it("Is Germany among South Korea's partners?", () => {
    expect(partners("South Korea").find((p) => p.country === "DE")?.events).toBeGreaterThanOrEqual(
      3,
    );
  });

  it("Finds Kang by her Hangul name and by a Western-order spelling", () => {
    expect(search("강경화").hits[0]?.id).toBe("kang-kyung-wha");
    expect(search("Kyung-wha Kang").hits[0]?.id).toBe("kang-kyung-wha");
  });
});

describe("source 002: Japan–South Korea vice-minister talks (German, undated)", () => {
  const text = sourceText("jp-kr-vice-foreign-ministers-talks-de");

  it("Wer führte die Gespräche der Vizeaußenminister?", () => {
    const [talks] = findEvents({ countries: ["Japan", "Südkorea"], kinds: ["talks"], to: "2020" });
    expect(talks?.participants.map((p) => p.person).sort()).toEqual([
      "akiba-takeo",
      "choi-jong-kun",
    ]);
    expect(text).toContain("Japans Vizeaußenminister Takeo Akiba");
  });

  it("When did the talks happen, given the article only says 'am Donnerstag'?", () => {
    const [talks] = findEvents({ people: ["Takeo Akiba"], kinds: ["talks"] });
    expect(talks?.date).toMatchObject({ value: "2020-11-12", basis: "external" });
    expect(talks?.date.reason?.en).toContain("am Donnerstag");
  });

  it("Who was South Korea's first vice foreign minister in November 2020, and since when?", () => {
    const [holder] = officeHolders({ role: "vice-foreign-minister", country: "KR", at: "2020-11" });
    expect(holder?.person).toBe("choi-jong-kun");
    expect(holder?.start?.value).toBe("2020-08");
  });

  it("Who was Japan's prime minister when Park Jie-won visited?", () => {
    const [meeting] = findEvents({ people: ["Park Jie-won"] });
    const [pm] = officeHolders({
      role: "head-of-government",
      country: "JP",
      at: meeting?.date.value,
    });
    expect(getPerson(pm?.person ?? "").name).toBe("Suga Yoshihide");
    expect(getPerson("Yoshihide Suga").id).toBe("suga-yoshihide");
  });

  it("Was hat der Oberste Gerichtshof 2018 entschieden?", () => {
    const [ruling] = findEvents({ kinds: ["ruling"], from: "2018", to: "2018" });
    expect(ruling?.organizations).toContain("supreme-court-of-korea");
    expect(ruling?.summary.de).toContain("vier Männer");
    expect(text).toContain("2018 entschied, dass vier Männer");
  });

  it("Which 1965 agreement does Japan say the ruling violates?", () => {
    const [treaty] = findAgreements({ parties: ["JP", "KR"], to: "1965" });
    expect(treaty?.date?.value).toBe("1965");
    expect(evidenceFor(treaty?.id ?? "")[0]?.quote).toContain("vollständig und endgültig geregelt");
  });

  it("How did Japan respond, and when?", () => {
    const [controls] = findEvents({ kinds: ["export-control"] });
    expect(controls?.countries).toEqual(["JP"]);
    expect(controls?.subjects).toEqual(["KR"]);
    expect(controls?.date).toMatchObject({ value: "2019-07", basis: "external" });
  });

  it("What did the Japanese foreign ministry say (verbatim, in German)?", () => {
    const [statement] = findQuotes({ speaker: "japanisches Außenministerium" });
    expect(statement?.language).toBe("de");
    expect(statement?.translated).toBe(true);
    expect(text).toContain(statement?.text.slice(0, 60));
  });

  it("What does Japan demand of South Korea, according to the 'Mehr zum Thema' teaser?", () => {
    const [demand] = findEvents({
      countries: ["JP"],
      subjects: ["KR"],
      topics: ["forced-labour"],
      kinds: ["statement"],
      from: "2020",
    });
    expect(demand?.plover).toEqual({ type: "REQUEST", mode: "meet" });
    expect(demand?.cameo).toBe("10");
    expect(text).toContain("Japan verlangt von Südkorea Vorschläge");
  });

  it("Who is the source of what is said about the talks?", () => {
    const [talks] = findEvents({ people: ["Takeo Akiba"], kinds: ["talks"] });
    expect(talks?.organizations).toEqual(["ministry-of-foreign-affairs-of-japan"]);
    expect(talks?.summary.en).toContain("according to Japan's foreign ministry");
  });

  it("Which parliamentary groups met, and who led them?", () => {
    const [visit] = findEvents({ people: ["Kim Jin-pyo", "Fukushiro Nukaga"] });
    expect(visit?.date).toMatchObject({ value: "2020-11-12", end: "2020-11-14" });
    expect(visit?.organizations).toHaveLength(2);
  });
});

describe("source 003: the Lee–Ishiba summit in Tokyo (taz, 26 Aug 2025)", () => {
  const text = sourceText("taz-2025-08-26-tokyo-summit");

  it("What did Ishiba say after the Tokyo summit?", () => {
    const [quote] = findQuotes({ speaker: "Shigeru Ishiba" });
    expect(quote?.text).toBe(
      "Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns. Aber wir werden einen konsequenten politischen Kurs verfolgen",
    );
    expect(quote?.translated).toBe(true);
  });

  it("When was the summit, given the article says 'am Wochenende'?", () => {
    const [summit] = findEvents({ countries: ["KR", "JP"], kinds: ["summit"], from: "2025" });
    expect(summit?.date.basis).not.toBe("stated");
    expect(summit?.date.reason?.en).toContain("am Wochenende");
    expect(summit?.place).toMatchObject({ id: "tokyo", basis: "stated" });
  });

  it("Warum ist der Gipfel auf den 23. August datiert? (the reason in German too)", () => {
    const [summit] = findEvents({ countries: ["KR", "JP"], kinds: ["summit"], from: "2025" });
    expect(summit?.date.reason?.de).toContain("„am Wochenende“");
    expect(summit?.date.reason?.de).toContain("23. August 2025");
  });

  it("What does „Marionette“ mean in English, and whose words are those?", () => {
    const [puppet] = findQuotes({ speaker: "Lee", to: "2023" });
    expect(puppet?.language).toBe("de");
    expect(puppet?.rendering).toEqual({ language: "en", text: "puppet", by: "dataset" });
    expect(text).toContain("„Marionette“");
    expect(text).not.toContain("puppet");
  });

  it("Welche Einigung erzielten Lee und Ishiba?", () => {
    const agreements = findAgreements({
      parties: ["Südkorea", "Japan"],
      from: "2025-08",
      to: "2025-08",
    });
    expect(agreements.map((a) => a.kind).sort()).toEqual(["joint-declaration", "task-force"]);
    expect(text).toContain("die erste gemeinsame Erklärung");
  });

  it("What did Lee say about Ishiba?", () => {
    const quotes = findQuotes({ speaker: "Lee Jae Myung", from: "2025-08-23", to: "2025-08-23" });
    expect(quotes.map((q) => q.text)).toContain(
      "Dies ist unser zweites Treffen, und ich habe das Gefühl, dass wir enge Freunde sind",
    );
  });

  it("What did Lee call Yoon two years earlier, and in which office was Lee then?", () => {
    const [puppet] = findQuotes({ speaker: "Lee", to: "2023" });
    expect(puppet?.text).toBe("Marionette");
    const lee = getPerson("Lee Jae-myung");
    expect(resolve("Yoon Suk Yeol")?.id).toBe("yoon-suk-yeol");
    expect(
      officeHolders({ role: "legislator", country: "KR", at: "2023" }).map((o) => o.person),
    ).toContain(lee.id);
  });

  it("How high is the US tariff on Japanese and South Korean goods?", () => {
    const [tariff] = findEvents({ kinds: ["tariff"], countries: ["US", "KR", "JP"] });
    expect(tariff?.summary.en).toContain("15 percent");
    expect(text).toMatch(/15 Prozent\s/);
  });

  it("Who was South Korea's president at the summit? (both offices)", () => {
    const at = "2025-08-23";
    expect(officeHolders({ role: "head-of-state", country: "KR", at })[0]?.person).toBe(
      "lee-jae-myung",
    );
    expect(officeHolders({ role: "head-of-government", country: "KR", at })[0]?.person).toBe(
      "lee-jae-myung",
    );
    expect(officeHolders({ role: "head-of-government", country: "JP", at })[0]?.person).toBe(
      "ishiba-shigeru",
    );
  });

  it("Who is Frederic Spohr and what did he say?", () => {
    const [office] = officeHolders({
      role: "representative",
      organization: "Friedrich-Naumann-Stiftung",
    });
    expect(office?.person).toBe("frederic-spohr");
    const [quote] = findQuotes({ speaker: "Frederic Spohr" });
    expect(quote?.translated).toBe(false);
    expect(quote?.text.startsWith("Beide Länder haben Sorge")).toBe(true);
  });

  it("It was the first joint declaration in 17 years: when was the one before, and how is that known?", () => {
    const declarations = findAgreements({ parties: ["KR", "JP"], kinds: ["joint-declaration"] });
    expect(declarations.map((a) => a.date?.value)).toEqual(["2008", "2025-08-23"]);
    expect(declarations[0]?.date).toMatchObject({ basis: "inferred" });
    expect(declarations[0]?.date?.reason?.en).toContain("seit 17 Jahren");
  });

  it("Where can the 2025 declaration be read? (the article's link [1])", () => {
    const [declaration] = findAgreements({
      parties: ["KR", "JP"],
      from: "2025-08",
      to: "2025-08",
      kinds: ["joint-declaration"],
    });
    const link = evidenceFor(declaration?.id ?? "").find((e) => e.quote.startsWith("[1] "));
    expect(link?.quote).toContain("mofa.go.jp");
    expect(text).toContain(link?.quote.slice(4));
  });

  it("How did the leaders want relations to develop, and who said so (verbatim)?", () => {
    const quotes = findQuotes({ event: "2025-08-23-kr-jp-tokyo-summit" }).filter(
      (q) => q.text === "stabil und zukunftsorientiert",
    );
    expect(quotes.map((q) => q.speaker).sort()).toEqual(["ishiba-shigeru", "lee-jae-myung"]);
    expect(text).toContain("„stabil und zukunftsorientiert“");
  });

  it("What should their cooperation set off for the trilateral cooperation with Washington, and whose words are they?", () => {
    const quotes = findQuotes({ topics: ["trilateral-cooperation-with-the-us"] }).filter(
      (q) => q.text === "positiven Kreislauf",
    );
    expect(quotes.map((q) => q.speaker).sort()).toEqual([
      "government-of-japan",
      "government-of-south-korea",
    ]);
  });

  it("Lee calls the summit 'our second meeting': when did they first meet?", () => {
    const [first] = findEvents({ people: ["Lee Jae-myung", "Ishiba"], kinds: ["meeting"] });
    expect(first?.date).toMatchObject({ value: "2025-06-17", basis: "external" });
    expect(first?.date.reason?.en).toContain("G7");
    expect(first?.plover).toEqual({ type: "CONSULT", mode: "third-party" });
  });

  it("Since when does Lee strike Japan-friendly tones, and what belongs to it?", () => {
    const [turn] = findEvents({
      people: ["Lee"],
      subjects: ["JP"],
      kinds: ["statement"],
      from: "2025-06",
      to: "2025-06",
    });
    expect(turn?.id).toBe("2025-06-lee-jae-myung-strikes-japan-friendly-tones");
    expect(turn?.date).toMatchObject({ value: "2025-06-04", end: "2025-08-26" });
    expect(getEvent("2025-08-lee-jae-myung-assures-japanese-newspapers").partOf).toBe(turn?.id);
  });

  it("Is the summit's agenda about US tariffs? (no: the text ties the tariffs to Trump, not to the summit)", () => {
    const summit = getEvent("2025-08-23-kr-jp-tokyo-summit");
    expect(summit.topics).not.toContain("us-tariffs");
    expect(summit.subjects).toEqual(["KP"]);
    expect(summit.summary.en).toMatch(/unsure whether the US would keep its security commitments/);
  });

  it("Who is Johann Wadephul (a tag and a teaser), and what did he do in Tokyo?", () => {
    const wadephul = getPerson("Wadephul");
    expect(wadephul.id).toBe("johann-wadephul");
    expect(
      officeHolders({ role: "foreign-minister", country: "DE", at: "2025-08" })[0]?.person,
    ).toBe(wadephul.id);
    const [visit] = findEvents({ people: ["Johann Wadephul"], kinds: ["visit"] });
    expect(visit).toMatchObject({
      date: { value: "2025-08-18" },
      place: { id: "tokyo", basis: "stated" },
    });
    const [statement] = findEvents({ people: ["Wadephul"], kinds: ["statement"] });
    expect(statement?.partOf).toBe(visit?.id);
    expect(statement?.summary.en).toContain("navy's engagement in the Indo-Pacific");
    expect(findQuotes({ speaker: "Wadephul" }).map((q) => q.text)).toEqual(["Premiumpartner"]);
    expect(search("Wadephul").hits[0]?.id).toBe(wadephul.id);
  });

  it("What does the teaser say Lee did at the White House?", () => {
    const [summit] = findEvents({
      countries: ["KR", "US"],
      kinds: ["summit"],
      from: "2025-08",
      to: "2025-08",
    });
    expect(summit?.place).toMatchObject({ id: "white-house", basis: "stated" });
    expect(getPlace("Weißes Haus").id).toBe("white-house");
    const [praise] = findEvents({ people: ["Lee"], subjects: ["US"], kinds: ["statement"] });
    expect(praise?.plover.type).toBe("SUPPORT");
    expect(praise?.partOf).toBe(summit?.id);
  });

  it("How much more time did Japan and South Korea get to negotiate a tariff agreement with the US?", () => {
    const tariffEvents = findEvents({
      countries: ["US", "JP", "KR"],
      kinds: ["tariff"],
      from: "2025-07",
      to: "2025-07",
    });
    const extension = tariffEvents.find((e) => e.plover.type === "CONCEDE");
    expect(extension?.summary.en).toContain("three more weeks");
    expect(extension?.date).toMatchObject({ value: "2025-07-07", basis: "external" });
    const [threat] = findEvents({ countries: ["US"], subjects: ["JP", "KR"], people: ["Trump"] });
    expect(threat?.plover).toEqual({ type: "THREATEN", mode: "restrict" });
  });

  it("What does the teaser say about Japan's government and the 80th anniversary of the war's end?", () => {
    const [anniversary] = findEvents({ organizations: ["Japans Regierung"] });
    expect(anniversary?.topics).toContain("japanese-war-responsibility");
    expect(anniversary?.participants[0]?.person).toBe("ishiba-shigeru");
    expect(anniversary?.summary.en).toContain("entsch…");
  });

  it("Which statue does the article link from „Trostfrauen“ (link [2])?", () => {
    const statue = getPlace("Friedensstatue in Berlin");
    expect(statue.country).toBe("DE");
    expect(evidenceFor(statue.id)[0]?.quote).toContain("Umstrittene-Friedensstatue-in-Berlin");
  });

  it("Finds Ishiba by kanji and Tokyo by its German name", () => {
    expect(search("石破茂").hits[0]?.id).toBe("ishiba-shigeru");
    expect(search("Tokio").hits[0]?.id).toBe("tokyo");
  });
});

describe("source 004: ADMM-Plus in Kuala Lumpur (German, undated)", () => {
  const text = sourceText("admm-plus-kuala-lumpur-de");

  it("When and where did the ADMM-Plus meet, given no year is printed?", () => {
    const [forum] = findEvents({ organizations: ["ADMM-Plus"], kinds: ["forum"] });
    expect(forum?.date).toMatchObject({ value: "2025-11-01", basis: "external" });
    expect(forum?.place).toMatchObject({ id: "kuala-lumpur", basis: "stated" });
    expect(text).toContain("am 1. November in Kuala Lumpur");
  });

  it("Who met Japan's new defence minister, and was it their first meeting?", () => {
    const [talks] = findEvents({ people: ["Ahn Gyu-back", "Shinjiro Koizumi"], kinds: ["talks"] });
    expect(talks?.summary.en).toMatch(/first time in person/);
    expect(getPerson("Koizumi").name).toBe("Koizumi Shinjiro");
  });

  it("What did Koizumi call South Korea?", () => {
    expect(findQuotes({ speaker: "Koizumi Shinjiro" })[0]?.text).toBe(
      "wichtiges Nachbarland und Partner",
    );
  });

  it("Which meeting with the US was planned, and is it marked as planned?", () => {
    const [scm] = findEvents({ countries: ["KR", "USA"], status: "planned" });
    expect(scm?.title.en).toContain("57th");
    expect(scm?.place?.id).toBe("seoul");
    expect(scm?.date.reason?.en).toContain("am Dienstag");
  });

  it("Who were the defence ministers of China and the US at the meeting?", () => {
    const at = "2025-11-01";
    expect(officeHolders({ role: "defense-minister", country: "CN", at })[0]?.person).toBe(
      "dong-jun",
    );
    expect(officeHolders({ role: "defense-minister", country: "US", at })[0]?.person).toBe(
      "pete-hegseth",
    );
  });

  it("What did North Korea unveil in October?", () => {
    const [unveiling] = findEvents({ countries: ["Nordkorea"], kinds: ["weapons-unveiling"] });
    expect(unveiling?.title.en).toContain("Hwasong-20");
    expect(unveiling?.plover).toEqual({ type: "MOBILIZE", mode: "weapons" });
  });

  it("South Korea is called 'ROK' in the text; the name resolves", () => {
    expect(resolve("ROK")?.id).toBe("KR");
    expect(text).toContain("ROK-US-Bündnis");
  });

  it("What security environment frames the South Korea–US talks, and by when is OPCON to return?", () => {
    const [talks] = findEvents({ people: ["Ahn", "Hegseth"], kinds: ["talks"] });
    expect(talks?.topics).toContain("china-assertiveness");
    const [scm] = findEvents({ countries: ["KR", "US"], status: "planned" });
    expect(scm?.summary.en).toContain("within President Lee's term");
    expect(scm?.topics).toContain("china-assertiveness");
    expect(text).toContain("mit Chinas Assertivität");
  });

  it("Since when has ASEAN been an 11-member bloc?", () => {
    const asean = getOrganization("ASEAN");
    expect(asean.description.en).toContain("11-member bloc at the ADMM-Plus of November 2025");
    expect(asean.description.en).toContain("Timor-Leste joined in October 2025");
  });

  it("With whom did Ahn discuss arms-industry cooperation?", () => {
    const talks = findEvents({
      people: ["Ahn"],
      topics: ["defense-cooperation"],
      kinds: ["talks"],
    });
    const partnersOfAhn = new Set(talks.flatMap((t) => t.countries).filter((c) => c !== "KR"));
    expect([...partnersOfAhn]).toEqual(expect.arrayContaining(["AU", "MY", "TH", "JP", "CN"]));
  });

  it("Which countries took part in the forum as parties (not through ASEAN membership)?", () => {
    const [forum] = findEvents({ organizations: ["ADMM-Plus"], kinds: ["forum"] });
    expect(forum?.countries).not.toContain("VN");
    expect(forum?.countries).toEqual(expect.arrayContaining(["KR", "US", "JP", "CN", "MY"]));
  });
});

describe("source 001: Scholz in Seoul and the intelligence-sharing pact (DW, May 24, 2023)", () => {
  const text = sourceText("dw-2023-05-24-germany-korea-military-secrets");

  it("Which agreements did Germany and South Korea reach in 2023?", () => {
    const agreements = findAgreements({
      parties: ["Germany", "South Korea"],
      from: "2023",
      to: "2023",
    });
    expect(agreements.map((a) => a.id).sort()).toEqual([
      "2023-05-21-de-kr-defense-supply-chain-mechanisms",
      "2023-05-21-de-kr-military-intelligence-sharing-pact",
    ]);
    expect(text).toContain("a deal to share and protect military secrets");
  });

  it("How many K2 tanks are in the Poland deal, and what is it worth?", () => {
    const [deal] = findAgreements({ parties: ["Poland"], kinds: ["arms-contract"] });
    expect(deal?.items?.find((i) => i.name.startsWith("K2"))).toEqual({
      name: "K2 main battle tank",
      quantity: 1000,
      approx: true,
    });
    expect(deal?.value).toEqual([
      { amount: 15_000_000_000, currency: "EUR", approx: true },
      { amount: 16_200_000_000, currency: "USD", approx: true },
    ]);
    expect(text).toContain("nearly 1,000 K2 main battle tanks");
  });

  it("The source misspells FA-50 as 'FA050': the correct name is kept, the misspelling found", () => {
    const [deal] = findAgreements({ parties: ["PL"] });
    expect(deal?.items?.find((i) => i.quantity === 48)).toMatchObject({
      name: "FA-50 fighter jet",
      aliases: ["FA050"],
    });
    expect(search("FA050", { types: ["agreement"] }).hits[0]?.id).toBe(deal?.id);
  });

  it("Where did Scholz go before meeting Yoon, and what did he say there?", () => {
    const [border] = findEvents({ people: ["Olaf Scholz"], kinds: ["visit"] }).filter(
      (e) => e.place?.id === "panmunjom",
    );
    expect(border?.subjects).toContain("KP");
    const quotes = findQuotes({ speaker: "Scholz" }).map((q) => q.text);
    expect(quotes).toContain("still a dangerous situation");
  });

  it("Who was Germany's head of government at the Seoul summit, and who was South Korea's head of state?", () => {
    const at = "2023-05-21";
    expect(officeHolders({ role: "head-of-government", country: "DE", at })[0]?.person).toBe(
      "olaf-scholz",
    );
    expect(officeHolders({ role: "head-of-state", country: "KR", at })[0]?.person).toBe(
      "yoon-suk-yeol",
    );
  });

  it("Yoon's two spellings name one person", () => {
    expect(getPerson("Yoon Suk-yeol").id).toBe(getPerson("Yoon Suk Yeol").id);
  });

  it("Who is Rah Jong-yil, and is he still in office?", () => {
    const offices = officeHolders({ role: "diplomat", country: "KR" });
    expect(offices.find((o) => o.person === "rah-jong-yil")?.status).toBe("former");
    expect(
      officeHolders({ role: "diplomat", country: "KR", at: "2024" }).map((o) => o.person),
    ).not.toContain("rah-jong-yil");
  });

  it("Which summit did China hold parallel to the G7, and with whom?", () => {
    const [xian] = findEvents({ countries: ["China", "Kazakhstan"], kinds: ["summit"] });
    expect(xian?.countries.slice().sort()).toEqual(["CN", "KG", "KZ", "TJ", "TM", "UZ"]);
    expect(xian?.place?.id).toBe("xian");
    expect(findEvents({ organizations: ["G7"] })[0]?.place?.id).toBe("hiroshima");
  });

  it("How does Seoul see China's diplomatic offensive?", () => {
    const [offensive] = findEvents({
      countries: ["CN"],
      kinds: ["cooperation"],
      from: "2023",
      to: "2023",
    });
    expect(offensive?.summary.en).toContain("will not go unnoticed in Seoul");
  });

  it("Between whom did China broker a rapprochement?", () => {
    const [mediation] = findEvents({ kinds: ["mediation"] });
    expect(mediation?.countries.slice().sort()).toEqual(["CN", "IR", "SA"]);
    expect(mediation?.plover).toEqual({ type: "CONSULT", mode: "third-party" });
  });

  it("Which German weapons does South Korea operate? (a photo caption)", () => {
    expect(search("Taurus").hits[0]?.id).toBe("taurus-missile");
    const events = findEvents({ topics: ["Taurus"] });
    const sale = events.find((e) => e.kind === "arms-deal");
    expect(sale?.countries).toEqual(["DE", "KR"]);
    expect(sale?.plover.type).toBe("COOPERATE");
    const drill = events.find((e) => e.kind === "exercise");
    expect(drill?.plover).toEqual({ type: "MOBILIZE", mode: "weapons" });
    expect(drill?.organizations).toEqual(["south-korean-defense-ministry"]);
    expect(drill?.date).toMatchObject({ value: "2013", end: "2023-05-24", basis: "external" });
    expect(text).toContain("including the bunker-busting Taurus missile");
  });

  it("What does the teaser 'Japan, South Korea put new focus on militaries' state?", () => {
    const [buildup] = findEvents({
      countries: ["Japan", "South Korea"],
      kinds: ["military-buildup"],
    });
    expect(buildup?.topics).toEqual(["rearmament"]);
    expect(buildup?.date.basis).toBe("inferred");
  });

  it("Why should Germany know the Korean equipment Poland buys?", () => {
    const [deal] = findAgreements({ parties: ["PL"] });
    expect(deal?.summary.en).toContain("Pinkston says Germany should know its capabilities");
    expect(evidenceFor(deal?.id ?? "").map((e) => e.quote)).toContain(
      "It is important that Germany is aware of its capabilities, Pinkston said.",
    );
  });

  it("How do analysts read the Scholz–Yoon deals, and what does South Korea hope for?", () => {
    const [summit] = findEvents({ people: ["Scholz", "Yoon"], kinds: ["summit"] });
    expect(summit?.summary.en).toMatch(/push back against Chinese influence/);
    expect(summit?.summary.en).toMatch(/boosts its deterrence/);
  });

  it("Which analysts did DW quote, and who wrote and edited the article?", () => {
    expect(findQuotes({ speaker: "Pinkston" }).length).toBeGreaterThan(3);
    const source = evidenceFor("julian-ryall")[0]?.sourceRecord;
    expect(source?.credits?.map((c) => [c.person, c.role])).toEqual([
      ["julian-ryall", "author"],
      ["darko-janjevic", "editor"],
    ]);
  });
});

describe("precision: what the sources do not say is marked, not assumed", () => {
  it("Who was party to the 2023 compensation fund for forced labourers?", () => {
    const fund = findAgreements({ parties: ["KR"], from: "2023", to: "2023" }).find((a) =>
      a.topics.includes("forced-labour"),
    );
    expect(fund?.parties).toEqual(["KR"]);
    expect(fund?.date).toMatchObject({ value: "2023-03", basis: "external" });
    expect(fund?.summary.en).toContain("Japan was no party to it");
  });

  it("Since when does China occupy South China Sea islands and confront Japan in the East China Sea? (open spans)", () => {
    const [scs] = findEvents({
      countries: ["CN"],
      kinds: ["territorial-action"],
      topics: ["south-china-sea-disputes"],
    });
    expect(scs?.date).toMatchObject({ value: "1974", end: "2023-05", basis: "external" });
    expect(scs?.date.reason?.en).toContain("1988");
    const [ecs] = findEvents({ countries: ["CN", "JP"], kinds: ["territorial-action"] });
    expect(ecs?.date).toMatchObject({ value: "2010", end: "2023-05", basis: "external" });
  });

  it("When do the German navy and air force drill with South Korean troops? (only 'take part', present tense)", () => {
    const [drills] = findEvents({ countries: ["DE", "KR"], kinds: ["exercise"] });
    expect(drills?.date).toEqual(
      expect.objectContaining({ value: "2023-05-24", basis: "inferred" }),
    );
    expect(drills?.date.end).toBeUndefined();
  });

  it("Is Lee's 2023 role as a legislator in the text? (no: 'Oppositionspolitiker'; the rest is marked external)", () => {
    const [office] = officeHolders({ role: "legislator", country: "KR", at: "2023" });
    expect(office?.person).toBe("lee-jae-myung");
    expect(office?.status).toBe("former");
    const [sighting] = office?.evidence.filter((e) => e.seen) ?? [];
    expect(sighting?.quote).toContain("Oppositionspolitiker");
    expect(sighting?.seen).toMatchObject({ value: "2023", basis: "external" });
    expect(sighting?.seen?.reason?.en).toContain("National Assembly");
    expect(office?.titles).toEqual(["Oppositionspolitiker"]);
  });

  it("What nationality is Dan Pinkston? (the text does not say)", () => {
    const pinkston = getPerson("Pinkston");
    expect(pinkston.nationality).toEqual([]);
    expect(pinkston.description.en).toContain("American (public record)");
  });
});

describe("event coding: PLOVER type and CAMEO root go together", () => {
  it("No event carries CAMEO 01, which PLOVER does not code", () => {
    expect(
      findEvents()
        .filter((e) => e.cameo === "01")
        .map((e) => e.id),
    ).toEqual([]);
  });

  it("How is the 2018 forced-labour ruling coded? (a civil finding of liability)", () => {
    const [ruling] = findEvents({ kinds: ["ruling"] });
    expect(ruling?.plover).toEqual({ type: "SANCTION", mode: "convict" });
    expect(ruling?.cameo).toBe("11");
    expect(ruling?.summary.en).toContain("civil judgment");
  });

  it("Colonial rule and the South China Sea occupations are coded alike (occupying territory)", () => {
    const occupations = findEvents({ kinds: ["territorial-action"] }).filter(
      (e) => e.plover.mode === "seize",
    );
    expect(occupations.map((e) => e.id).sort()).toEqual([
      "1910-1945-japanese-colonial-rule-over-korea",
      "1974-china-occupies-and-militarizes-south-china-sea-islands",
    ]);
    expect(new Set(occupations.map((e) => `${e.plover.type}/${e.cameo}`))).toEqual(
      new Set(["COERCE/19"]),
    );
  });

  it("Statements are coded by what they do: a press conference, an assurance, an opening speech", () => {
    const [press] = findEvents({ kinds: ["press-conference"] });
    expect([press?.plover.type, press?.cameo]).toEqual(["CONSULT", "04"]);
    const assurance = getEvent("2025-08-lee-jae-myung-assures-japanese-newspapers");
    expect([assurance.plover.type, assurance.cameo]).toEqual(["AGREE", "03"]);
    const [speech] = findEvents({ people: ["Nordin"], kinds: ["speech"] });
    expect([speech?.plover.type, speech?.cameo]).toEqual(["SUPPORT", "05"]);
  });

  it("The 2021 warship: a deployment (MOBILIZE) and its joint exercises (COOPERATE)", () => {
    const [deployment] = findEvents({ kinds: ["deployment"], from: "2021", to: "2021" });
    expect([deployment?.plover.type, deployment?.cameo]).toEqual(["MOBILIZE", "15"]);
    const [exercises] = findEvents({
      kinds: ["exercise"],
      organizations: ["German Navy"],
      from: "2021",
      to: "2021",
    });
    expect([exercises?.plover.type, exercises?.cameo]).toEqual(["COOPERATE", "06"]);
    expect(exercises?.partOf).toBe(deployment?.id);
  });

  it("The China–North Korea–Russia alliance: a standing alliance, dated from the 2024 treaty", () => {
    const [alliance] = findEvents({ countries: ["CN", "KP", "RU"] });
    expect(alliance?.id).toBe("2024-china-north-korea-russia-alliance");
    expect(alliance?.date).toMatchObject({
      value: "2024-06-19",
      end: "2025-08-26",
      basis: "external",
    });
    expect([alliance?.plover.type, alliance?.cameo]).toEqual(["COOPERATE", "06"]);
  });

  it("Who hosted Scholz at Panmunjom?", () => {
    const [border] = findEvents({ people: ["Scholz"], kinds: ["visit"] }).filter(
      (e) => e.place?.id === "panmunjom",
    );
    expect(border?.countries).toEqual(["DE", "KR"]);
  });
});

describe("offices as terms: one record per person, office and term", () => {
  it("Who was South Korea's head of state on 23 August 2025, and how do we know?", () => {
    const [holder, ...others] = whoHeld({ role: "head-of-state", country: "KR", at: "2025-08-23" });
    expect(others).toEqual([]);
    expect(holder?.person.name).toBe("Lee Jae-myung");
    expect(holder?.basis).toBe("seen");
    expect(holder?.office.roles).toEqual(["head-of-state", "head-of-government"]);
    expect(holder?.office.start).toMatchObject({ value: "2025-06-04", basis: "external" });
    // The same term answers for head of government: one record, not one per role or sighting.
    expect(
      whoHeld({ role: "head-of-government", country: "KR", at: "2025-11-01" })[0]?.office,
    ).toBe(holder?.office);
  });

  it("How many offices do Lee, Trump and Yoon have? (one per term, every sighting a dated evidence)", () => {
    expect(officesOf("Lee Jae-myung").map((o) => o.id)).toEqual([
      "lee-jae-myung-opposition-politician-2023",
      "lee-jae-myung-head-of-state-2025",
    ]);
    expect(officesOf("Donald Trump")).toHaveLength(1);
    const [yoon] = officesOf("Yoon Suk-yeol");
    expect(officesOf("Yoon Suk-yeol")).toHaveLength(1);
    const seen = officesOf("Lee Jae-myung")[1]?.evidence.flatMap((e) =>
      e.seen ? [e.seen.value] : [],
    );
    expect(seen).toEqual(expect.arrayContaining(["2025-08-23", "2025-11-01"]));
    // Yoon: in office in 2023 (DW), a former president ("Vorgänger") in the taz article of 2025.
    expect(yoon?.evidence.find((e) => e.former)?.quote).toBe("seinen Vorgänger Yoon Suk Yeol");
    expect(yoon?.status).toBe("former");
  });

  it("Who held Japan's premiership on 1 November 2025? (Ishiba's term had ended)", () => {
    expect(whoHeld({ role: "head-of-government", country: "JP", at: "2025-11-01" })).toEqual([]);
    const [ishiba] = whoHeld({ role: "head-of-government", country: "JP", at: "2025-08-23" });
    expect(ishiba?.person.id).toBe("ishiba-shigeru");
    expect(ishiba?.office.end).toMatchObject({ value: "2025-10-21", basis: "external" });
  });

  it("Who was South Korea's foreign minister in 2018, a date no source shows? (the term's dates)", () => {
    const [kang] = whoHeld({ role: "foreign-minister", country: "KR", at: "2018" });
    expect(kang).toMatchObject({ basis: "term", seen: [] });
    expect(kang?.person.name).toBe("Kang Kyung-wha");
  });

  it("What is each office called, as the source words it and in English and German?", () => {
    const [lee] = whoHeld({ role: "head-of-state", country: "KR", at: "2025-08-23" });
    expect(lee?.office.titles).toContain("Südkoreas Präsident");
    expect(lee?.office.label).toEqual({
      en: "President of South Korea",
      de: "Präsident Südkoreas",
    });
    const wadephul = officesOf("Wadephul")[0];
    expect(wadephul?.label.en).toBe("Federal Foreign Minister of Germany");
    for (const office of dataset.offices) {
      const quotes = office.evidence.map((e) => e.quote).join(" | ");
      for (const title of office.titles) expect(quotes, office.id).toContain(title);
    }
  });

  it("No office says 'current' with an end, and every one has a dated sighting", () => {
    for (const office of dataset.offices) {
      if (office.status === "current") expect(office.end, office.id).toBeUndefined();
      else expect(office.end ?? office.evidence.find((e) => e.former), office.id).toBeDefined();
      expect(
        office.evidence.some((e) => e.seen || e.former),
        office.id,
      ).toBe(true);
    }
    expect(getOffice("kang-kyung-wha-foreign-minister-2020").status).toBe("former");
  });

  it("Events name the term their participants held", () => {
    const [apec] = findEvents({ countries: ["KR", "CN"], kinds: ["summit"], from: "2025-11" });
    const lee = apec?.participants.find((p) => p.person === "lee-jae-myung");
    expect(lee?.office).toBe("lee-jae-myung-head-of-state-2025");
  });
});

describe("every record evidenced", () => {
  it("Where does the dataset say Germany, Poland or the Central Asian states appear? (every named country cites its passage)", () => {
    for (const code of ["DE", "PL", "KZ", "KP", "CN"] as const) {
      const [first] = getCountry(code).evidence ?? [];
      expect(first && sourceText(first.source), code).toContain(first?.quote.slice(0, 20));
    }
  });

  it("Which records does no source mention? (only Gyeongju, marked external with its reason)", () => {
    const unevidenced = dataset.records.filter(
      (r) => r.type !== "country" && (r.evidence ?? []).length === 0,
    );
    expect(unevidenced.map((r) => r.id)).toEqual(["gyeongju"]);
    const gyeongju = getPlace("Gyeongju");
    expect(gyeongju.basis).toBe("external");
    expect(gyeongju.reason?.de).toContain("Gyeongju");
  });

  it("Who and what are evidenced: people, organizations, places, topics and sources too", () => {
    for (const type of ["person", "organization", "topic", "source"] as const) {
      const records = dataset.records.filter((r) => r.type === type);
      expect(
        records.every((r) => (r.evidence ?? []).length > 0),
        type,
      ).toBe(true);
    }
    expect(evidenceFor("Berlin").map((e) => e.quote)).toContain(
      "Berlin and Seoul aim to boost their defense capabilities",
    );
  });
});

describe("across the sources", () => {
  it("South Korea's partners are counted from shared events, Japan first", () => {
    const list = partners("KR");
    expect(list[0]?.country).toBe("JP");
    expect(list.map((p) => p.country)).toEqual(expect.arrayContaining(["DE", "US", "CN", "PL"]));
  });

  it("Lee Jae-myung's two spellings name one person with offices in two sources", () => {
    const lee = getPerson("Lee Jae Myung");
    expect(lee.id).toBe(getPerson("Lee Jae-myung").id);
    const sources = new Set(evidenceFor(lee.id).map((e) => e.source));
    expect([...sources].sort()).toEqual([
      "admm-plus-kuala-lumpur-de",
      "taz-2025-08-26-tokyo-summit",
    ]);
  });

  it("What is Poland called in Korean, and is the misspelling still found?", () => {
    expect(getCountry("Poland").names.ko).toBe("폴란드");
    expect(search("폴랜드", { types: ["country"] }).hits[0]?.id).toBe("PL");
    expect(getCountry("Türkei").names.ko).toBe("튀르키예");
  });

  it("Names that meant two things now name one: Taiwan, Indo-Pacific, APEC summit, Korea", () => {
    expect(resolve("Taiwan")?.id).toBe("TW");
    expect(resolve("Indopazifik")?.id).toBe("indo-pacific");
    expect(resolve("Indo-Pacific")?.type).toBe("place");
    expect(getTopic("indo-pacific-security").aliases).toEqual([]);
    expect(getOrganization("APEC").aliases).not.toContain("APEC-Gipfel");
    expect(getCountry("KR").aliases).not.toContain("Korea");
    expect(getTopic("us-tariffs").aliases).not.toContain("tariffs");
  });

  it("Tokio and Tokyo are one place", () => {
    expect(resolve("Tokio")?.id).toBe("tokyo");
    expect(resolve("Tokyo")?.id).toBe("tokyo");
    expect(findEvents({ countries: ["JP"] }).some((e) => e.place?.id === "tokyo")).toBe(true);
  });

  it("Quotes come in both languages", () => {
    expect(findQuotes({ language: "en" }).length).toBeGreaterThan(0);
    expect(findQuotes({ language: "de" }).length).toBeGreaterThan(0);
  });
});
