import type { Key } from "ink";
import { useCallback, useRef } from "react";
import { useAppContext } from "./AppContext.js";
import { keyPress } from "./KeyPress.js";

export interface ScreenKeyOptions {
  readonly isActive: boolean;
  /** A text box has focus: printable keys are text, not commands. */
  readonly typing?: boolean;
  /** The screen's own keys; true when handled. Runs before the global keys. */
  readonly onKey: (input: string, key: Key) => boolean | undefined;
  /** What `e` shows the evidence of. */
  readonly evidence?: () => { readonly id: string; readonly field?: string } | undefined;
  /** The countries `t` opens the timeline of. */
  readonly timeline?: () => readonly string[] | undefined;
  /**
   * The mouse wheel turned one notch (-1 up, 1 down); true when handled.
   * Without it (or when it returns false) the wheel moves like ↑ and ↓.
   */
  readonly onWheel?: (direction: -1 | 1) => boolean;
}

/** The default country of the timeline: the dataset is about South Korea. */
export const DEFAULT_TIMELINE = ["KR"] as const;

/**
 * The one input handler of a screen, gated by `isActive` (keys come one at a
 * time, see `createKeyQueue`): the screen's keys first, then the keys
 * every screen shares (q and Ctrl-C quit, Esc/Backspace back, ? help,
 * / search, s sources, t timeline, e evidence, l language).
 */
export function useScreenKeys(options: ScreenKeyOptions): void {
  const { nav, keys } = useAppContext();
  const latest = useRef(options);
  latest.current = options;
  const handle = useCallback(
    (input: string, key: Key & { readonly name?: string }) => {
      const current = latest.current;
      if (key.name === "wheelup" || key.name === "wheeldown") {
        const direction = key.name === "wheelup" ? -1 : 1;
        if (current.onWheel?.(direction)) return;
        const [, arrow] = keyPress(direction < 0 ? "up" : "down");
        if (current.onKey("", arrow)) return;
        return;
      }
      if (key.name?.startsWith("wheel")) return;
      nav.clearMessage();
      if (key.ctrl && input === "c") {
        nav.quit();
        return;
      }
      if (current.onKey(input, key)) return;
      if (key.escape || key.backspace || key.delete) {
        nav.back();
        return;
      }
      if (current.typing || key.ctrl || key.meta) return;
      switch (input) {
        case "q":
          nav.quit();
          return;
        case "?":
          nav.toggleHelp();
          return;
        case "/":
          nav.home();
          return;
        case "s":
          nav.push({ kind: "sources" });
          return;
        case "l":
          nav.toggleLang();
          return;
        case "t": {
          const countries = current.timeline?.();
          nav.push({
            kind: "timeline",
            countries: countries && countries.length > 0 ? countries : DEFAULT_TIMELINE,
          });
          return;
        }
        case "e": {
          const target = current.evidence?.();
          if (target) nav.push({ kind: "evidence", ...target });
          else nav.notify("Nothing selected to show evidence for.");
          return;
        }
        default:
      }
    },
    [nav],
  );
  // The active screen takes the keys (the queue calls the handler of the latest render).
  if (options.isActive) keys.setHandler(handle, options.typing === true);
}
