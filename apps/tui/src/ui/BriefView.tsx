import type { LabelLanguage, Relations, SourcedEvidence } from "@korea-relations/core";
import { brief as buildBrief } from "@korea-relations/core/brief";
import { useCallback, useRef } from "react";
import { type BriefDetail, briefDetail, notesText } from "../details/briefDetail.js";
import type { Detail, DetailRow } from "../details/Detail.js";
import { DetailView } from "./DetailView.js";
import type { RowEvidence } from "./rowEvidence.js";
import type { ScreenProps } from "./SearchScreen.js";

/**
 * Core's cited brief of a country or a pair, in the UI's language (`l`
 * switches): the caveat, every section's lines with footnote markers, the
 * barometer as diverging bars, the footnotes last. It moves, pages and
 * filters like a record's page; beside it (when wide) stand the footnotes of
 * the selected line, each opening its passage in the reader.
 */
export function BriefView({
  countries,
  ...props
}: ScreenProps & { readonly countries: readonly string[] }) {
  const built = useRef<{ lang: LabelLanguage; value: BriefDetail } | undefined>(undefined);
  const key = countries.join(" ");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the countries by value
  const build = useCallback(
    (relations: Relations, lang: LabelLanguage): Detail => {
      const value = briefDetail(
        buildBrief(relations, countries[0] as string, countries[1], { lang }),
      );
      built.current = { lang, value };
      return value.detail;
    },
    [key],
  );
  const evidenceOf = useCallback(
    (relations: Relations, detail: Detail, row: DetailRow | undefined): RowEvidence => {
      const current = built.current?.value;
      const numbers = (row && current?.notes.get(row)) ?? [];
      const footnotes = current?.detail === detail ? numbers : [];
      const evidence: SourcedEvidence[] = [];
      for (const n of footnotes) {
        const note = current?.footnoteByNumber.get(n);
        if (!note) continue;
        try {
          evidence.push({
            source: note.source,
            quote: note.excerpt,
            ...(note.span ? { span: note.span } : {}),
            sourceRecord: relations.getSource(note.source),
          } as SourcedEvidence);
        } catch {
          // A footnote whose source is missing shows in the list, not here.
        }
      }
      return {
        id: row?.evidence ?? detail.id,
        evidence,
        title: `Footnotes ${notesText(footnotes)}`.trimEnd(),
      };
    },
    [],
  );
  return <DetailView id={key} build={build} evidenceOf={evidenceOf} off={["brief"]} {...props} />;
}
