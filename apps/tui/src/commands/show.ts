import type {
  DatasetRecord,
  LabelLanguage,
  Relations,
  SourcedEvidence,
} from "@korea-relations/core";
import { buildDetail } from "../details/buildDetail.js";
import { detailLinks } from "../details/detailLinks.js";
import { labelText } from "../details/labelText.js";
import { renderDetail } from "../format/renderDetail.js";
import { type Command, printJson } from "./Command.js";
import { JSON_OPTION } from "./commonOptions.js";
import { labelLanguage, requiredText } from "./options.js";

/** Evidence without the repeated source record: its metadata only. */
function evidenceJson(item: SourcedEvidence) {
  const { sourceRecord, ...evidence } = item;
  return {
    ...evidence,
    publisher: sourceRecord?.publisher?.value ?? null,
    title: sourceRecord?.title?.value ?? null,
    published: sourceRecord?.published?.value ?? null,
    language: sourceRecord?.language ?? null,
  };
}

/** A linked record as `show --json` lists it (an office with its holder, as the table shows it). */
const link = (relations: Relations, record: DatasetRecord, lang: LabelLanguage) => ({
  id: record.id,
  type: record.type,
  label: labelText(relations, record, lang),
  ...(record.type === "office" ? { person: record.person } : {}),
});

/**
 * What `show --json` prints: the record, the records its detail view links
 * (`detailLinks`: by core relation, exactly what `relatedRecords` reports,
 * each as id, type and label; a country's partners too, as the table shows
 * them) and its evidence.
 */
export function showJson(relations: Relations, id: string, lang: LabelLanguage) {
  const record = relations.get(id);
  const related = detailLinks(buildDetail(relations, id, lang));
  return {
    record,
    related: Object.fromEntries(
      Object.entries(related).map(([relation, ids]) => [
        relation,
        (ids ?? []).map((linked) => link(relations, relations.get(linked), lang)),
      ]),
    ),
    ...(record.type === "country"
      ? {
          partners: relations.partners(record.id).map((p) => ({
            ...p,
            label: labelText(relations, p.country, lang),
          })),
        }
      : {}),
    evidence: relations.evidenceFor(id).map(evidenceJson),
  };
}

/** `show <ref>`: one record by id, name or alias, with what links to it and its evidence. */
export const show: Command = {
  name: "show",
  summary: "Show one record (by id, name or alias) with its links and evidence",
  usage: "show <ref> [--lang en|de]",
  options: { json: JSON_OPTION },
  json: true,
  examples: [
    "show KR",
    "show 'Kyung-wha Kang'",
    "show kang-kyung-wha --json | jq '.related.offices[].id'",
  ],
  run(context) {
    // The name goes to core as given: core resolves ids, names, aliases and titles.
    const ref = requiredText(context, "record (id or name)", "show");
    const relations = context.io.relations();
    const lang = labelLanguage(context, "show");
    const detail = buildDetail(relations, ref, lang);
    if (context.json) printJson(context, showJson(relations, detail.id, lang));
    else
      context.io.stdout.write(
        renderDetail(detail, relations.evidenceFor(detail.id), {
          style: context.style,
          ...(context.width ? { width: context.width } : {}),
        }),
      );
    return 0;
  },
};
