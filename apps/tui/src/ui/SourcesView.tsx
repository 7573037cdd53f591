import type { Source } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { buildDetail } from "../details/buildDetail.js";
import { dateText } from "../details/dateText.js";
import { cleanLine } from "../text/cleanText.js";
import { truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { DetailPane } from "./DetailPane.js";
import { detailRows } from "./detailLines.js";
import { Footer, type Hint } from "./Footer.js";
import { type Line, padLine, styleLine } from "./Line.js";
import { moveSelection } from "./moveSelection.js";
import { type PaneSide, Panes } from "./Panes.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { useOpenRow } from "./useOpenRow.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/** One source as a list line: date, language, publisher and title. */
export function sourceLineOf(source: Source): string {
  return [
    source.published ? dateText(source.published) : "undated",
    source.language,
    source.publisher?.value,
    source.title?.value ?? source.summary.en,
  ]
    .filter((part): part is string => Boolean(part))
    .map(cleanLine)
    .join(" · ");
}

/**
 * The source articles. Enter opens one in the reader; beside the list when
 * wide (Tab), the source's metadata and the records it evidences.
 */
export function SourcesView({ memoryKey, width, height, isActive }: ScreenProps) {
  const { relations, lang, nav, color } = useAppContext();
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const [row, setRow] = useRemembered(`${memoryKey}:row`, 0);
  const openRow = useOpenRow();
  const sources = relations.dataset.sources;
  const index = Math.min(selected, Math.max(0, sources.length - 1));
  const source = sources[index];
  const detail = useMemo(
    () => (source ? buildDetail(relations, source.id, lang) : undefined),
    [relations, source, lang],
  );
  const rows = detail ? detailRows(detail) : [];

  useScreenKeys({
    isActive,
    onKey(input, key) {
      if (key.tab) {
        setPane(pane === "left" ? "right" : "left");
        return true;
      }
      if (pane === "right") {
        const moved = moveSelection(input, key, row, rows.length, height - 4);
        if (moved !== undefined) setRow(moved);
        else if (key.return) openRow(rows[row], detail?.id);
        else return false;
        return true;
      }
      const moved = moveSelection(input, key, index, sources.length, height - 3);
      if (moved !== undefined) {
        setSelected(moved);
        setRow(0);
        return true;
      }
      if (key.return) {
        if (source) nav.push({ kind: "reader", source: source.id });
        return true;
      }
      if (input === "s") return true; // already here
      return false;
    },
    evidence: () => {
      if (pane === "right" && detail) {
        const r = rows[row];
        return { id: r?.evidence ?? r?.ref ?? detail.id, ...(r?.field ? { field: r.field } : {}) };
      }
      return source ? { id: source.id } : undefined;
    },
    timeline: () => undefined,
  });

  const hints: Hint[] = [
    ["↑↓", "move"],
    ["⏎", "read"],
    ["tab", "details"],
    ["e", "evidence"],
    ["esc", "back"],
    ["/", "search"],
    ["q", "quit"],
  ];

  const list = (w: number, h: number) => {
    const lines: Line[] = sources.map((s, i) => {
      const line: Line = [{ text: i === index ? "›" : " ", bold: true }, { text: sourceLineOf(s) }];
      return i === index
        ? styleLine(padLine(line, w), pane === "left" ? { inverse: true } : { bold: true })
        : line;
    });
    return (
      <Box flexDirection="column" width={w} height={h}>
        <Text bold wrap="truncate-end">
          {truncate(
            `Sources: ${sources.length} articles (⏎ reads one, cited passages highlighted)`,
            w,
          )}
        </Text>
        <ScrollView lines={lines} height={h - 1} focus={[index, index]} color={color} />
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
      <Footer hints={hints} width={width} />
    </Box>
  );
}
