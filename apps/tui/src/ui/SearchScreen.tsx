import { type LabelLanguage, matchedField } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { buildDetail } from "../details/buildDetail.js";
import type { Detail } from "../details/Detail.js";
import { cleanLine } from "../text/cleanText.js";
import { fitWidth, truncate } from "../text/truncate.js";
import { wrapText } from "../text/wrapText.js";
import { useAppContext } from "./AppContext.js";
import { DetailPane } from "./DetailPane.js";
import { detailRows } from "./detailLines.js";
import { Footer } from "./Footer.js";
import type { Action, KeyContext } from "./keyBindings.js";
import { KIND_COLORS } from "./kindColor.js";
import { type Line, padLine, styleLine } from "./Line.js";
import { markRanges } from "./markRanges.js";
import { moveSelection } from "./moveSelection.js";
import { isWide, Panes } from "./Panes.js";
import { rowEvidence } from "./rowEvidence.js";
import { rowTimeline } from "./rowTimeline.js";
import { ScrollView } from "./ScrollView.js";
import { type ListedHit, searchPages } from "./searchPages.js";
import { TextBox } from "./TextBox.js";
import { EMPTY_INPUT, editText, type TextInput, typeText } from "./textInput.js";
import { useOpenRow } from "./useOpenRow.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

export type SearchFocus = "input" | "results" | "preview";

export interface ScreenProps {
  /** Prefix of the keys this screen remembers its state under. */
  readonly memoryKey: string;
  readonly width: number;
  readonly height: number;
  readonly isActive: boolean;
}

const EXAMPLES = "Südkorea · Suedkorea · ROK · Kyung-wha Kang · 강경화 · Strategischer Dialog";

/** The search box's memory key of the focus, so `f` from any screen can focus it. */
export const SEARCH_FOCUS_KEY = "search:focus";

/**
 * One search hit as a list line: kind, label (the characters that matched
 * marked, from core's `ranges`), one line of context.
 */
export function hitLine(
  hit: ListedHit,
  width: number,
  selected: boolean,
  focused: boolean,
  lang: LabelLanguage = "en",
): Line {
  const line: Line = [
    { text: selected ? "›" : " ", bold: true },
    { text: fitWidth(hit.type, 13), color: KIND_COLORS[hit.type] },
    ...(hit.text === hit.label
      ? [
          ...markRanges(hit.label, hit.ranges, { bold: true }),
          { text: `  ${cleanLine(hit.detail)}`, tone: "dim" as const },
        ]
      : [
          // Matched in another field (a summary, a participant's name…): the
          // label as it is, then that field around its first match, marked.
          { text: cleanLine(hit.label), bold: true },
          ...matchedContext(hit, lang),
        ]),
  ];
  return selected ? styleLine(padLine(line, width), focused ? { inverse: true } : {}) : line;
}

/**
 * `  Field: …text…` around the first matched range of a hit's field (core's
 * `matchedField`: named in the reader's language, a date or an amount in
 * words), marked.
 */
function matchedContext(hit: ListedHit, lang: LabelLanguage): Line {
  const field = matchedField(hit, lang);
  const first = field.ranges[0];
  if (!first) return [{ text: `  ${cleanLine(hit.detail)}`, tone: "dim" }];
  const start = Math.max(0, first[0] - 20);
  const cut = field.text.slice(start, start + 100);
  const ranges = field.ranges
    .map(([a, b]) => [a - start, b - start] as const)
    .filter(([a]) => a >= 0);
  return [
    { text: `  ${cleanLine(field.name)}: ${start > 0 ? "…" : ""}`, tone: "dim" },
    ...markRanges(cut, ranges, { tone: "dim" }),
  ];
}

/**
 * The first screen: a search box whose results update on every key, across
 * every kind of record, all of them (fetched a page at a time as they come
 * into sight); when wide, a preview of the selected result beside them.
 * Like fzf: typing edits the query (readline keys), ↑↓ select, Tab moves to
 * the results, where letters are commands.
 */
