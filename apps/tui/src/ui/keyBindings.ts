/**
 * Every key of the UI, defined once: which keys do what, and where. The key
 * handlers ask it which action a key is (`actionFor`), the footer shows the
 * hints of where the focus is (`footerHints`), the `?` overlay lists it all and
 * the README's key table is generated from it (`keyTable`; a test compares).
 */

/** Where the keys go: which box or list has the focus. */
export type KeyContext =
  /** The search box (text). */
  | "query"
  /** The search results. */
  | "results"
  /** The preview of the selected result, beside the results. */
  | "preview"
  /** A record's facts and links. */
  | "detail"
  /** The evidence beside a record's facts. */
  | "detailEvidence"
  /** The evidence view. */
  | "evidence"
  | "timeline"
  | "sources"
  /** The source reader's text. */
  | "reader"
  /** The source reader's text with a search (after `/`). */
  | "readerSearch"
  /** The records a passage backs, beside the reader's text. */
  | "readerRecords"
  /** The filter box of a list, or the reader's search box (text). */
  | "filter"
  /** A picker of timeline filters (text: typing narrows the choices). */
  | "picker"
  | "help";

/** What a key does. */
export type Action =
  | "type"
  | "move-up"
  | "move-down"
  | "page-up"
  | "page-down"
  | "first"
  | "last"
  | "open"
  | "pane"
  | "focus-query"
  | "clear"
  | "accept"
  | "cancel"
  | "cursor-left"
  | "cursor-right"
  | "cursor-start"
  | "cursor-end"
  | "word-left"
  | "word-right"
  | "delete-back"
  | "delete-forward"
  | "delete-word"
  | "kill-start"
  | "kill-end"
  | "filter"
  | "copy"
  | "evidence"
  | "timeline"
  | "back"
  | "kind"
  | "topic"
  | "pair"
  | "clear-filters"
  | "next-match"
  | "previous-match"
  | "next-passage"
  | "previous-passage"
  | "scroll-up"
  | "scroll-down"
  | "search-text"
  | "close-help"
  | "help"
  | "sources"
  | "find"
  | "lang"
  | "quit"
  | "suspend"
  | "wheel";

/**
 * Keys as written in the definition: a key name (`up`, `return`, `pageup`,
 * `f1`…), with `C-` for Ctrl, `M-` for Alt, `S-` for Shift (`C-p`, `M-b`,
 * `C-left`), or one printable character (`j`, `G`, `/`).
 */
export type KeyName = string;

/** Keys and the action each does: `["move-up", "up", "k"]`. */
export type KeysOf = readonly [Action, ...KeyName[]];

export interface KeyBinding {
  /** The keys as the help and the README show them. */
  readonly label: string;
  /** What they do, in the help and the README. */
  readonly does: string;
  /** The footer's hint (key, action); keys without one are only in the help. */
  readonly hint?: readonly [string, string];
  /** Where the keys work. */
  readonly where: readonly KeyContext[];
  /** The actions and their keys; none for what is not one key (typing, the wheel). */
  readonly keys: readonly KeysOf[];
}

export interface KeyGroup {
  /** Where, in words: the help's headings and the README table's first column. */
  readonly title: string;
  readonly bindings: readonly KeyBinding[];
}

/** Contexts where the focus is in a box that takes text. */
export const TEXT_CONTEXTS: readonly KeyContext[] = ["query", "filter", "picker"];
/** Lists and panes with a selection. */
const LISTS: readonly KeyContext[] = [
  "results",
  "preview",
  "detail",
  "detailEvidence",
  "evidence",
  "timeline",
  "sources",
  "readerRecords",
];
const READER: readonly KeyContext[] = ["reader", "readerSearch"];
/** Every context that is not text: letters are commands. */
const COMMANDS: readonly KeyContext[] = [...LISTS, ...READER];
const ALL: readonly KeyContext[] = [...COMMANDS, ...TEXT_CONTEXTS, "help"];

