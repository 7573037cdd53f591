/**
 * A small valid repository for the CLI tests: `data/` with one source and a
 * record of most types, the core package's `package.json` and a README with
 * a counts section. `change` edits the files before they are written;
 * `undefined` leaves a file out.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

export const TEXT =
  "Foreign Minister Heiko Maas received KANG Kyung\u2011wha on 10 August.\nBoth ministers discussed disarmament. “We agree”, said Maas.\n";

/** Paths under `data/`: an object is written as YAML, a string or buffer as is. */
export type Files = Record<string, unknown>;

export const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

export function validFiles(): Files {
  return {
    "sources/s.txt": TEXT,
    "sources/src.yaml": {
      type: "source",
      id: "src",
      language: "en",
      file: "s.txt",
      sha256: sha256(TEXT),
      kind: {
        value: "news-report",
        basis: "inferred",
        reason: { en: "It reads like one.", de: "Er liest sich so." },
      },
      url: { value: "https://example.org/maas-kang", basis: "stated" },
      fullText: { redistributable: false, reason: "A test fixture." },
      summary: { en: "A report", de: "Ein Bericht" },
      evidence: [{ source: "src", quote: "Foreign Minister Heiko Maas" }],
    },
    "countries/KR.yaml": {
      type: "country",
      id: "KR",
      aliases: ["ROK"],
      evidence: [{ source: "src", quote: "KANG Kyung-wha" }],
    },
    "countries/DE.yaml": {
      type: "country",
      id: "DE",
      evidence: [{ source: "src", quote: "Heiko Maas" }],
    },
    "people/heiko-maas.yaml": {
      type: "person",
      id: "heiko-maas",
      name: "Heiko Maas",
      aliases: ["Maas"],
      nationality: ["DE"],
      description: { en: "Minister", de: "Minister" },
      evidence: [{ source: "src", quote: "Foreign Minister Heiko Maas" }],
    },
    "people/kang-kyung-wha.yaml": {
      type: "person",
      id: "kang-kyung-wha",
      name: "Kang Kyung-wha",
      aliases: ["KANG Kyung‑wha"],
      nationality: ["KR"],
      description: { en: "Minister", de: "Ministerin" },
      evidence: [{ source: "src", quote: "KANG Kyung-wha" }],
    },
    "offices/heiko-maas-foreign-minister-2020.yaml": {
      type: "office",
      id: "heiko-maas-foreign-minister-2020",
      person: "heiko-maas",
      roles: ["foreign-minister"],
      country: "DE",
      titles: ["Foreign Minister"],
      label: { en: "Federal Foreign Minister", de: "Bundesaußenminister" },
      status: "current",
      evidence: [
        {
          source: "src",
          quote: "Foreign Minister Heiko Maas",
          seen: {
            value: "2020-08-10",
            basis: "inferred",
            reason: { en: "The text says 10 August.", de: "Der Text sagt 10. August." },
          },
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
}

export const README = "# Test\n\n<!-- counts:start -->\n<!-- counts:end -->\n";

/** Writes `files` as `data/` of a new repository root (with core's package.json and a README). */
export function writeTree(files: Files, root = mkdtempSync(join(tmpdir(), "kr-cli-"))): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const full = join(root, "data", path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(
      full,
      typeof content === "string" || Buffer.isBuffer(content) ? content : stringify(content),
    );
  }
  mkdirSync(join(root, "packages/core"), { recursive: true });
  writeFileSync(join(root, "packages/core/package.json"), '{ "version": "1.2.3" }\n');
  writeFileSync(join(root, "README.md"), README);
  return root;
}

/** `writeTree` of the valid files after `change`. */
export function tree(change: (files: Files) => void = () => {}): string {
  const files = validFiles();
  change(files);
  return writeTree(files);
}

/** The record at `path` of `files`, to edit in place. */
export const record = (files: Files, path: string) => files[path] as Record<string, unknown>;
