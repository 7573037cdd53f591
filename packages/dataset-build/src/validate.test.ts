import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { generate } from "./generate.js";
import { loadData } from "./loadData.js";
import { formatProblem } from "./problem.js";
import { validate } from "./validate.js";

const TEXT =
  "Foreign Minister Heiko Maas received KANG Kyung\u2011wha on 10 August.\nBoth ministers discussed disarmament. “We agree”, said Maas.\n";

type Files = Record<string, unknown>;

/** A small valid data tree; `change` edits it before it is written. */
function tree(change: (files: Files) => void = () => {}): { root: string; files: Files } {
  const files: Files = {
    "sources/s.txt": TEXT,
    "sources/src.yaml": {
      type: "source",
      id: "src",
      language: "en",
      file: "s.txt",
      sha256: createHash("sha256").update(TEXT).digest("hex"),
      kind: {
        value: "news-report",
        basis: "inferred",
        reason: { en: "It reads like one.", de: "Er liest sich so." },
      },
      summary: { en: "A report", de: "Ein Bericht" },
      evidence: [{ source: "src", quote: "Foreign Minister Heiko Maas received" }],
    },
    "countries/KR.yaml": {
      type: "country",
      id: "KR",
      aliases: ["ROK"],
      evidence: [{ source: "src", quote: "KANG Kyung\u2011wha" }],
    },
    "countries/DE.yaml": {
      type: "country",
      id: "DE",
      basis: "external",
      reason: { en: "Maas's country (public record).", de: "Maas' Land (öffentlich bekannt)." },
    },
    "people/heiko-maas.yaml": {
      type: "person",
      id: "heiko-maas",
      name: "Heiko Maas",
      aliases: ["Maas"],
      nationality: ["DE"],
      description: { en: "Minister", de: "Minister" },
      evidence: [{ source: "src", quote: "Heiko Maas" }],
    },
    "people/kang-kyung-wha.yaml": {
      type: "person",
      id: "kang-kyung-wha",
      name: "Kang Kyung-wha",
      aliases: ["KANG Kyung‑wha"],
      nationality: ["KR"],
      description: { en: "Minister", de: "Ministerin" },
      evidence: [{ source: "src", quote: "KANG Kyung-wha on 10 August" }],
    },
    "offices/heiko-maas-foreign-minister-2020.yaml": {
      type: "office",
      id: "heiko-maas-foreign-minister-2020",
      person: "heiko-maas",
      roles: ["foreign-minister"],
      country: "DE",
      titles: ["Foreign Minister"],
      label: { en: "Federal Foreign Minister of Germany", de: "Bundesaußenminister" },
      status: "current",
      evidence: [
        {
          source: "src",
          quote: "Foreign Minister Heiko Maas",
          seen: { value: "2020-08-10", basis: "stated" },
        },
      ],
    },
    "topics/disarmament.yaml": {
      type: "topic",
      id: "disarmament",
      label: { en: "Disarmament", de: "Abrüstung" },
      aliases: [],
      evidence: [{ source: "src", quote: "discussed disarmament" }],
    },
    "events/2020-meeting.yaml": {
      type: "event",
      id: "2020-meeting",
      kind: "meeting",
      title: { en: "Meeting", de: "Treffen" },
      summary: { en: "They meet.", de: "Sie treffen sich." },
      plover: { type: "CONSULT", mode: "visit" },
      cameo: "04",
      date: {
        value: "2020-08-10",
        basis: "inferred",
        reason: { en: "The text says 10 August.", de: "Der Text sagt 10. August." },
      },
      status: "occurred",
      participants: [
        { person: "heiko-maas", office: "heiko-maas-foreign-minister-2020" },
        { person: "kang-kyung-wha" },
      ],
      countries: ["DE", "KR"],
      subjects: [],
      organizations: [],
      topics: ["disarmament"],
      evidence: [
        {
          source: "src",
          quote:
            "Heiko Maas received KANG Kyung-wha on 10 August. Both ministers discussed disarmament.",
        },
      ],
    },
    "quotes/maas-we-agree.yaml": {
      type: "quote",
      id: "maas-we-agree",
      speaker: "heiko-maas",
      text: "We agree",
      language: "en",
      rendering: { language: "de", text: "Wir sind uns einig", by: "dataset" },
      date: {
        value: "2020-08-10",
        basis: "inferred",
        reason: { en: "Day of the meeting.", de: "Tag des Treffens." },
      },
      event: "2020-meeting",
      topics: [],
      evidence: [{ source: "src", quote: "“We agree”, said Maas." }],
    },
  };
  change(files);
  const root = mkdtempSync(join(tmpdir(), "kr-data-"));
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const full = join(root, "data", path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, typeof content === "string" ? content : stringify(content));
  }
  return { root, files };
}

