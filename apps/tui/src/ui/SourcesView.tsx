import { compareDates, type Source } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { buildDetail } from "../details/buildDetail.js";
import { dateText } from "../details/dateText.js";
import { cleanLine } from "../text/cleanText.js";
import { truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { DetailPane } from "./DetailPane.js";
import { detailRows } from "./detailLines.js";
import { FilterBox, showsFilter } from "./FilterBox.js";
import { Footer } from "./Footer.js";
import type { Action, KeyContext } from "./keyBindings.js";
import { type Line, padLine, styleLine } from "./Line.js";
import { moveInList, shownSelection } from "./moveInList.js";
import { moveSelection } from "./moveSelection.js";
import { type PaneSide, Panes } from "./Panes.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { useListFilter } from "./useListFilter.js";
import { useOpenRow } from "./useOpenRow.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/** One source as a list line: date, language, publisher and title. */
export function sourceLineOf(source: Source): string {
  return [
    dateText(source.published),
    source.language,
    source.publisher?.value,
    source.title?.value ?? source.summary.en,
  ]
    .filter((part): part is string => Boolean(part))
    .map(cleanLine)
    .join(" · ");
}

/** Sources by date of publication, oldest first (undated last), then by id. */
export function sourcesByDate(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => {
    if (a.published && b.published) {
      const order = compareDates(a.published, b.published);
      if (order !== 0) return order;
    } else if (a.published || b.published) return a.published ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * The source articles by date. Enter opens one in the reader; beside the
 * list when wide (Tab), the source's metadata and the records it evidences.
 */
export function SourcesView({ memoryKey, width, height, isActive }: ScreenProps) {
  const { relations, lang, nav, color } = useAppContext();
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const [row, setRow] = useRemembered(`${memoryKey}:row`, 0);
  const openRow = useOpenRow();
  const sources = useMemo(() => sourcesByDate(relations.dataset.sources), [relations]);
  const texts = useMemo(() => sources.map(sourceLineOf), [sources]);
  const filter = useListFilter(memoryKey, texts, () => setRow(0));
  const index = shownSelection(Math.min(selected, sources.length - 1), filter.kept);
  const source = sources[index];
  const detail = useMemo(
    () => (source ? buildDetail(relations, source.id, lang) : undefined),
    [relations, source, lang],
  );
  const rows = useMemo(() => (detail ? detailRows(detail) : []), [detail]);
  const context: KeyContext = filter.editing ? "filter" : pane === "right" ? "detail" : "sources";
  const disabled = new Set<Action>(showsFilter(filter) ? [] : ["cancel"]);

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
        const moved = moveSelection(action, row, rows.length, height - 4);
        if (moved !== undefined) setRow(moved);
        else if (action === "open") openRow(rows[row], detail?.id);
        else return false;
        return true;
      }
      const moved = moveInList(action, index, filter.kept, height - 3);
      if (moved !== undefined) {
        setSelected(moved);
        setRow(0);
        return true;
      }
      if (action === "open") {
        if (source) nav.push({ kind: "reader", source: source.id });
        return true;
      }
      if (action === "sources") return true; // already here
      return false;
    },
    evidence: () => {
      if (pane === "right" && detail) {
        const r = rows[row];
        return { id: r?.evidence ?? r?.ref ?? detail.id, ...(r?.field ? { field: r.field } : {}) };
      }
      return source ? { id: source.id } : undefined;
    },
    copy: () => (pane === "right" ? (rows[row]?.ref ?? source?.id) : source?.id),
    timeline: () => undefined,
  });

  const list = (w: number, h: number) => {
    const lines: Line[] = filter.kept.map((i) => {
      const s = sources[i] as Source;
      const line: Line = [{ text: i === index ? "›" : " ", bold: true }, { text: sourceLineOf(s) }];
      return i === index
        ? styleLine(padLine(line, w), pane === "left" ? { inverse: true } : { bold: true })
        : line;
    });
    const at = Math.max(0, filter.kept.indexOf(index));
    const box = showsFilter(filter);
    return (
      <Box flexDirection="column" width={w} height={h}>
        <Text bold wrap="truncate-end">
          {truncate(
            `Sources: ${sources.length} articles, by date (⏎ reads one, cited passages highlighted)`,
            w,
          )}
        </Text>
        {box ? <FilterBox filter={filter} total={sources.length} width={w} color={color} /> : null}
        <ScrollView lines={lines} height={h - 1 - (box ? 1 : 0)} focus={[at, at]} color={color} />
      </Box>
    );
  };

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Panes
        width={width}
        height={height - 1}
        focus={pane}
        ratio={0.45}
        left={list}
        right={(w, h) =>
          detail ? (
            <DetailPane
              detail={detail}
              width={w}
              height={h}
              selected={pane === "right" ? row : -1}
              focused={pane === "right"}
              markFocus
            />
          ) : (
            <Text> </Text>
          )
        }
      />
      <Footer context={context} disabled={disabled} width={width} />
    </Box>
  );
}
