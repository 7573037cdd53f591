import type { SourcedEvidence } from "@korea-relations/core";
import { buildDetail } from "../details/buildDetail.js";
import { renderDetail } from "../format/renderDetail.js";
import { type Command, printJson } from "./Command.js";
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

/** `show <ref>`: one record by id, name or alias, with what links to it and its evidence. */
export const show: Command = {
  name: "show",
  summary: "Show one record (by id, name or alias) with its links and evidence",
  usage: "show <ref> [--lang en|de]",
  options: { lang: { type: "string" } },
  optionHelp: [["--lang en|de", "language of labels (default en)"]],
  examples: ["show KR", "show 'Kyung-wha Kang'", "show kang-kyung-wha --json | jq .record.native"],
  run(context) {
    const ref = requiredText(context, "record (id or name)", "show");
    const relations = context.io.relations();
    const detail = buildDetail(relations, ref, labelLanguage(context, "show"));
    const evidence = relations.evidenceFor(detail.id);
    if (context.json) {
      printJson(context, {
        record: relations.get(detail.id),
        evidence: evidence.map(evidenceJson),
      });
    } else {
      context.io.stdout.write(
        renderDetail(detail, evidence, {
          style: context.style,
          ...(context.width ? { width: context.width } : {}),
        }),
      );
    }
    return 0;
  },
};
