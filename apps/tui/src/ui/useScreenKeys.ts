import { useCallback, useRef } from "react";
import { useAppContext } from "./AppContext.js";
import { actionFor } from "./actionFor.js";
import type { KeyPress } from "./KeyPress.js";
import { type Action, type KeyContext, TEXT_CONTEXTS } from "./keyBindings.js";
import type { View } from "./View.js";

/** What `e` opens: the evidence of a record, or of one of its fields. */
export type EvidenceTarget = Omit<Extract<View, { kind: "evidence" }>, "kind">;

export interface ScreenKeyOptions {
  readonly isActive: boolean;
  /** Where the focus is: which keys work (see `keyBindings`). */
  readonly context: KeyContext;
  /** Actions that do nothing now: their keys fall through, the footer leaves them out. */
  readonly disabled?: ReadonlySet<Action>;
  /** The screen's actions; true when handled. Runs before the actions every screen shares. */
  readonly onAction: (action: Action, input: string, key: KeyPress) => boolean | undefined;
  /** Text typed into a text box (a run of typed or pasted characters). */
  readonly onText?: (text: string) => void;
  /** What `e` shows the evidence of. */
  readonly evidence?: () => EvidenceTarget | undefined;
  /** The countries `t` opens the timeline of. */
  readonly timeline?: () => readonly string[] | undefined;
  /** The id `y` copies. */
  readonly copy?: () => string | undefined;
  /**
   * The mouse wheel turned one notch (-1 up, 1 down); true when handled.
   * Without it (or when it returns false) the wheel moves like ↑ and ↓.
   */
  readonly onWheel?: (direction: -1 | 1) => boolean;
}

/** The default country of the timeline: the dataset is about South Korea. */
export const DEFAULT_TIMELINE = ["KR"] as const;

/** Whether a key types text: printable, without Ctrl or Alt. */
function isText(input: string, key: KeyPress): boolean {
  return input !== "" && !key.ctrl && !key.meta && !key.return && !key.tab && !key.escape;
}

/**
 * The one input handler of a screen, gated by `isActive` (keys come one at a
 * time, see `createKeyQueue`): each key is the action the key definition
 * gives it where the focus is; the screen handles it, or else the actions
 * every screen shares (quit, help, back, find, sources, language, timeline,
 * evidence, copy). In a text box other printable keys are text.
 */
export function useScreenKeys(options: ScreenKeyOptions): void {
  const { nav, keys } = useAppContext();
  const latest = useRef(options);
  latest.current = options;
  const handle = useCallback(
    (input: string, key: KeyPress) => {
      const current = latest.current;
      const shared = (action: Action) => {
        switch (action) {
          case "quit":
            nav.quit();
            return;
          case "help":
            nav.toggleHelp();
            return;
          case "back":
            nav.back();
            return;
          case "find":
            nav.home();
            return;
          case "sources":
            nav.push({ kind: "sources" });
            return;
          case "lang":
            nav.toggleLang();
            return;
          case "timeline": {
            const countries = current.timeline?.();
            nav.push({
              kind: "timeline",
              countries: countries && countries.length > 0 ? countries : DEFAULT_TIMELINE,
            });
            return;
          }
          case "evidence": {
            const target = current.evidence?.();
            if (target) nav.push({ kind: "evidence", ...target });
            else nav.notify("Nothing selected to show evidence for.");
            return;
          }
          case "copy": {
            const id = current.copy?.();
            if (id === undefined) nav.notify("Nothing selected to copy.");
            else nav.copy(id);
            return;
          }
          default:
        }
      };

      if (key.name === "wheelup" || key.name === "wheeldown") {
        const direction = key.name === "wheelup" ? -1 : 1;
        if (current.onWheel?.(direction)) return;
        current.onAction(direction < 0 ? "move-up" : "move-down", "", key);
        return;
      }
      if (key.name?.startsWith("wheel")) return;
      nav.clearMessage();
      const action = actionFor(current.context, input, key, current.disabled);
      if (action === undefined) {
        if (TEXT_CONTEXTS.includes(current.context) && isText(input, key)) current.onText?.(input);
        return;
      }
      if (current.onAction(action, input, key)) return;
      shared(action);
    },
    [nav],
  );

  // The active screen takes the keys (the queue calls the handler of the latest render).
  if (options.isActive) keys.setHandler(handle, TEXT_CONTEXTS.includes(options.context));
}