function problems(change?: (files: Files) => void): string[] {
  const { root } = tree(change);
  return validate(loadData(join(root, "data"), root)).problems.map(formatProblem);
}

const edit = (files: Files, path: string, fn: (record: Record<string, unknown>) => void) => {
  fn(files[path] as Record<string, unknown>);
};

describe("validate", () => {
  it("accepts a valid tree and compiles it with evidence spans", () => {
    const { root } = tree();
    const result = validate(loadData(join(root, "data"), root));
    expect(result.problems).toEqual([]);
    const event = result.records.find((record) => record.id === "2020-meeting");
    const span = event?.evidence?.[0]?.span;
    expect(span && TEXT.slice(...span)).toBe(
      "Heiko Maas received KANG Kyung\u2011wha on 10 August.\nBoth ministers discussed disarmament.",
    );
    // every ISO country exists, with the added alias
    const kr = result.records.find((record) => record.id === "KR");
    expect(kr?.type === "country" && kr.aliases).toContain("ROK");
    expect(result.records.some((record) => record.id === "KP")).toBe(true);
  });

  it("compiles deterministically: same data, same bytes", () => {
    const a = validate(loadData(join(tree().root, "data")));
    const b = validate(loadData(join(tree().root, "data")));
    expect(generate(a.records, a.texts, a.readings)).toEqual(
      generate(b.records, b.texts, b.readings),
    );
  });

  it("reports a schema violation with file, id and field", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.kind = "picnic";
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^data\/events\/2020-meeting\.yaml: 2020-meeting: kind: Invalid option/,
      ),
    ]);
  });

  it("reports an unknown field", () => {
    expect(
      problems((f) =>
        edit(f, "people/heiko-maas.yaml", (r) => {
          r.nickname = "H";
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^data\/people\/heiko-maas\.yaml: heiko-maas: Unrecognized key: "nickname"/,
      ),
    ]);
  });

  it("reports a duplicate id across types", () => {
    expect(
      problems((f) => {
        f["topics/heiko-maas.yaml"] = {
          type: "topic",
          id: "heiko-maas",
          label: { en: "X", de: "X" },
          aliases: [],
          evidence: [{ source: "src", quote: "disarmament" }],
        };
      }),
    ).toContain(
      "data/topics/heiko-maas.yaml: heiko-maas: id: duplicate id: also used by data/people/heiko-maas.yaml",
    );
  });

  it("reports a reference that does not resolve, or resolves to the wrong type", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.countries = ["DE", "XX"];
          r.topics = ["heiko-maas"];
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: countries[1]: unknown country "XX"',
      'data/events/2020-meeting.yaml: 2020-meeting: topics[0]: "heiko-maas" is a person, expected topic',
    ]);
  });

  it("reports an evidence quote that is not in its source (one changed number)", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.evidence = [{ source: "src", quote: "KANG Kyung-wha on 11 August." }];
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: evidence[0].quote: not found in source src: "KANG Kyung-wha on 11 August."',
    ]);
  });

  it("reports evidence naming an unknown source", () => {
    expect(
      problems((f) =>
        edit(f, "topics/disarmament.yaml", (r) => {
          r.evidence = [{ source: "nope", quote: "disarmament" }];
        }),
      ),
    ).toEqual([
      'data/topics/disarmament.yaml: disarmament: evidence[0].source: unknown source "nope"',
    ]);
  });

  it("reports an alias that names two entities of one kind", () => {
    expect(
      problems((f) =>
        edit(f, "people/kang-kyung-wha.yaml", (r) => {
          r.aliases = ["Maas"];
        }),
      ),
    ).toEqual([
      'data/people/kang-kyung-wha.yaml: kang-kyung-wha: aliases: name "Maas" also names person "heiko-maas"',
    ]);
  });

  it("reports impossible and inconsistent dates", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.date = { value: "2020-02-30", basis: "stated" };
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: date.value: "2020-02-30" is not a real date',
    ]);
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.date = { value: "2020-08-10", end: "2020-08-09", basis: "stated" };
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: date.end: "2020-08-09" is before "2020-08-10"',
    ]);
  });

  it("requires a reason for an inferred or external basis", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.date = { value: "2020-08-10", basis: "external" };
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: date.reason: a reason (one line in en and in de) is required when basis is "external"',
    ]);
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.date = { value: "2020-08-10", basis: "external", reason: { en: "Public record." } };
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^data\/events\/2020-meeting\.yaml: 2020-meeting: date\.reason\.de: /),
    ]);
  });

  it("requires a quote's rendering in the other language, marked as the dataset's", () => {
    expect(
      problems((f) =>
        edit(f, "quotes/maas-we-agree.yaml", (r) => {
          r.rendering = { language: "en", text: "We agree", by: "dataset" };
        }),
      ),
    ).toEqual([
      'data/quotes/maas-we-agree.yaml: maas-we-agree: rendering.language: the rendering must be in the other language than the quote\'s ("en")',
    ]);
    expect(
      problems((f) =>
        edit(f, "quotes/maas-we-agree.yaml", (r) => {
          r.rendering = { language: "de", text: "Wir sind uns einig", by: "Maas" };
        }),
      ),
    ).toEqual([expect.stringMatching(/maas-we-agree: rendering\.by: /)]);
    expect(
      problems((f) =>
        edit(f, "quotes/maas-we-agree.yaml", (r) => {
          delete r.rendering;
        }),
      ),
    ).toEqual([expect.stringMatching(/maas-we-agree: rendering: /)]);
  });

  it("requires evidence on events, agreements, quotes and offices", () => {
    expect(
      problems((f) =>
        edit(f, "offices/heiko-maas-foreign-minister-2020.yaml", (r) => {
          r.evidence = [];
        }),
      ),
    ).toEqual([
      "data/offices/heiko-maas-foreign-minister-2020.yaml: heiko-maas-foreign-minister-2020: evidence: at least one evidence is required",
    ]);
  });

  it("checks an office's term, its dated evidence and its status", () => {
    const office = "offices/heiko-maas-foreign-minister-2020.yaml";
    const at =
      "data/offices/heiko-maas-foreign-minister-2020.yaml: heiko-maas-foreign-minister-2020";
    const reason = { en: "Public record.", de: "Öffentlich bekannt." };
    expect(
      problems((f) =>
        edit(f, office, (r) => {
          r.end = { value: "2019", basis: "external", reason };
        }),
      ),
    ).toEqual([
      `${at}: evidence[0].seen: "2020-08-10" is after the end "2019"`,
      `${at}: status: "current", but the term ended "2019": a term with an end is "former"`,
    ]);
    expect(
      problems((f) =>
        edit(f, office, (r) => {
          r.start = { value: "2021", basis: "external", reason };
          r.end = { value: "2020", basis: "external", reason };
          r.status = "former";
        }),
      ),
    ).toEqual([
      `${at}: end: "2020" is before start "2021"`,
      `${at}: evidence[0].seen: "2020-08-10" is before the start "2021"`,
    ]);
    expect(
      problems((f) =>
        edit(f, office, (r) => {
          r.status = "former";
        }),
      ),
    ).toEqual([
      `${at}: status: "former" needs an end, or an evidence dated with former that shows the person as a former holder`,
    ]);
    expect(
      problems((f) =>
        edit(f, office, (r) => {
          r.evidence = [{ source: "src", quote: "Foreign Minister Heiko Maas" }];
        }),
      ),
    ).toEqual([
      `${at}: evidence: an office needs an evidence dated with seen (in office then) or former (a former holder then)`,
    ]);
    expect(
      problems((f) =>
        edit(f, office, (r) => {
          r.titles = ["Bundesaußenminister"];
        }),
      ),
    ).toEqual([
      `${at}: titles[0]: "Bundesaußenminister" is not in the office's evidence: a title is worded as a source words it`,
    ]);
  });

  it("requires evidence on every record, or basis: external with a reason", () => {
    const missing =
      "evidence: at least one evidence is required, or basis: external with a reason (en, de) where no source mentions it";
    expect(
      problems((f) =>
        edit(f, "people/kang-kyung-wha.yaml", (r) => {
          delete r.evidence;
        }),
      ),
    ).toEqual([`data/people/kang-kyung-wha.yaml: kang-kyung-wha: ${missing}`]);
    expect(
      problems((f) =>
        edit(f, "topics/disarmament.yaml", (r) => {
          r.evidence = [];
          r.basis = "external";
        }),
      ),
    ).toEqual([
      'data/topics/disarmament.yaml: disarmament: reason: a reason (one line in en and in de) is required when basis is "external"',
    ]);
    expect(
      problems((f) =>
        edit(f, "sources/src.yaml", (r) => {
          delete r.evidence;
        }),
      ),
    ).toEqual([expect.stringMatching(/^data\/sources\/src\.yaml: src: evidence: /)]);
  });

  it("requires evidence on a country another record names", () => {
    expect(
      problems((f) => {
        delete f["countries/DE.yaml"];
      }),
    ).toEqual([
      "data/countries/DE.yaml: DE: evidence: heiko-maas (nationality[0]) names it: cite where a source mentions it, or mark it basis: external with a reason",
    ]);
  });

  it("names file and line of malformed YAML", () => {
    expect(
      problems((f) => {
        f["topics/broken.yaml"] = "type: topic\nid: broken\nlabel: { en: X, de: X\naliases: []\n";
      }),
    ).toEqual([expect.stringMatching(/^data\/topics\/broken\.yaml:\d+: malformed YAML: /)]);
  });

  it("checks that source texts are byte-identical", () => {
    expect(
      problems((f) => {
        f["sources/s.txt"] = `${TEXT}\n`;
      }),
    ).toEqual([
      expect.stringMatching(
        /^data\/sources\/src\.yaml: src: sha256: s\.txt has SHA-256 [0-9a-f]{64}: the text changed$/,
      ),
    ]);
  });

  it("requires file names to match ids and records to match their folder", () => {
    expect(
      problems((f) => {
        f["topics/other-name.yaml"] = {
          type: "topic",
          id: "peace",
          label: { en: "P", de: "F" },
          aliases: [],
          evidence: [{ source: "src", quote: "disarmament" }],
        };
      }),
    ).toEqual(["data/topics/other-name.yaml: peace: id: file must be named peace.yaml"]);
    expect(
      problems((f) => {
        f["topics/peace.yaml"] = { type: "place", id: "peace" };
      }),
    ).toEqual([
      'data/topics/peace.yaml: peace: type: must be "topic" in this directory, got "place"',
    ]);
  });

  it("checks PLOVER modes against their type", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.plover = { type: "AGREE", mode: "visit" };
          r.cameo = "03";
        }),
      ),
    ).toEqual(["data/events/2020-meeting.yaml: 2020-meeting: plover.mode: AGREE has no modes"]);
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.plover = { type: "CONSULT", mode: "troops" };
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: plover.mode: Invalid option: expected one of "visit"|"third-party"|"multilateral"|"phone"',
    ]);
  });

  it("checks that an event's CAMEO root goes with its PLOVER type", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.plover = { type: "CONSULT" };
          r.cameo = "01";
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: cameo: CAMEO root "01" does not go with PLOVER CONSULT (allowed: "04")',
    ]);
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.plover = { type: "COERCE", mode: "seize" };
          r.cameo = "19";
        }),
      ),
    ).toEqual([]);
  });

  it("checks that a participant's office is their own", () => {
    expect(
      problems((f) =>
        edit(f, "events/2020-meeting.yaml", (r) => {
          r.participants = [
            { person: "kang-kyung-wha", office: "heiko-maas-foreign-minister-2020" },
          ];
        }),
      ),
    ).toEqual([
      'data/events/2020-meeting.yaml: 2020-meeting: participants[0].office: "heiko-maas-foreign-minister-2020" is an office of "heiko-maas", not of "kang-kyung-wha"',
    ]);
  });

  it("checks that a quote's text is in its evidence", () => {
    expect(
      problems((f) =>
        edit(f, "quotes/maas-we-agree.yaml", (r) => {
          r.text = "We disagree";
        }),
      ),
    ).toEqual([
      "data/quotes/maas-we-agree.yaml: maas-we-agree: text: the quote's text must appear verbatim in one of its evidence excerpts",
    ]);
  });

  it("rejects country additions for codes that are no ISO country", () => {
    expect(
      problems((f) => {
        f["countries/ZZ.yaml"] = { type: "country", id: "ZZ", aliases: ["Kosova"] };
      }),
    ).toEqual(["data/countries/ZZ.yaml: ZZ: id: not an ISO 3166-1 alpha-2 code"]);
  });
});
