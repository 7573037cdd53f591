import {
  type Agreement,
  type DatasetRecord,
  type Event,
  type Office,
  type Quote,
  RELATION_HEADINGS,
  type RecordType,
  type Relation,
} from "@korea-relations/core";
import { agreementList } from "./agreementList.js";
import type { CiteRegistry } from "./citeRegistry.js";
import { eventList } from "./eventList.js";
import { append, type Child, h } from "./h.js";
import { later } from "./later.js";
import { officeTermList } from "./officeTermList.js";
import { LIST_STEP, pagedList } from "./pagedList.js";
import { quoteList } from "./quoteList.js";
import { recordList } from "./recordList.js";
import { section } from "./section.js";
import type { ViewContext } from "./viewContext.js";

/**
 * The order of related-record sections on a page; relations not listed follow
 * in the order core gives them, so a relation core adds is never left out.
 */
const ORDER: readonly Relation[] = [
  "parts",
  "offices",
  "eventsHeld",
  "events",
  "eventsAbout",
  "agreements",
  "quotes",
  "members",
  "memberOf",
  "organizations",
  "nationals",
  "places",
  "credited",
  "evidences",
];

/** Display order of record kinds inside a section that mixes them (what a source supports). */
const KINDS: readonly RecordType[] = [
  "event",
  "agreement",
  "quote",
  "person",
  "office",
  "organization",
  "country",
  "place",
  "topic",
  "source",
];

/** Pages on which quotes show their evidence markers: the speaker's and the event's. */
const SPOKEN: readonly RecordType[] = ["person", "organization", "event"];

/** Records of one relation, in the list that suits their kind. */
function listOf(
  records: readonly DatasetRecord[],
  owner: DatasetRecord,
  ctx: ViewContext,
  cites: CiteRegistry,
  step = LIST_STEP,
): Child {
  // The one kind of them all, if they are of one (checked in one pass; indexed
  // loops here and below: core's lists are frozen, which iterators walk slowly).
  const first = records[0]?.type;
  let kind = first;
  for (let i = 0; i < records.length && kind !== undefined; i++) {
    if ((records[i] as DatasetRecord).type !== first) kind = undefined;
  }
  if (kind === "event") {
    const events = records as readonly Event[];
    return pagedList(events, (part) => eventList(part, ctx), ctx, undefined, step);
  }
  if (kind === "agreement") {
    const agreements = records as readonly Agreement[];
    return pagedList(agreements, (part) => agreementList(part, ctx), ctx, undefined, step);
  }
  // Quotes carry their evidence markers on the pages of who said them and where;
  // elsewhere (a country, place, topic or source) their own pages have it.
  if (kind === "quote") {
    const marked = SPOKEN.includes(owner.type) ? cites : undefined;
    const quotes = records as readonly Quote[];
    return pagedList(quotes, (part) => quoteList(part, ctx, marked), ctx, undefined, step);
  }
  if (kind === "office") {
    return officeTermList(
      records as readonly Office[],
      owner.type === "person" ? "post" : "holder",
      ctx,
      owner.type === "person" ? cites : undefined,
      step,
    );
  }
  // Grouped by kind in one pass: a source may support a whole dataset.
  const byKind = new Map<RecordType, DatasetRecord[]>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as DatasetRecord;
    const some = byKind.get(record.type);
    if (some) some.push(record);
    else byKind.set(record.type, [record]);
  }
  const kinds = KINDS.filter((type) => byKind.has(type));
  if (kinds.length === 1) {
    return pagedList(records, (part) => recordList(part, ctx), ctx, undefined, step);
  }
  // About `step` records at first in all: a part of each kind's (a source of a
  // large dataset supports all of it, and a page of thousands of lines is slow to lay out).
  const large = records.length > step;
  const each = large ? Math.max(10, Math.ceil(step / kinds.length)) : step;
  // Several kinds: one sub-list per kind, each under its own heading; a large
  // relation's each drawn in a task of its own once the page is shown (busy
  // till then), so that no one task orders and draws them all.
  return kinds.map((type) => {
    const some = byKind.get(type) ?? [];
    const group = h(
      "div",
      { class: "kind-group" },
      h(
        "h3",
        null,
        ctx.m.types[type][some.length === 1 ? 0 : 1],
        h("span", { class: "count" }, ` ${some.length}`),
      ),
    );
    const list = () => listOf(some, owner, ctx, cites, each);
    if (large) append(group, later(list, ctx));
    else append(group, list());
    return group;
  });
}

/**
 * A section for every relation core's `relatedRecords` reports for a record,
 * except those the page shows among its facts (`shown`): place → events held
 * there, event → sub-events, country → events as a party and events about it
 * kept apart and its government, person → offices as terms, source →
 * everything it supports, and so on. Headings read from the page's point of
 * view. The sources of the record's evidence are left to its evidence section.
 */
export function relatedSections(
  record: DatasetRecord,
  ctx: ViewContext,
  cites: CiteRegistry,
  shown: readonly Relation[],
): HTMLElement[] {
  const { links } = ctx.r.relatedRecords(record.id);
  // The sources of a record's evidence are linked from its evidence section (`citeRegistry`).
  const relations = (Object.keys(links) as Relation[]).filter(
    (rel) => rel !== "sources" && !shown.includes(rel),
  );
  const rank = (rel: Relation) => {
    const at = ORDER.indexOf(rel);
    return at < 0 ? ORDER.length : at;
  };
  relations.sort((a, b) => rank(a) - rank(b));
  return relations.flatMap((relation) => {
    const records = links[relation] ?? [];
    const heading =
      ctx.m.relatedOn[record.type]?.[relation] ?? RELATION_HEADINGS[relation][ctx.lang];
    // Offices count as the terms they make up, the lines the section shows: one each.
    // A large relation's list is drawn in a task of its own once the page is
    // shown (busy till then): a country of a large dataset has several.
    const node =
      records.length > LIST_STEP
        ? section(
            heading,
            later(() => listOf(records, record, ctx, cites), ctx),
            records.length,
          )
        : section(heading, listOf(records, record, ctx, cites), records.length);
    if (node) node.dataset.relation = relation;
    return node ? [node] : [];
  });
}
