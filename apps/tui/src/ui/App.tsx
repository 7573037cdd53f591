import type { LabelLanguage, Relations } from "@korea-relations/core";
import type { ReadingText } from "@korea-relations/core/sources";
import { Box, useApp } from "ink";
import { useCallback, useMemo, useRef, useState } from "react";
import { localReadingText } from "../localReadingText.js";
import { cleanLine } from "../text/cleanText.js";
import {
  AppContext,
  type AppContextValue,
  type Navigation,
  type ViewMemory,
} from "./AppContext.js";
import { type Article, articleText } from "./articleText.js";
import { BriefView } from "./BriefView.js";
import { viewTitle } from "./breadcrumb.js";
import { createKeyQueue } from "./createKeyQueue.js";
import { DetailView } from "./DetailView.js";
import { EvidenceView } from "./EvidenceView.js";
import { Header } from "./Header.js";
import { HelpOverlay } from "./HelpOverlay.js";
import { SEARCH_FOCUS_KEY, SearchScreen } from "./SearchScreen.js";
import { SourceReader } from "./SourceReader.js";
import { SourcesView } from "./SourcesView.js";
import { TimelineView } from "./TimelineView.js";
import { MIN_SIZE, TooSmall } from "./TooSmall.js";
import { inputOf, type TextInput } from "./textInput.js";
import { useTerminalKeys } from "./useTerminalKeys.js";
import { useTerminalSize } from "./useTerminalSize.js";
import type { HistoryEntry, View } from "./View.js";

export interface AppProps {
  readonly relations: Relations;
  readonly sourceText: (id: string) => string | undefined;
  /**
   * The clean reading text of a source whose article is `text`, where one
   * fits it; by default the dataset's (`localReadingText`). Without one the
   * reader shows the raw article.
   */
  readonly readingText?: (id: string, text: string) => ReadingText | undefined;
  readonly lang?: LabelLanguage;
  readonly color?: boolean;
  /** The terminal size; by default read from stdout and followed on resize. */
  readonly size?: { readonly columns: number; readonly rows: number };
  /** Called on q or Ctrl-C; by default the app exits. */
  readonly onQuit?: () => void;
  /** Called on Ctrl-Z (stop until `fg`); without it Ctrl-Z does nothing. */
  readonly onSuspend?: () => void;
  /**
   * Puts text on the terminal's clipboard (OSC 52); false when it cannot
   * (no terminal). Without it, `y` says copying is off.
   */
  readonly onCopy?: (text: string) => boolean;
  /** The search box's query at the start (`korea-relations -q Kang`). */
  readonly query?: string;
}

