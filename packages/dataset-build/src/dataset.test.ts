/** Invariants over the whole real dataset in data/. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetRecord, Evidence } from "@korea-relations/model";
import { nameKeys, recordNames, referencesOf } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { coverage } from "./coverage.js";
import { loadData } from "./loadData.js";
import { formatProblem } from "./problem.js";
import { indexText, normalizeQuote } from "./textIndex.js";
import { validate } from "./validate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const { records, texts, readings, problems } = validate(loadData(join(root, "data"), root));
const patterns = new Map(
  records.flatMap((r) =>
    r.type === "source" ? [[r.id, r.artifacts?.linePatterns ?? []] as const] : [],
  ),
);
const evidenceOf = (r: DatasetRecord): Evidence[] => [
  ...(r.evidence ?? []),
  ...(r.type === "source" ? (r.credits ?? []).map((c) => c.evidence) : []),
];

describe("the dataset", () => {
  it("validates without problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("stores each evidence's span, whose text is the quote", () => {
    for (const record of records) {
      for (const evidence of evidenceOf(record)) {
        expect(evidence.span, `${record.id}: ${evidence.quote}`).toBeDefined();
        const text = texts.get(evidence.source) ?? "";
        const [start, end] = evidence.span ?? [0, 0];
        // The span's text, with the source's line-wrap artifacts removed, is the quote.
        const slice = indexText(text.slice(start, end), patterns.get(evidence.source)).text.trim();
        expect(slice, record.id).toBe(normalizeQuote(evidence.quote));
      }
    }
  });

  it("evidences every record but the ISO countries no record names, or marks it external with a reason", () => {
    const named = new Set(
      records.flatMap((r) =>
        r.type === "country"
          ? []
          : referencesOf(r).flatMap(([ref, , id]) =>
              (ref.targets as readonly string[]).includes("country") ? [id] : [],
            ),
      ),
    );
    const bare = records.filter(
      (r) =>
        (r.type !== "country" || named.has(r.id)) &&
        evidenceOf(r).length === 0 &&
        !(r.type !== "source" && "basis" in r && r.basis === "external" && r.reason),
    );
    expect(bare.map((r) => r.id)).toEqual([]);
    const external = records.filter((r) => "basis" in r && r.basis === "external");
    expect(external.map((r) => r.id)).toEqual(["gyeongju"]);
  });

  it("gives people the id of their name", () => {
    for (const person of records.filter((r) => r.type === "person")) {
      expect(nameKeys(person.id), person.id).toEqual(
        nameKeys(person.name.replace(/[^\p{L}\p{N}]+/gu, "-")),
      );
    }
  });

  it("keeps the parties of an event apart from its subjects", () => {
    for (const event of records.filter((r) => r.type === "event")) {
      expect(
        event.countries.filter((c) => event.subjects.includes(c)),
        event.id,
      ).toEqual([]);
    }
  });

  it("has one record per real-world thing: no two events share kind, date, place, parties and participants", () => {
    const seen = new Map<string, string>();
    for (const event of records.filter((r) => r.type === "event")) {
      const key = [
        event.kind,
        event.date.value,
        event.place?.id ?? "",
        [...event.countries].sort().join(),
        event.participants
          .map((p) => p.person)
          .sort()
          .join(),
      ].join("|");
      expect(seen.get(key), `${event.id} duplicates ${seen.get(key)}`).toBeUndefined();
      seen.set(key, event.id);
    }
  });

  it("never lets one name stand for two records of one type", () => {
    const owners = new Map<string, string>();
    for (const record of records) {
      for (const name of recordNames(record)) {
        for (const key of nameKeys(name)) {
          const owner = owners.get(`${record.type}:${key}`);
          expect(
            owner === undefined || owner === record.id,
            `${name}: ${owner} / ${record.id}`,
          ).toBe(true);
          owners.set(`${record.type}:${key}`, record.id);
        }
      }
    }
  });

  it("cites every passage of every source and accounts for every quotation", () => {
    for (const item of coverage(records, texts, readings)) {
      expect(
        [...item.uncited, ...item.unquoted].map((p) => p.text),
        item.source,
      ).toEqual([]);
    }
  });

  it("places every evidence on its page: the position of the span's first character", () => {
    for (const record of records) {
      for (const evidence of evidenceOf(record)) {
        const reading = readings.get(evidence.source);
        expect(evidence.position, `${record.id}: ${evidence.quote}`).toBe(
          reading?.layout.positionOf(evidence.span ?? [0, 0]),
        );
      }
    }
    const positions = new Set(records.flatMap((r) => evidenceOf(r).map((e) => e.position)));
    expect([...positions].sort()).toEqual(
      ["body", "caption", "credit", "headline", "link", "tag", "teaser"].sort(),
    );
  });
});
