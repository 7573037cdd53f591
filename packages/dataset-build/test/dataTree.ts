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
      kind: { value: "news-report", basis: "inferred", reason: "It reads like one." },
      url: { value: "https://example.org/maas-kang", basis: "stated" },
      fullText: { redistributable: false, reason: "A test fixture." },
      summary: { en: "A report", de: "Ein Bericht" },
    },
    "countries/KR.yaml": { type: "country", id: "KR", aliases: ["ROK"] },
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
      role: "foreign-minister",
      country: "DE",
      title: "Foreign Minister",
      observed: { value: "2020-08-10", basis: "stated" },
      status: "current",
      evidence: [{ source: "src", quote: "Foreign Minister Heiko Maas" }],
    },
    "topics/disarmament.yaml": {
      type: "topic",
      id: "disarmament",
      label: { en: "Disarmament", de: "Abrüstung" },
      aliases: [],
    },
    "events/2020-meeting.yaml": {
      type: "event",
      id: "2020-meeting",
      kind: "meeting",
      title: { en: "Meeting", de: "Treffen" },
      summary: { en: "They meet.", de: "Sie treffen sich." },
      plover: { type: "CONSULT", mode: "visit" },
      cameo: "04",
      date: { value: "2020-08-10", basis: "inferred", reason: "The text says 10 August." },
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
      date: { value: "2020-08-10", basis: "inferred", reason: "Day of the meeting." },
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
