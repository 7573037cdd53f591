import type { DatasetRecord, LabelLanguage, Relations } from "@korea-relations/core";
import { numberWords } from "@korea-relations/core";
import { createRelations, DatasetError } from "@korea-relations/core?checked";
import { h } from "./h.js";
import { type ParseProblem, parseDatasetText } from "./parseDatasetText.js";
import type { View, ViewContext } from "./viewContext.js";

/** Files larger than this are refused before they are read. */
const MAX_MB = 512;

/** Problems listed one per line; the rest are counted. */
const LISTED = 100;

/**
 * Kinds whose first description builds an index in core (see `open`): a
 * person's (offices), a country's (the events it takes part in or is about),
 * a topic's (who references whom, every record in list order: the index
 * behind every related-records section).
 */
const WARM = ["person", "country", "topic"] as const;

/** Lets the page paint (a status line) before work that holds the main thread. */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

const size = (bytes: number, lang: LabelLanguage) =>
  bytes < 1024 * 1024
    ? `${numberWords(bytes / 1024, lang, 1)} KB`
    : `${numberWords(bytes / 1024 / 1024, lang, 1)} MB`;

/**
 * Opens the reader's own dataset file: a file picker and a drop zone; the
 * file is read in the page, parsed (`dataset.json` or NDJSON) and checked by
 * core's `createRelations`, then shown in the whole page in place of the
 * built-in dataset. Problems are listed one per line (file, line and column;
 * record, id, field). Nothing is uploaded: the page may not connect anywhere.
 */
export function openView(ctx: ViewContext): View {
  const { m } = ctx;
  const status = h("p", { class: "status", role: "status" });
  const problems = h("div", { class: "problems" });
  const input = h("input", {
    id: "open-file",
    type: "file",
    accept: ".json,.ndjson,.jsonl,application/json,application/x-ndjson",
  });
  const zone = h(
    "div",
    { class: "drop-zone" },
    h("label", { for: "open-file", class: "choose" }, m.open.choose),
    input,
    h("span", null, ` ${m.open.drop}`),
  );

  const fail = (name: string, lines: readonly string[], total = lines.length) => {
    ctx.search.cancelPrepared();
    status.textContent = m.open.problems(name, total);
    problems.replaceChildren(
      h(
        "ul",
        { class: "problem-list" },
        lines.slice(0, LISTED).map((line) => h("li", null, line)),
        total > LISTED ? h("li", null, m.open.more(total - LISTED)) : null,
      ),
    );
  };
  const parseLine = (problem: ParseProblem) =>
    problem.kind === "empty" ? m.open.empty : m.open.json(problem.line, problem.column);

  const open = async (file: File) => {
    problems.replaceChildren();
    if (file.size > MAX_MB * 1024 * 1024) {
      fail(file.name, [m.open.tooLarge(MAX_MB)]);
      return;
    }
    status.textContent = m.open.reading(file.name);
    // The search worker reads the file too, alongside the checks here.
    ctx.search.prepare(file);
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail(file.name, [m.open.unreadable]);
      return;
    }
    await painted();
    const parsed = parseDatasetText(text);
    if ("problem" in parsed) {
      fail(file.name, [parseLine(parsed.problem)]);
      return;
    }
    status.textContent = m.open.checking(parsed.records.length);
    await painted();
    let r: Relations;
    try {
      r = createRelations(parsed.records as DatasetRecord[]);
    } catch (error) {
      if (error instanceof DatasetError) {
        fail(
          file.name,
          error.problems.map(
            (p) => `${m.open.record(p.index, p.id)}${p.field ? `: ${p.field}` : ""}: ${p.message}`,
          ),
        );
      } else fail(file.name, [m.open.unreadable]);
      return;
    }
    // Core builds some indexes on first use (offices, links, events per
    // country; the event columns behind facets with the home page's year
    // chart): build them now, a task each, while the status says so, rather
    // than in the first search results or page after the load.
    status.textContent = m.open.preparing;
    for (const type of WARM) {
      await painted();
      const first = r.dataset.records.find((record) => record.type === type);
      if (first) r.describe(first, ctx.lang);
    }
    // Every citation by source (a source page's passages and reading text).
    await painted();
    const source = r.dataset.sources[0];
    if (source) r.citations(source.id);
    ctx.useDataset({
      r,
      file,
      info: {
        builtin: false,
        name: file.name,
        version: m.open.version(parsed.records.length, size(file.size, ctx.lang)),
      },
    });
  };

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void open(file);
    input.value = "";
  });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  });

  return {
    title: m.open.heading,
    node: h(
      "div",
      { class: "open-view" },
      h("h1", { tabindex: "-1" }, m.open.heading),
      h("p", { class: "lead" }, m.open.intro),
      zone,
      status,
      problems,
    ),
  };
}
