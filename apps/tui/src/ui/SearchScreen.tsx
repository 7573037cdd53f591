import type { SearchHit } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { buildDetail } from "../details/buildDetail.js";
import type { Detail } from "../details/Detail.js";
import { describeLine } from "../format/describeLine.js";
import { cleanLine } from "../text/cleanText.js";
import { displayWidth, fitWidth, truncate, truncateStart } from "../text/truncate.js";
import { wrapText } from "../text/wrapText.js";
import { useAppContext } from "./AppContext.js";
import { DetailPane } from "./DetailPane.js";
import { detailRows } from "./detailLines.js";
import { deleteChar, deleteWord, insertText } from "./editQuery.js";
import { Footer, type Hint } from "./Footer.js";
import { KIND_COLORS } from "./kindColor.js";
import { type Line, padLine, styleLine } from "./Line.js";
import { moveSelection } from "./moveSelection.js";
import { isWide, Panes } from "./Panes.js";
import { ScrollView } from "./ScrollView.js";
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

/** The search box's memory key of the focus, so `/` from any screen can focus it. */
export const SEARCH_FOCUS_KEY = "search:focus";

/** One search hit as a list line: kind, label, one line of context. */
export function hitLine(
  hit: SearchHit & { readonly detail: string },
  width: number,
  selected: boolean,
  focused: boolean,
): Line {
  const line: Line = [
    { text: selected ? "›" : " ", bold: true },
    { text: fitWidth(hit.type, 13), color: KIND_COLORS[hit.type] },
    { text: cleanLine(hit.label), bold: true },
    { text: `  ${cleanLine(hit.detail)}`, tone: "dim" },
  ];
  return selected ? styleLine(padLine(line, width), focused ? { inverse: true } : {}) : line;
}

/**
 * The first screen: a search box whose results update on every key, across
 * every kind of record; when wide, a preview of the selected result beside it.
 */
