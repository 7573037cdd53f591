/**
 * The work a record's links cost once the index is built: the references of
 * the records linking to it are read once, when the index is built, never
 * again per question. A source that a whole dataset cites (or a topic that
 * thousands of events share) then costs numbers sorted, not every citing
 * record's references walked, which at 100k records held the page for
 * seconds.
 */
import { forEachReference } from "@korea-relations/model";
import { describe, expect, it, vi } from "vitest";
import { synthetic } from "../bench/synthetic.js";
import { createRelations } from "./createRelations.js";

vi.mock("@korea-relations/model", async (original) => {
  const model = await original<typeof import("@korea-relations/model")>();
  return { ...model, forEachReference: vi.fn(model.forEachReference) };
});
const walks = vi.mocked(forEachReference);

describe("relatedRecords' work once built", () => {
  const records = synthetic(3000, 2);
  const r = createRelations(records);
  // Builds the index: every record's references, once.
  r.relatedRecords("KR");

  it("reads no other record's references for a source cited by every record", () => {
    walks.mockClear();
    const { links } = r.relatedRecords("synthetic");
    // The source's own evidence cites it too.
    const citing = records.filter((x) => x.evidence?.some((e) => e.source === "synthetic"));
    expect(citing.length).toBeGreaterThan(4000);
    expect(links.evidences).toHaveLength(citing.length);
    // Only the source's own references are read.
    expect(walks.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("counts a topic's records without reading theirs", () => {
    const topic = r.dataset.topics[1];
    if (!topic) throw new Error("no topic");
    walks.mockClear();
    const description = r.describe(topic);
    const count = Object.values(r.relatedRecords(topic.id).links).reduce(
      (sum, list) => sum + (list?.filter((x) => x.type !== "source").length ?? 0),
      0,
    );
    expect(count).toBeGreaterThan(50);
    expect(description).toMatchObject({ records: count });
    walks.mockClear();
    r.describe(r.dataset.topics[2] ?? topic);
    expect(walks.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("reads one person's references for their links, the two steps through their events included", () => {
    const people = r.dataset.people.slice(0, 20);
    walks.mockClear();
    // Not kept (16 answers are): asked anew.
    const events = people.map((p) => r.relatedRecords(p.id).links.events?.length ?? 0);
    expect(events.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    expect(walks.mock.calls.length).toBeLessThanOrEqual(20);
  });
});
