import { Box, Text } from "ink";
import { useMemo, useRef } from "react";
import { datedBasis } from "../details/dateText.js";
import { labelOfId } from "../details/labelOf.js";
import { cleanKeepingOffsets, cleanLine } from "../text/cleanText.js";
import { fitWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { citedPassages, passageRecords } from "./citedPassages.js";
import { Footer, type Hint } from "./Footer.js";
import { KIND_COLORS } from "./kindColor.js";
import { type Line, padLine, styleLine } from "./Line.js";
import { moveSelection } from "./moveSelection.js";
import { type PaneSide, Panes } from "./Panes.js";
import { readerLines } from "./readerLines.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { scrollWindow } from "./scrollWindow.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/**
 * A whole article with the passages that records cite highlighted. ↑/↓ go
 * from passage to passage, PgUp/PgDn/space scroll, Enter opens the record a
 * passage backs (or, when several do, their list beside the text).
 */
export function SourceReader({
  source,
  at,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & { readonly source: string; readonly at?: number }) {
  const { relations, sourceText, lang, nav, color } = useAppContext();
  const record = useMemo(() => {
    const found = relations.resolve(source);
    return found?.type === "source" ? found : undefined;
  }, [relations, source]);
  const text = useMemo(() => {
    const raw = record ? sourceText(record.id) : undefined;
    return raw === undefined ? undefined : cleanKeepingOffsets(raw);
  }, [record, sourceText]);
  const passages = useMemo(
    () => (record ? citedPassages(relations.citations(record.id)) : []),
    [relations, record],
  );
  const initial = Math.max(
    0,
    at === undefined
      ? 0
      : passages.findIndex((p) => p.start <= at && at < Math.max(p.end, p.start + 1)),
  );
  const [current, setCurrent] = useRemembered(`${memoryKey}:passage`, initial);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const [pick, setPick] = useRemembered(`${memoryKey}:pick`, 0);
  const [scroll, setScroll] = useRemembered<number | undefined>(`${memoryKey}:scroll`, undefined);
  const previous = useRef(0);

  const textHeight = Math.max(1, height - 3);
  const textWidth = (w: number) => Math.max(10, w);
  const records = passageRecords(passages[current]);
  const passage = passages[current];

  const openRecord = (id: string | undefined) => {
    if (id) nav.push({ kind: "detail", id });
  };

  useScreenKeys({
    isActive,
    onKey(input, key) {
      if (key.tab) {
        setPane(pane === "left" ? "right" : "left");
        return true;
      }
      if (pane === "right") {
        const moved = moveSelection(input, key, pick, records.length, textHeight);
        if (moved !== undefined) setPick(moved);
        else if (key.return) openRecord(records[pick]?.id);
        else return false;
        return true;
      }
      const moved =
        input === "n"
          ? Math.min(passages.length - 1, current + 1)
          : input === "N"
            ? Math.max(0, current - 1)
            : moveSelection(input, key, current, passages.length, 5);
      if (moved !== undefined && !key.pageUp && !key.pageDown) {
        setCurrent(moved);
        setPick(0);
        setScroll(undefined);
        return true;
      }
      if (key.pageDown || input === " ") {
        setScroll(previous.current + textHeight - 1);
        return true;
      }
      if (key.pageUp) {
        setScroll(Math.max(0, previous.current - textHeight + 1));
        return true;
      }
      if (key.return) {
        if (records.length === 1) openRecord(records[0]?.id);
        else if (records.length > 1) {
          setPane("right");
          setPick(0);
        } else nav.notify("No passage here is cited.");
        return true;
      }
      return false;
    },
    evidence: () => {
      const id = pane === "right" ? records[pick]?.id : records[0]?.id;
      return id ? { id } : record ? { id: record.id } : undefined;
    },
    timeline: () => undefined,
  });

  const hints: Hint[] = [
    ["↑↓", "passage"],
    ["PgUp/PgDn", "scroll"],
    ["⏎", "open record"],
    ["tab", "records"],
    ["esc", "back"],
    ["e", "evidence"],
    ["q", "quit"],
  ];
  const meta = record
    ? [
        record.publisher?.value,
        record.title?.value,
        datedBasis(record.published, lang),
        record.language,
      ]
        .filter((part): part is string => Boolean(part))
        .map(cleanLine)
        .join(" · ")
    : `Unknown source ${source}`;
  const position =
    passages.length > 0 ? `passage ${current + 1}/${passages.length}` : "no cited passages";

  const textPane = (w: number, h: number) => {
    if (text === undefined) {
      return (
        <Text>
          {record
            ? "The article's text is not available."
            : `Unknown source “${cleanLine(source)}”.`}
        </Text>
      );
    }
    const { lines, passageLines } = readerLines(text, textWidth(w), passages, current);
    const focusLines = passageLines[current];
    const start =
      scroll !== undefined
        ? Math.min(Math.max(0, scroll), Math.max(0, lines.length - (h - 1)))
        : focusLines && focusLines[0] >= 0
          ? scrollWindow(previous.current, lines.length, h - 1, focusLines[0], focusLines[1], 2)
          : previous.current;
    previous.current = start;
    return (
      <Box flexDirection="column" width={w} height={h}>
        <Text dimColor wrap="truncate-end">
          {truncate(
            `${position} · lines ${start + 1}–${Math.min(lines.length, start + h - 1)} of ${lines.length}`,
            w,
          )}
        </Text>
        <ScrollView lines={lines} height={h - 1} start={start} color={color} />
      </Box>
    );
  };

  const recordsPane = (w: number, h: number) => {
    const lines: Line[] = records.map((r, i) => {
      const line: Line = [
        { text: i === pick ? "›" : " ", bold: true },
        {
          text: fitWidth(r.type, 13),
          color: KIND_COLORS[r.type as keyof typeof KIND_COLORS] ?? "white",
        },
        { text: labelOfId(relations, r.id, lang) },
      ];
      return i === pick
        ? styleLine(padLine(line, w), pane === "right" ? { inverse: true } : { bold: true })
        : line;
    });
    return (
      <Box flexDirection="column" width={w} height={h}>
        <Text bold wrap="truncate-end">
          {truncate(
            passage ? `Records citing this passage: ${records.length}` : "No passage selected",
            w,
          )}
        </Text>
        <ScrollView lines={lines} height={h - 1} focus={[pick, pick]} color={color} />
      </Box>
    );
  };

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate(meta, width)}
      </Text>
      <Panes
        width={width}
        height={height - 2}
        focus={pane}
        ratio={0.66}
        left={textPane}
        right={recordsPane}
      />
      <Footer hints={hints} width={width} />
    </Box>
  );
}
