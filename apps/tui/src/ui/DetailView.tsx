import { UnknownEntityError } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { buildDetail } from "../details/buildDetail.js";
import type { Detail } from "../details/Detail.js";
import { fieldEvidence } from "../details/fieldEvidence.js";
import { cleanLine } from "../text/cleanText.js";
import { useAppContext } from "./AppContext.js";
import { DetailPane } from "./DetailPane.js";
import { detailRows } from "./detailLines.js";
import { EvidencePane } from "./EvidencePane.js";
import { Footer, type Hint } from "./Footer.js";
import { moveSelection } from "./moveSelection.js";
import { type PaneSide, Panes } from "./Panes.js";
import type { ScreenProps } from "./SearchScreen.js";
import { useOpenRow } from "./useOpenRow.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/**
 * One record by kind, with every linked record openable (Enter) and, beside
 * it when wide, the evidence of the selected row (Tab to move there).
 */
export function DetailView({
  id,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & { readonly id: string }) {
  const { relations, lang, nav } = useAppContext();
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const [card, setCard] = useRemembered(`${memoryKey}:card`, 0);
  const openRow = useOpenRow();

  const result = useMemo((): { detail: Detail } | { error: string } => {
    try {
      return { detail: buildDetail(relations, id, lang) };
    } catch (error) {
      return {
        error:
          error instanceof UnknownEntityError || error instanceof Error
            ? cleanLine(error.message)
            : String(error),
      };
    }
  }, [relations, id, lang]);
  const detail = "detail" in result ? result.detail : undefined;
  const rows = detail ? detailRows(detail) : [];
  const index = Math.min(selected, Math.max(0, rows.length - 1));
  const row = rows[index];
  const target = detail
    ? { id: row?.evidence ?? row?.ref ?? detail.id, ...(row?.field ? { field: row.field } : {}) }
    : undefined;
  const targetId = target?.id;
  const targetField = target?.field;
  const evidence = useMemo(() => {
    if (targetId === undefined) return [];
    try {
      return fieldEvidence(relations.evidenceFor(targetId), targetField);
    } catch {
      return [];
    }
  }, [relations, targetId, targetField]);
  const page = Math.max(1, height - 4);

  useScreenKeys({
    isActive,
    onKey(input, key) {
      if (key.tab) {
        setPane(pane === "left" ? "right" : "left");
        return true;
      }
      if (pane === "right") {
        const moved = moveSelection(input, key, card, evidence.length, 3);
        if (moved !== undefined) setCard(moved);
        else if (key.return) {
          const item = evidence[card];
          if (item)
            nav.push({
              kind: "reader",
              source: item.source,
              ...(item.span ? { at: item.span[0] } : {}),
            });
        } else return false;
        return true;
      }
      const moved = moveSelection(input, key, index, rows.length, page);
      if (moved !== undefined) {
        setSelected(moved);
        setCard(0);
        return true;
      }
      if (key.return) {
        openRow(row, detail?.id);
        return true;
      }
      return false;
    },
    evidence: () => target,
    timeline: () => detail?.timeline,
  });

  const hints: Hint[] = [
    ["↑↓", "move"],
    ["⏎", "open"],
    ["esc", "back"],
    ["e", "evidence"],
    ["t", "timeline"],
    ["tab", "pane"],
    ["s", "sources"],
    ["/", "search"],
    ["q", "quit"],
  ];

  return (
    <Box flexDirection="column" width={width} height={height}>
      {detail ? (
        <Panes
          width={width}
          height={height - 1}
          focus={pane}
          ratio={0.58}
          left={(w, h) => (
            <DetailPane
              detail={detail}
              width={w}
              height={h}
              selected={index}
              focused={pane === "left"}
            />
          )}
          right={(w, h) => (
            <EvidencePane
              title={`Evidence${target?.field ? ` (${target.field})` : ""}: ${evidence.length} excerpt${evidence.length === 1 ? "" : "s"}`}
              evidence={evidence}
              width={w}
              height={h}
              selected={Math.min(card, Math.max(0, evidence.length - 1))}
              focused={pane === "right"}
            />
          )}
        />
      ) : (
        <Box height={height - 1} flexDirection="column">
          <Text wrap="wrap">{"error" in result ? result.error : ""}</Text>
          <Text dimColor>Esc goes back.</Text>
        </Box>
      )}
      <Footer hints={hints} width={width} />
    </Box>
  );
}
