import { unstable_LowPriority, unstable_scheduleCallback } from "scheduler";
import type { KeyEvent, KeyPress } from "./KeyPress.js";

export type KeyHandler = (input: string, key: KeyPress) => void;

/** Hands keys to the active screen one at a time. */
export interface KeyQueue {
  /**
   * The active screen's handler (set on each of its renders); `typing` when a
   * text box has the focus: a run of typed characters then comes as one input.
   */
  setHandler(handler: KeyHandler, typing?: boolean): void;
  /** Keys from the terminal, in order. */
  push(keys: readonly KeyEvent[]): void;
}

/** A key that types text into a text box (no Ctrl or Alt, not Enter, Tab…). */
const isText = ([input, key]: KeyEvent) =>
  input !== "" && !key.ctrl && !key.meta && !key.return && !key.tab;

/**
 * Each key is handled after React has drawn what the previous one did, so
 * each sees the screen the previous left (the cursor moved, the view
 * opened): ten quick ↓ move ten rows. React renders an update in a task of
 * its scheduler; a key waits in a task of lower priority, which runs after
 * every render and effect already scheduled. A screen with a text box
 * focused takes a run of typed characters (a paste) in one go.
 */
export function createKeyQueue(
  options: {
    /** Sees every key first; true when it took the key (Ctrl-Z suspends, whatever the screen). */
    readonly intercept?: (input: string, key: KeyPress) => boolean;
  } = {},
): KeyQueue {
  let handler: KeyHandler | undefined;
  let typing = false;
  const pending: KeyEvent[] = [];
  let scheduled = false;

  const schedule = () => {
    scheduled = true;
    unstable_scheduleCallback(unstable_LowPriority, deliver);
  };

  function deliver() {
    const first = pending.shift();
    if (!first) {
      scheduled = false;
      return;
    }
    let [input] = first;
    const [, key] = first;
    if (typing && isText(first)) {
      while (pending[0] && isText(pending[0])) input += (pending.shift() as KeyEvent)[0];
    }
    try {
      if (!options.intercept?.(input, key)) handler?.(input, key);
    } finally {
      // The handler's updates render in a microtask's scheduler task: queue the
      // next key after that has been scheduled, so it runs after the render.
      if (pending.length > 0) setImmediate(schedule);
      else scheduled = false;
    }
  }

  return {
    setHandler(h, isTyping = false) {
      handler = h;
      typing = isTyping;
    },
    push(keys) {
      if (keys.length === 0) return;
      pending.push(...keys);
      if (!scheduled) schedule();
    },
  };
}
