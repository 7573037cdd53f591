import type { LabelLanguage, Relations } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { buildDetail } from "../details/buildDetail.js";
import type { Detail, DetailRow } from "../details/Detail.js";
import { cleanLine } from "../text/cleanText.js";
import { useAppContext } from "./AppContext.js";
import { DetailPane } from "./DetailPane.js";
import { detailRows } from "./detailLines.js";
import { EvidencePane } from "./EvidencePane.js";
import { FilterBox, showsFilter } from "./FilterBox.js";
import { Footer } from "./Footer.js";
import type { Action, KeyContext } from "./keyBindings.js";
import { moveInList, shownSelection } from "./moveInList.js";
import { moveSelection } from "./moveSelection.js";
import { type PaneSide, Panes } from "./Panes.js";
import { type RowEvidence, rowEvidence } from "./rowEvidence.js";
import { rowTimeline } from "./rowTimeline.js";
import type { ScreenProps } from "./SearchScreen.js";
import { useListFilter } from "./useListFilter.js";
import { useOpenRow } from "./useOpenRow.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/** What a row reads as, for the `/` filter. */
export const rowText = (row: DetailRow) => `${row.lead ?? ""} ${row.text}`;

/**
 * One record by kind, with every linked record openable (Enter) and, beside
 * it when wide, the evidence of the selected row (Tab to move there). `/`
 * filters the rows.
 */
export function DetailView({
  id,
  build,
  evidenceOf = rowEvidence,
  off,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & {
  readonly id: string;
  /** Builds what it shows (default: the record `id`'s detail); keep it stable. */
  readonly build?: (relations: Relations, lang: LabelLanguage) => Detail;
  /** What backs a row, shown beside it (default: its record's evidence). */
  readonly evidenceOf?: (
    relations: Relations,
    detail: Detail,
    row: DetailRow | undefined,
    lang: LabelLanguage,
  ) => RowEvidence;
  /** Actions that do nothing here. */
  readonly off?: readonly Action[];
}) {
  const { relations, lang, nav, color } = useAppContext();
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const [card, setCard] = useRemembered(`${memoryKey}:card`, 0);
  const openRow = useOpenRow();

  const result = useMemo((): { detail: Detail } | { error: string } => {
    try {
      return { detail: build ? build(relations, lang) : buildDetail(relations, id, lang) };
    } catch (error) {
      return { error: cleanLine(error instanceof Error ? error.message : String(error)) };
    }
  }, [relations, id, lang, build]);
  const detail = "detail" in result ? result.detail : undefined;
  const rows = useMemo(() => (detail ? detailRows(detail) : []), [detail]);
  const texts = useMemo(() => rows.map(rowText), [rows]);
  const filter = useListFilter(memoryKey, texts, () => setCard(0));
  const keptSet = useMemo(
    () => (filter.kept.length === rows.length ? undefined : new Set(filter.kept)),
    [filter.kept, rows.length],
  );
  const index = shownSelection(Math.min(selected, rows.length - 1), filter.kept);
  const row = rows[index];
  const backing = useMemo(
    () => (detail ? evidenceOf(relations, detail, row, lang) : undefined),
    [relations, detail, row, evidenceOf, lang],
  );
  const evidence = backing?.evidence ?? [];
  const page = Math.max(1, height - 4);
  const context: KeyContext = filter.editing
    ? "filter"
    : pane === "right"
      ? "detailEvidence"
      : "detail";
  const disabled = new Set<Action>([
    ...(showsFilter(filter) ? [] : ["cancel" as const]),
    ...(off ?? []),
  ]);

  useScreenKeys({
    isActive,
    context,
    disabled,
    onText: filter.onText,
    onAction(action) {
      if (filter.onAction(action)) return true;
      if (action === "pane") {
        setPane(pane === "left" ? "right" : "left");
        return true;
      }
      if (action === "filter") {
        setPane("left");
        filter.open();
        return true;
      }
      if (pane === "right" && context !== "filter") {
        const moved = moveSelection(action, card, evidence.length, 3);
        if (moved !== undefined) setCard(moved);
        else if (action === "open") {
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
      const moved = moveInList(action, index, filter.kept, page);
      if (moved !== undefined) {
        setSelected(moved);
        setCard(0);
        return true;
      }
      if (action === "open") {
        openRow(row, detail?.id);
        return true;
      }
      return false;
    },
    evidence: () =>
      backing && {
        id: backing.id,
        ...(backing.field ? { field: backing.field } : {}),
        ...(row?.basis && row.basis.basis !== "stated" ? { basis: row.basis } : {}),
        ...(row?.basis?.basis === "external" ? { external: true } : {}),
      },
    timeline: () => (detail ? rowTimeline(relations, detail, row) : undefined),
    copy: () =>
      pane === "right" ? evidence[card]?.source : (row?.ref ?? row?.reader ?? detail?.id),
  });

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
              {...(keptSet ? { kept: keptSet } : {})}
              {...(showsFilter(filter)
                ? {
                    top: <FilterBox filter={filter} total={rows.length} width={w} color={color} />,
                  }
                : {})}
            />
          )}
          right={(w, h) => (
            <EvidencePane
              title={
                backing?.title ??
                `Evidence${backing?.field ? ` (${backing.field})` : ""}: ${evidence.length} excerpt${evidence.length === 1 ? "" : "s"}`
              }
              {...(backing?.note ? { note: backing.note } : {})}
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
      <Footer context={context} disabled={disabled} width={width} />
    </Box>
  );
}