export function SearchScreen({ memoryKey, width, height, isActive }: ScreenProps) {
  const { relations, lang, color, nav } = useAppContext();
  const [query, setQuery] = useRemembered(`${memoryKey}:query`, "");
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [focus, setFocus] = useRemembered<SearchFocus>(SEARCH_FOCUS_KEY, "input");
  const [previewRow, setPreviewRow] = useRemembered(`${memoryKey}:previewRow`, 0);
  const wide = isWide(width);
  const openRow = useOpenRow();

  const hits = useMemo(() => {
    if (query.trim() === "") return [];
    try {
      return relations.search(query, { limit: 50, lang }).hits.map((hit) => ({
        ...hit,
        detail: describeLine(relations.describe(hit.id, lang), lang),
      }));
    } catch {
      return [];
    }
  }, [relations, query, lang]);
  const index = Math.min(selected, Math.max(0, hits.length - 1));
  const hit = hits[index];
  const hitId = hit?.id;
  const detail = useMemo<Detail | undefined>(() => {
    if (hitId === undefined || !wide) return undefined;
    try {
      return buildDetail(relations, hitId, lang);
    } catch {
      return undefined;
    }
  }, [relations, hitId, lang, wide]);
  const rows = detail ? detailRows(detail) : [];
  const activeFocus: SearchFocus = focus === "preview" && (!wide || !detail) ? "results" : focus;
  const listHeight = Math.max(1, height - 3);

  const select = (next: number) => {
    setSelected(next);
    setPreviewRow(0);
  };
  const cycle = (backwards: boolean) => {
    const order: SearchFocus[] =
      wide && detail ? ["input", "results", "preview"] : ["input", "results"];
    const at = order.indexOf(activeFocus);
    setFocus(order[(at + (backwards ? order.length - 1 : 1)) % order.length] as SearchFocus);
  };

  useScreenKeys({
    isActive,
    typing: activeFocus === "input",
    onKey(input, key) {
      if (key.tab) {
        cycle(key.shift);
        return true;
      }
      if (activeFocus === "preview") {
        const moved = moveSelection(input, key, previewRow, rows.length, listHeight);
        if (moved !== undefined) setPreviewRow(moved);
        else if (key.return) openRow(rows[previewRow], detail?.id);
        else if (input === "/" || key.escape || key.backspace || key.delete) setFocus("input");
        else return false;
        return true;
      }
      const moved = moveSelection(input, key, index, hits.length, listHeight);
      if (moved !== undefined) {
        select(moved);
        return true;
      }
      if (key.return) {
        if (hit) nav.push({ kind: "detail", id: hit.id });
        else nav.notify("Type to search first.");
        return true;
      }
      if (activeFocus === "results") {
        if (input === "/" || key.escape || key.backspace || key.delete) {
          setFocus("input");
          return true;
        }
        return false;
      }
      // The search box.
      if (key.escape) {
        setQuery("");
        select(0);
      } else if (key.backspace || key.delete) {
        setQuery((q) => deleteChar(q));
        select(0);
      } else if (key.ctrl && input === "u") {
        setQuery("");
        select(0);
      } else if (key.ctrl && input === "w") {
        setQuery((q) => deleteWord(q));
        select(0);
      } else if (key.ctrl || key.meta) {
        return false;
      } else if (input) {
        setQuery((q) => insertText(q, input));
        select(0);
      }
      return true;
    },
    evidence() {
      if (activeFocus === "preview" && detail) {
        const row = rows[previewRow];
        return {
          id: row?.evidence ?? row?.ref ?? detail.id,
          ...(row?.field ? { field: row.field } : {}),
        };
      }
      return hit ? { id: hit.id } : undefined;
    },
    timeline() {
      if (!hit) return undefined;
      try {
        return buildDetail(relations, hit.id, lang).timeline;
      } catch {
        return undefined;
      }
    },
  });

  const hints: Hint[] =
    activeFocus === "input"
      ? [
          ["type", "to search"],
          ["↑↓", "select"],
          ["⏎", "open"],
          ["tab", "results"],
          ["esc", "clear"],
          ["^C", "quit"],
        ]
      : [
          ["↑↓", "move"],
          ["⏎", "open"],
          ["e", "evidence"],
          ["t", "timeline"],
          ["s", "sources"],
          ["/", "search"],
          ["tab", "pane"],
          ["l", lang === "en" ? "Deutsch" : "English"],
          ["q", "quit"],
        ];

  const searchPane = (w: number, h: number) => {
    const prompt = "Search › ";
    const cursor = activeFocus === "input" ? "▏" : "";
    const shown = truncateStart(query, Math.max(1, w - displayWidth(prompt) - 1));
    let status: string;
    let body: Line[];
    if (query.trim() === "") {
      status = "Type a name, place, topic or words of a quote — English or German.";
      body = [
        ...wrapText(`Every spelling works: ${EXAMPLES}`, w).map(
          (text): Line => [{ text, tone: "dim" }],
        ),
        [],
        ...wrapText(
          "↑↓ select · ⏎ open · tab results and preview · e evidence · t timeline · s sources · ? all keys",
          w,
        ).map((text): Line => [{ text, tone: "dim" }]),
      ];
    } else if (hits.length === 0) {
      status = `No results for “${truncate(query, 40)}”.`;
      body = wrapText(
        "Try another spelling or the other language; names match in any order.",
        w,
      ).map((text): Line => [{ text, tone: "dim" }]);
    } else {
      status = `${hits.length}${hits.length === 50 ? "+" : ""} result${hits.length === 1 ? "" : "s"}`;
      body = hits.map((h, i) =>
        hitLine(h, w, i === index, activeFocus === "results" || activeFocus === "input"),
      );
    }
    const range = hits.length > 0 ? ([2 + index, 2 + index] as const) : undefined;
    return (
      <Box flexDirection="column" width={w} height={h}>
        <Text wrap="truncate-end">
          <Text bold {...(color ? { color: "cyan" } : {})}>
            {prompt}
          </Text>
          <Text>{shown}</Text>
          <Text inverse={activeFocus === "input"}>{cursor || " "}</Text>
        </Text>
        <Text dimColor wrap="truncate-end">
          {truncate(status, w)}
        </Text>
        <ScrollView
          lines={body}
          height={h - 2}
          {...(range ? { focus: [range[0] - 2, range[1] - 2] as [number, number] } : {})}
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
            <Text dimColor>{hits.length > 0 ? "" : "Nothing selected."}</Text>
          )
        }
      />
      <Footer hints={hints} width={width} />
    </Box>
  );
}
