import { Box, Text } from "ink";
import { useMemo, useRef } from "react";
import { datedBasis } from "../details/dateText.js";
import { labelText } from "../details/labelText.js";
import { positionText } from "../details/positionText.js";
import { cleanLine } from "../text/cleanText.js";
import { fitWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { citedPassages, passageRecords } from "./citedPassages.js";
import { Footer } from "./Footer.js";
import type { Action, KeyContext } from "./keyBindings.js";
import { KIND_COLORS } from "./kindColor.js";
import { type Line, padLine, styleLine } from "./Line.js";
import { moveSelection } from "./moveSelection.js";
import { type PaneSide, Panes } from "./Panes.js";
import { findAll, lineAt, readerLines, readerWrap } from "./readerLines.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { scrollWindow } from "./scrollWindow.js";
import { TextBox } from "./TextBox.js";
import { EMPTY_INPUT, editText, type TextInput, typeText } from "./textInput.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/** Lines the article scrolls for one notch of the mouse wheel. */
const WHEEL_LINES = 3;

/**
 * A whole article with the passages that records cite highlighted. ↑/↓ go
 * from passage to passage, PgUp/PgDn/space scroll, Enter opens the record a
 * passage backs (or, when several do, their list beside the text); `/`
 * searches the text (n/N the next and previous match).
 */
export function SourceReader({
  source,
  at,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & { readonly source: string; readonly at?: number }) {
  const { relations, article: articleOf, lang, nav, color } = useAppContext();
  const record = useMemo(() => {
    const found = relations.resolve(source);
    return found?.type === "source" ? found : undefined;
  }, [relations, source]);
  // The clean reading text where one fits the article, else the raw text.
  const article = useMemo(() => (record ? articleOf(record.id) : undefined), [record, articleOf]);
  const text = article?.text;
  const passages = useMemo(
    () => (record ? citedPassages(relations.citations(record.id), article) : []),
    [relations, record, article],
  );
  // `at` is a verbatim offset (an evidence's span): the passage citing it.
  const initial = Math.max(
    0,
    at === undefined
      ? 0
      : passages.findIndex((p) =>
          p.citations.some(({ evidence: { span } }) =>
            span ? span[0] <= at && at < Math.max(span[1], span[0] + 1) : false,
          ),
        ),
  );
  const [current, setCurrent] = useRemembered(`${memoryKey}:passage`, initial);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const [pick, setPick] = useRemembered(`${memoryKey}:pick`, 0);
  const [scroll, setScroll] = useRemembered<number | undefined>(`${memoryKey}:scroll`, undefined);
  const [search, setSearch] = useRemembered<TextInput>(`${memoryKey}:search`, EMPTY_INPUT);
  const [searching, setSearching] = useRemembered(`${memoryKey}:searching`, false);
  const [match, setMatch] = useRemembered(`${memoryKey}:match`, 0);
  const previous = useRef(0);

  const textHeight = Math.max(1, height - 3);
  const records = passageRecords(passages[current]);
  const passage = passages[current];
  const matches = useMemo(
    () => (text === undefined ? [] : findAll(text, search.text)),
    [text, search.text],
  );
  const currentMatch = matches.length === 0 ? -1 : Math.min(match, matches.length - 1);
  const context: KeyContext = searching
    ? "filter"
    : pane === "right"
      ? "readerRecords"
      : search.text !== ""
        ? "readerSearch"
        : "reader";
  const disabled = new Set<Action>(pane === "right" ? ["cancel"] : []);

  const openRecord = (id: string | undefined) => {
    if (id) nav.push({ kind: "detail", id });
  };
  /** Scrolls so that the text at `offset` shows, a few lines from the top. */
  const showOffset = (offset: number, w: number) => {
    if (text === undefined) return;
    const line = lineAt(readerWrap(text, w), offset);
    setScroll(Math.max(0, line - 2));
  };
  const textWidth = () => (width >= 100 ? Math.floor(width * 0.66) : width);
  /** The match at or after the top of the screen, or the first. */
  const matchFromView = (list: readonly { start: number }[]) => {
    if (text === undefined || list.length === 0) return 0;
    const ranges = readerWrap(text, textWidth());
    const top = ranges[previous.current]?.start ?? 0;
    const next = list.findIndex((m) => m.start >= top);
    return Math.max(next, 0);
  };
  const goToMatch = (index: number, list = matches) => {
    const target = list[index];
    setMatch(index);
    if (target) showOffset(target.start, textWidth());
  };
  const editSearch = (next: TextInput) => {
    setSearch(next);
    const list = text === undefined ? [] : findAll(text, next.text);
    if (list.length > 0) goToMatch(matchFromView(list), list);
  };

  useScreenKeys({
    isActive,
    context,
    disabled,
    onText: (typed) => editSearch(typeText(search, typed)),
    onAction(action) {
      if (searching) {
        if (action === "accept") setSearching(false);
        else if (action === "cancel") {
          setSearch(EMPTY_INPUT);
          setSearching(false);
        } else if (action === "move-down" || action === "move-up") {
          if (matches.length > 0)
            goToMatch(
              (currentMatch + (action === "move-down" ? 1 : matches.length - 1)) % matches.length,
            );
        } else {
          const edited = editText(search, action);
          if (!edited) return false;
          editSearch(edited);
        }
        return true;
      }
      if (action === "pane") {
        setPane(pane === "left" ? "right" : "left");
        return true;
      }
      if (pane === "right") {
        const moved = moveSelection(action, pick, records.length, textHeight);
        if (moved !== undefined) setPick(moved);
        else if (action === "open") openRecord(records[pick]?.id);
        else return false;
        return true;
      }
      switch (action) {
        case "search-text":
          setSearching(true);
          return true;
        case "cancel":
          setSearch(EMPTY_INPUT);
          return true;
        case "next-match":
        case "previous-match":
          if (matches.length === 0) nav.notify(`No match for “${cleanLine(search.text)}”.`);
          else
            goToMatch(
              (currentMatch + (action === "next-match" ? 1 : matches.length - 1)) % matches.length,
            );
          return true;
        case "next-passage":
        case "previous-passage":
        case "first":
        case "last": {
          const moved = moveSelection(
            action === "next-passage"
              ? "move-down"
              : action === "previous-passage"
                ? "move-up"
                : action,
            current,
            passages.length,
            5,
          );
          if (moved !== undefined) {
            setCurrent(moved);
            setPick(0);
            setScroll(undefined);
          }
          return true;
        }
        case "scroll-down":
          setScroll(previous.current + textHeight - 1);
          return true;
        case "scroll-up":
          setScroll(Math.max(0, previous.current - textHeight + 1));
          return true;
        case "open":
          if (records.length === 1) openRecord(records[0]?.id);
          else if (records.length > 1) {
            setPane("right");
            setPick(0);
          } else nav.notify("No passage here is cited.");
          return true;
        default:
          return false;
      }
    },
    onWheel(direction) {
      // The wheel scrolls the article three lines a notch; over the records it moves the pick.
      if (pane === "right") return false;
      setScroll(Math.max(0, previous.current + WHEEL_LINES * direction));
      return true;
    },
    evidence: () => {
      const id = pane === "right" ? records[pick]?.id : records[0]?.id;
      return id ? { id } : record ? { id: record.id } : undefined;
    },
    copy: () => (pane === "right" ? records[pick]?.id : record?.id),
    timeline: () => undefined,
  });

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
    : `Unknown source ${cleanLine(source)}`;
  const where = passage ? article?.positionAt(passage.start) : undefined;
  const position =
    passages.length > 0
      ? `passage ${current + 1}/${passages.length}${where ? ` (${positionText(where, lang)})` : ""}`
      : "no cited passages";
  const found =
    search.text === ""
      ? ""
      : matches.length === 0
        ? " · no match"
        : ` · match ${currentMatch + 1}/${matches.length}`;

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
    const { lines, passageLines } = readerLines(
      text,
      Math.max(10, w),
      passages,
      current,
      matches,
      currentMatch,
    );
    const focusLines = passageLines[current];
    const start =
      scroll !== undefined
        ? Math.min(Math.max(0, scroll), Math.max(0, lines.length - (h - 1)))
        : focusLines && focusLines[0] >= 0
          ? scrollWindow(previous.current, lines.length, h - 1, focusLines[0], focusLines[1], 2)
          : previous.current;
    previous.current = start;
    const top = searching ? (
      <TextBox prompt="Find in text › " input={search} focused width={w} color={color} />
    ) : (
      <Text dimColor wrap="truncate-end">
        {truncate(
          `${position}${found} · lines ${start + 1}–${Math.min(lines.length, start + h - 1)} of ${lines.length}`,
          w,
        )}
      </Text>
    );
    return (
      <Box flexDirection="column" width={w} height={h}>
        {top}
        <ScrollView lines={lines} height={h - 1} start={start} color={color} cues={false} />
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
        { text: labelText(relations, r.id, lang) },
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
      <Footer context={context} disabled={disabled} width={width} />
    </Box>
  );
}
