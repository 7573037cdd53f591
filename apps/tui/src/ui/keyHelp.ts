/** Every key of the UI, by where it works: the `?` overlay and the README show these. */
export const KEY_HELP: readonly {
  readonly title: string;
  readonly keys: readonly (readonly [string, string])[];
}[] = [
  {
    title: "Everywhere",
    keys: [
      ["↑ ↓  Ctrl-P Ctrl-N", "move"],
      ["PgUp PgDn  Home End", "move by page, to the ends"],
      ["mouse wheel", "move"],
      ["Enter", "open the selected record"],
      ["Esc  Backspace", "back (a history, like a browser)"],
      ["Tab  Shift-Tab", "switch pane (two panes when wide)"],
      ["/", "search"],
      ["e", "evidence of the selected fact"],
      ["t", "timeline of the selected country (or pair)"],
      ["s", "sources"],
      ["l", "labels in English / German"],
      ["?", "this help"],
      ["Ctrl-Z", "suspend (fg in the shell comes back)"],
      ["q  Ctrl-C", "quit"],
    ],
  },
  {
    title: "Search box",
    keys: [
      ["type", "results update on every key, English or German"],
      ["Backspace  Ctrl-W  Ctrl-U", "delete a character, a word, all"],
      ["Esc", "clear the query"],
    ],
  },
  {
    title: "Timeline",
    keys: [
      ["k", "filter by kind (next kind)"],
      ["o", "filter by topic (next topic)"],
      ["p", "pair with a partner country (next partner)"],
      ["x", "clear the filters"],
    ],
  },
  {
    title: "Source reader",
    keys: [
      ["↑ ↓  n N", "previous / next cited passage"],
      ["PgUp PgDn  Space  wheel", "scroll"],
      ["Enter", "open the record the passage backs"],
    ],
  },
];