/** The definition, in the order the help lists it; the first binding that matches a key wins. */
export const KEY_GROUPS: readonly KeyGroup[] = [
  {
    title: "Search box",
    bindings: [
      {
        label: "type",
        does: "search: results update on every key, English or German",
        hint: ["type", "search"],
        where: ["query"],
        keys: [],
      },
      {
        label: "↑ ↓  Ctrl-P Ctrl-N",
        does: "select a result",
        hint: ["↑↓", "select"],
        where: ["query"],
        keys: [
          ["move-up", "up", "C-p"],
          ["move-down", "down", "C-n"],
        ],
      },
      {
        label: "PgUp PgDn",
        does: "move through the results by page",
        where: ["query"],
        keys: [
          ["page-up", "pageup"],
          ["page-down", "pagedown"],
        ],
      },
      {
        label: "Enter",
        does: "open the selected result",
        hint: ["⏎", "open"],
        where: ["query"],
        keys: [["open", "return"]],
      },
      {
        label: "Tab",
        does: "to the results (letters become commands there)",
        hint: ["tab", "results"],
        where: ["query"],
        keys: [["pane", "tab"]],
      },
      {
        label: "Esc",
        does: "clear the query",
        hint: ["esc", "clear"],
        where: ["query"],
        keys: [["clear", "escape"]],
      },
      {
        label: "Esc (empty query)",
        does: "quit",
        hint: ["esc", "quit"],
        where: ["query"],
        keys: [["quit", "escape"]],
      },
    ],
  },
  {
    title: "Filter box (/)",
    bindings: [
      {
        label: "type",
        does: "keep the rows that contain every word typed",
        hint: ["type", "filter"],
        where: ["filter"],
        keys: [],
      },
      {
        label: "↑ ↓  Ctrl-P Ctrl-N",
        does: "move in the filtered list",
        hint: ["↑↓", "move"],
        where: ["filter"],
        keys: [
          ["move-up", "up", "C-p"],
          ["move-down", "down", "C-n"],
        ],
      },
      {
        label: "Enter",
        does: "keep the filter and go back to the list",
        hint: ["⏎", "keep"],
        where: ["filter"],
        keys: [["accept", "return"]],
      },
      {
        label: "Esc",
        does: "clear the filter",
        hint: ["esc", "clear"],
        where: ["filter"],
        keys: [["cancel", "escape"]],
      },
    ],
  },
  {
    title: "Picker",
    bindings: [
      {
        label: "type",
        does: "narrow the choices",
        hint: ["type", "narrow"],
        where: ["picker"],
        keys: [],
      },
      {
        label: "↑ ↓  Ctrl-P Ctrl-N",
        does: "select a choice",
        hint: ["↑↓", "select"],
        where: ["picker"],
        keys: [
          ["move-up", "up", "C-p"],
          ["move-down", "down", "C-n"],
        ],
      },
      {
        label: "PgUp PgDn",
        does: "move by page",
        where: ["picker"],
        keys: [
          ["page-up", "pageup"],
          ["page-down", "pagedown"],
        ],
      },
      {
        label: "Enter",
        does: "choose",
        hint: ["⏎", "choose"],
        where: ["picker"],
        keys: [["accept", "return"]],
      },
      {
        label: "Esc",
        does: "close without choosing",
        hint: ["esc", "cancel"],
        where: ["picker"],
        keys: [["cancel", "escape"]],
      },
    ],
  },
  {
    title: "Text boxes",
    bindings: [
      {
        label: "← →  Ctrl-B Ctrl-F",
        does: "move the cursor",
        where: TEXT_CONTEXTS,
        keys: [
          ["cursor-left", "left", "C-b"],
          ["cursor-right", "right", "C-f"],
        ],
      },
      {
        label: "Home End  Ctrl-A Ctrl-E",
        does: "to the start, to the end",
        where: TEXT_CONTEXTS,
        keys: [
          ["cursor-start", "home", "C-a"],
          ["cursor-end", "end", "C-e"],
        ],
      },
      {
        label: "Alt-B Alt-F  Ctrl-← Ctrl-→",
        does: "a word back, a word forward",
        where: TEXT_CONTEXTS,
        keys: [
          ["word-left", "M-b", "C-left", "M-left"],
          ["word-right", "M-f", "C-right", "M-right"],
        ],
      },
      {
        label: "Backspace  Ctrl-H",
        does: "delete the character before the cursor",
        where: TEXT_CONTEXTS,
        keys: [["delete-back", "backspace", "S-backspace"]],
      },
      {
        label: "Delete  Ctrl-D",
        does: "delete the character at the cursor",
        where: TEXT_CONTEXTS,
        keys: [["delete-forward", "delete", "C-d"]],
      },
      {
        label: "Ctrl-W  Alt-Backspace",
        does: "delete the word before the cursor",
        where: TEXT_CONTEXTS,
        keys: [["delete-word", "C-w", "M-backspace", "C-backspace"]],
      },
      {
        label: "Ctrl-U  Ctrl-K",
        does: "delete to the start, to the end",
        where: TEXT_CONTEXTS,
        keys: [
          ["kill-start", "C-u"],
          ["kill-end", "C-k"],
        ],
      },
    ],
  },
  {
    title: "Search results",
    bindings: [
      {
        label: "/  Esc  Backspace",
        does: "back to the search box",
        hint: ["/", "search box"],
        where: ["results", "preview"],
        keys: [["focus-query", "/", "escape", "backspace"]],
      },
    ],
  },
  {
    title: "Source reader",
    bindings: [
      {
        label: "n N",
        does: "next, previous match of the search (after /)",
        hint: ["n/N", "match"],
        where: ["readerSearch"],
        keys: [
          ["next-match", "n"],
          ["previous-match", "N"],
        ],
      },
      {
        label: "Esc (after /)",
        does: "end the search",
        hint: ["esc", "end search"],
        where: ["readerSearch"],
        keys: [["cancel", "escape"]],
      },
      {
        label: "↑ ↓  j k",
        does: "previous, next cited passage",
        hint: ["↑↓", "passage"],
        where: READER,
        keys: [
          ["previous-passage", "up", "k", "C-p"],
          ["next-passage", "down", "j", "C-n"],
        ],
      },
      {
        label: "N n",
        does: "previous, next cited passage (without a search)",
        where: ["reader"],
        keys: [
          ["previous-passage", "N"],
          ["next-passage", "n"],
        ],
      },
      {
        label: "PgUp PgDn  Space  wheel",
        does: "scroll the text",
        hint: ["PgUp/PgDn", "scroll"],
        where: READER,
        keys: [
          ["scroll-up", "pageup"],
          ["scroll-down", "pagedown", "space"],
        ],
      },
      {
        label: "g G  Home End",
        does: "the first, the last cited passage",
        where: READER,
        keys: [
          ["first", "g", "home"],
          ["last", "G", "end"],
        ],
      },
      {
        label: "/",
        does: "search the text",
        hint: ["/", "search text"],
        where: READER,
        keys: [["search-text", "/"]],
      },
      {
        label: "Enter",
        does: "open the record the passage backs",
        hint: ["⏎", "open record"],
        where: READER,
        keys: [["open", "return"]],
      },
    ],
  },
  {
    title: "Timeline",
    bindings: [
      {
        label: "c",
        does: "filter by kind (a picker, with counts)",
        hint: ["c", "kind"],
        where: ["timeline"],
        keys: [["kind", "c"]],
      },
      {
        label: "o",
        does: "filter by topic (a picker, with counts)",
        hint: ["o", "topic"],
        where: ["timeline"],
        keys: [["topic", "o"]],
      },
      {
        label: "p",
        does: "pair with a partner country (a picker, with counts)",
        hint: ["p", "pair"],
        where: ["timeline"],
        keys: [["pair", "p"]],
      },
      {
        label: "x",
        does: "clear every filter and the pair",
        hint: ["x", "clear"],
        where: ["timeline"],
        keys: [["clear-filters", "x"]],
      },
    ],
  },
  {
    title: "Lists and panes",
    bindings: [
      {
        label: "↑ ↓  j k  Ctrl-P Ctrl-N",
        does: "move",
        hint: ["↑↓", "move"],
        where: LISTS,
        keys: [
          ["move-up", "up", "k", "C-p"],
          ["move-down", "down", "j", "C-n"],
        ],
      },
      {
        label: "PgUp PgDn",
        does: "move by page",
        where: LISTS,
        keys: [
          ["page-up", "pageup"],
          ["page-down", "pagedown", "space"],
        ],
      },
      {
        label: "g G  Home End",
        does: "to the first, to the last",
        where: LISTS,
        keys: [
          ["first", "g", "home"],
          ["last", "G", "end"],
        ],
      },
      {
        label: "Enter",
        does: "open the selected record",
        hint: ["⏎", "open"],
        where: LISTS,
        keys: [["open", "return"]],
      },
      {
        label: "/",
        does: "filter the list",
        hint: ["/", "filter"],
        where: LISTS,
        keys: [["filter", "/"]],
      },
      {
        label: "e",
        does: "evidence of the selected fact",
        hint: ["e", "evidence"],
        where: COMMANDS,
        keys: [["evidence", "e"]],
      },
      {
        label: "t",
        does: "timeline of the selected country, pair or record",
        hint: ["t", "timeline"],
        where: COMMANDS,
        keys: [["timeline", "t"]],
      },
      {
        label: "y",
        does: "copy the selected id (to the terminal's clipboard, OSC 52)",
        hint: ["y", "copy"],
        where: COMMANDS,
        keys: [["copy", "y"]],
      },
      {
        label: "Tab  Shift-Tab",
        does: "switch pane (two panes when wide)",
        hint: ["tab", "pane"],
        where: COMMANDS,
        keys: [["pane", "tab"]],
      },
      {
        label: "Esc (a filter kept)",
        does: "clear the filter",
        hint: ["esc", "clear filter"],
        where: LISTS,
        keys: [["cancel", "escape"]],
      },
      {
        label: "Esc  Backspace",
        does: "back (a history, like a browser)",
        hint: ["esc", "back"],
        where: COMMANDS,
        keys: [["back", "escape", "backspace"]],
      },
    ],
  },
  {
    title: "Help",
    bindings: [
      {
        label: "↑ ↓  j k  PgUp PgDn",
        does: "scroll",
        where: ["help"],
        keys: [
          ["scroll-up", "up", "k", "C-p"],
          ["scroll-down", "down", "j", "C-n"],
          ["page-up", "pageup"],
          ["page-down", "pagedown", "space"],
        ],
      },
      {
        label: "Esc  ?  q  F1",
        does: "close the help",
        where: ["help"],
        keys: [["close-help", "escape", "?", "q", "f1", "return", "backspace"]],
      },
    ],
  },
  {
    title: "Everywhere",
    bindings: [
      {
        label: "f",
        does: "find: a new search",
        hint: ["f", "find"],
        where: COMMANDS,
        keys: [["find", "f"]],
      },
      {
        label: "s",
        does: "the source articles",
        hint: ["s", "sources"],
        where: COMMANDS,
        keys: [["sources", "s"]],
      },
      {
        label: "l",
        does: "labels in English / German",
        hint: ["l", "lang"],
        where: COMMANDS,
        keys: [["lang", "l"]],
      },
      {
        label: "mouse wheel",
        does: "move in lists, scroll the reader",
        where: [...COMMANDS, "help"],
        keys: [],
      },
      {
        label: "?",
        does: "all keys (this help)",
        hint: ["?", "help"],
        where: COMMANDS,
        keys: [["help", "?"]],
      },
      {
        label: "F1",
        does: "all keys, also while typing",
        hint: ["F1", "help"],
        where: [...COMMANDS, ...TEXT_CONTEXTS],
        keys: [["help", "f1"]],
      },
      {
        label: "q",
        does: "quit (where letters are not text)",
        hint: ["q", "quit"],
        where: COMMANDS,
        keys: [["quit", "q"]],
      },
      {
        label: "Ctrl-C  Ctrl-Q",
        does: "quit",
        hint: ["^C", "quit"],
        where: ALL,
        keys: [["quit", "C-c", "C-q"]],
      },
      {
        label: "Ctrl-Z",
        does: "suspend (fg in the shell comes back)",
        where: ALL,
        keys: [["suspend", "C-z"]],
      },
    ],
  },
];