/** The interactive UI: a history of views, a header with where you are, the help overlay. */
export function App({
  relations,
  sourceText,
  readingText = localReadingText,
  lang: initialLang = "en",
  color = true,
  size,
  onQuit,
  onSuspend,
  onCopy,
  query: initialQuery,
}: AppProps) {
  const { exit } = useApp();
  const terminal = useTerminalSize();
  const columns = size?.columns ?? terminal.columns;
  const rows = size?.rows ?? terminal.rows;
  const [history, setHistory] = useState<readonly HistoryEntry[]>([
    { key: 0, view: { kind: "search" } },
  ]);
  const [help, setHelp] = useState(false);
  const [lang, setLang] = useState<LabelLanguage>(initialLang);
  const [message, setMessage] = useState("");
  const nextKey = useRef(1);
  const suspend = useRef(onSuspend);
  suspend.current = onSuspend;
  const keys = useMemo(
    () =>
      createKeyQueue({
        intercept(input, key) {
          if (!(key.ctrl && input === "z")) return false;
          suspend.current?.();
          return true;
        },
      }),
    [],
  );
  const store = useRef(
    new Map<string, unknown>(initialQuery ? [[`0:query`, inputOf(initialQuery)]] : []),
  );
  const copy = useRef(onCopy);
  copy.current = onCopy;
  useTerminalKeys(keys);

  const memory = useMemo<ViewMemory>(
    () => ({
      get: (key) => store.current.get(key),
      set: (key, value) => {
        store.current.set(key, value);
      },
    }),
    [],
  );

  const quit = useCallback(() => {
    if (onQuit) onQuit();
    else exit();
  }, [onQuit, exit]);

  const nav = useMemo<Navigation>(
    () => ({
      push: (view: View) => {
        const key = nextKey.current++;
        setMessage("");
        setHistory((stack) => [...stack, { key, view }]);
      },
      back: () => {
        setHistory((stack) => {
          if (stack.length <= 1) return stack;
          const top = stack.at(-1) as HistoryEntry;
          for (const name of [...store.current.keys()])
            if (name.startsWith(`${top.key}:`)) store.current.delete(name);
          return stack.slice(0, -1);
        });
      },
      home: () => {
        store.current.set(SEARCH_FOCUS_KEY, "input");
        setHistory((stack) => stack.slice(0, 1));
      },
      quit,
      toggleHelp: () => setHelp((open) => !open),
      toggleLang: () => setLang((l) => (l === "en" ? "de" : "en")),
      notify: (text: string) => setMessage(text),
      copy: (text: string) => {
        const done = copy.current?.(text) ?? false;
        setMessage(
          done
            ? `Copied ${cleanLine(text)} (to the terminal's clipboard).`
            : "Copying needs a terminal that takes OSC 52; it is off here.",
        );
      },
      clearMessage: () => setMessage(""),
    }),
    [quit],
  );

  const article = useMemo(() => {
    const articles = new Map<string, Article | undefined>();
    return (id: string) => {
      if (!articles.has(id)) {
        const raw = sourceText(id);
        articles.set(
          id,
          raw === undefined ? undefined : articleText(id, raw, readingText(id, raw)),
        );
      }
      return articles.get(id);
    };
  }, [sourceText, readingText]);

  const value = useMemo<AppContextValue>(
    () => ({ relations, sourceText, article, nav, memory, keys, lang, color, message }),
    [relations, sourceText, article, nav, memory, keys, lang, color, message],
  );

  const top = history.at(-1) as HistoryEntry;
  // The query shows in the breadcrumb once another view is on top (the box shows it before).
  const query =
    history.length > 1 ? ((store.current.get("0:query") as TextInput | undefined)?.text ?? "") : "";
  const trail = history.map((entry) => viewTitle(entry.view, relations, lang, query));
  const bodyHeight = rows - 1;
  const props = { memoryKey: String(top.key), width: columns, height: bodyHeight, isActive: !help };
  const view = top.view;

  return (
    <AppContext.Provider value={value}>
      {columns < MIN_SIZE.columns || rows < MIN_SIZE.rows ? (
        <TooSmall columns={columns} rows={rows} />
      ) : (
        <Box flexDirection="column" width={columns} height={rows}>
          <Header trail={trail} lang={lang} width={columns} color={color} />
          {help ? (
            <HelpOverlay width={columns} height={bodyHeight} />
          ) : view.kind === "search" ? (
            <SearchScreen key={top.key} {...props} />
          ) : view.kind === "detail" ? (
            <DetailView key={top.key} id={view.id} {...props} />
          ) : view.kind === "evidence" ? (
            <EvidenceView
              key={top.key}
              id={view.id}
              {...(view.field ? { field: view.field } : {})}
              {...(view.basis ? { basis: view.basis } : {})}
              {...(view.external ? { external: true } : {})}
              {...props}
            />
          ) : view.kind === "timeline" ? (
            <TimelineView
              key={top.key}
              countries={view.countries}
              {...(view.only ? { only: view.only } : {})}
              {...props}
            />
          ) : view.kind === "brief" ? (
            <BriefView key={top.key} countries={view.countries} {...props} />
          ) : view.kind === "sources" ? (
            <SourcesView key={top.key} {...props} />
          ) : (
            <SourceReader
              key={top.key}
              source={view.source}
              {...(view.at !== undefined ? { at: view.at } : {})}
              {...props}
            />
          )}
        </Box>
      )}
    </AppContext.Provider>
  );
}