export function SearchScreen({ memoryKey, width, height, isActive }: ScreenProps) {
  const { relations, lang, color, nav } = useAppContext();
  const [input, setInput] = useRemembered<TextInput>(`${memoryKey}:query`, EMPTY_INPUT);
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [focus, setFocus] = useRemembered<SearchFocus>(SEARCH_FOCUS_KEY, "input");
  const [previewRow, setPreviewRow] = useRemembered(`${memoryKey}:previewRow`, 0);
  const wide = isWide(width);
  const openRow = useOpenRow();
  const query = input.text;

  const pages = useMemo(() => searchPages(relations, query, lang), [relations, query, lang]);
  const total = pages.total;
  const index = Math.min(selected, Math.max(0, total - 1));
  const hit = pages.hit(index);
  const hitId = hit?.id;
  const detail = useMemo<Detail | undefined>(() => {
    if (hitId === undefined || !wide) return undefined;
    try {
      return buildDetail(relations, hitId, lang);
    } catch {
      return undefined;
    }
  }, [relations, hitId, lang, wide]);
  const rows = useMemo(() => (detail ? detailRows(detail) : []), [detail]);
  const activeFocus: SearchFocus = focus === "preview" && (!wide || !detail) ? "results" : focus;
  const listHeight = Math.max(1, height - 3);
  const context: KeyContext =
    activeFocus === "input" ? "query" : activeFocus === "results" ? "results" : "preview";
  const disabled = new Set<Action>([
    ...(query === "" ? (["clear"] as const) : []),
    ...(hit ? [] : (["evidence", "copy"] as const)),
  ]);

  const select = (next: number) => {
    setSelected(next);
    setPreviewRow(0);
  };
  const edit = (next: TextInput) => {
    if (next.text !== input.text) select(0);
    setInput(next);
  };
  const previewTarget = () => (detail ? rows[previewRow] : undefined);

  useScreenKeys({
    isActive,
    context,
    disabled,
    onText: (text) => edit(typeText(input, text)),
    onAction(action, _input, key) {
      if (action === "pane") {
        const order: SearchFocus[] =
          wide && detail ? ["input", "results", "preview"] : ["input", "results"];
        const at = order.indexOf(activeFocus);
        setFocus(order[(at + (key.shift ? order.length - 1 : 1)) % order.length] as SearchFocus);
        return true;
      }
      if (action === "focus-query") {
        setFocus("input");
        return true;
      }
      if (activeFocus === "preview") {
        const moved = moveSelection(action, previewRow, rows.length, listHeight);
        if (moved !== undefined) setPreviewRow(moved);
        else if (action === "open") openRow(rows[previewRow], detail?.id);
        else return false;
        return true;
      }
      const moved = moveSelection(action, index, total, listHeight);
      if (moved !== undefined) {
        select(moved);
        return true;
      }
      if (action === "open") {
        if (hit) nav.push({ kind: "detail", id: hit.id });
        else nav.notify("Type to search first.");
        return true;
      }
      if (action === "clear") {
        edit(EMPTY_INPUT);
        return true;
      }
      const edited = activeFocus === "input" ? editText(input, action) : undefined;
      if (edited) {
        edit(edited);
        return true;
      }
      return false;
    },
    evidence() {
      const row = previewTarget();
      if (activeFocus === "preview" && detail) {
        const backing = rowEvidence(relations, detail, row, lang);
        return {
          id: backing.id,
          ...(backing.field ? { field: backing.field } : {}),
          ...(row?.basis && row.basis.basis !== "stated" ? { basis: row.basis } : {}),
          ...(row?.basis?.basis === "external" ? { external: true } : {}),
        };
      }
      return hit ? { id: hit.id } : undefined;
    },
    timeline() {
      if (activeFocus === "preview" && detail)
        return rowTimeline(relations, detail, previewTarget());
      if (!hit) return undefined;
      try {
        return buildDetail(relations, hit.id, lang).timeline;
      } catch {
        return undefined;
      }
    },
    copy: () =>
      activeFocus === "preview" ? (previewTarget()?.ref ?? detail?.id) : (hit?.id ?? undefined),
  });

  const searchPane = (w: number, h: number) => {
    let status: string;
    let body: Line[] | undefined;
    if (query.trim() === "") {
      status = "";
      body = [
        ...wrapText("Type a name, place, topic or words of a quote — English or German.", w).map(
          (text): Line => [{ text }],
        ),
        ...wrapText(`Every spelling works: ${EXAMPLES}`, w).map(
          (text): Line => [{ text, tone: "dim" }],
        ),
        [],
        ...wrapText(
          "↑↓ select · ⏎ open · Tab to the results, where letters are commands (e evidence · t timeline · s sources · q quit) · F1 all keys",
          w,
        ).map((text): Line => [{ text, tone: "dim" }]),
      ];
    } else if (total === 0) {
      status = `No results for “${truncate(cleanLine(query), 40)}”.`;
      body = wrapText(
        "Try another spelling or the other language; names match in any order.",
        w,
      ).map((text): Line => [{ text, tone: "dim" }]);
    } else {
      status = `${total} result${total === 1 ? "" : "s"}${total > listHeight ? ` · ${index + 1} of ${total}` : ""}`;
    }
    const focused = activeFocus === "results" || activeFocus === "input";
    const lines = body ?? {
      length: total,
      line: (i: number): Line => {
        const h = pages.hit(i);
        return h ? hitLine(h, w, i === index, focused, lang) : [];
      },
    };
    return (
      <Box flexDirection="column" width={w} height={h}>
        <TextBox
          prompt="Search › "
          input={input}
          focused={activeFocus === "input"}
          width={w}
          color={color}
        />
        <Text dimColor wrap="truncate-end">
          {truncate(status, w)}
        </Text>
        <ScrollView
          lines={lines}
          height={h - 2}
          {...(body ? {} : { focus: [index, index] as const })}
          color={color}
        />
      </Box>
    );
  };

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Panes
        width={width}
        height={height - 1}
        focus={activeFocus === "preview" ? "right" : "left"}
        ratio={0.5}
        left={searchPane}
        right={(w, h) =>
          detail ? (
            <DetailPane
              detail={detail}
              width={w}
              height={h}
              selected={activeFocus === "preview" ? previewRow : -1}
              focused={activeFocus === "preview"}
              markFocus
            />
          ) : (
            <Text dimColor>{total > 0 ? "" : "Nothing selected."}</Text>
          )
        }
      />
      <Footer context={context} disabled={disabled} width={width} />
    </Box>
  );
}
