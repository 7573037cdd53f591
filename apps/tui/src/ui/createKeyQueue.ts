import type { Key } from "ink";

export type KeyHandler = (input: string, key: Key) => void;

/** Hands keys to the active screen one at a time. */
export interface KeyQueue {
  /** The active screen's handler (set on each of its renders). */
  setHandler(handler: KeyHandler): void;
  /** A key from the terminal. */
  dispatch(input: string, key: Key): void;
}

const PLAIN: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** The key a single control character stands for, as Ink reads it alone. */
function controlKey(char: string): [string, Key] {
  if (char === "\r" || char === "\n") return ["", { ...PLAIN, return: true }];
  if (char === "\t") return ["", { ...PLAIN, tab: true }];
  if (char === "\u007f") return ["", { ...PLAIN, delete: true }];
  if (char === "\b") return ["", { ...PLAIN, backspace: true }];
  const code = char.charCodeAt(0);
  return [String.fromCharCode(code + 96), { ...PLAIN, ctrl: true }];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this splits on
const CONTROL = /[\u0000-\u0008\u0009-\u001a\u001c-\u001f\u007f]/;

/**
 * The keys in one input: Ink passes several plain characters that arrive in
 * one read as one string (a paste, or keys typed faster than they are read),
 * so "Kang\r" is the text "Kang" and then Enter. Text without control
 * characters stays whole (a paste is typed at once).
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  if (input.length <= 1 || !CONTROL.test(input) || key.ctrl || key.meta) return [[input, key]];
  const out: [string, Key][] = [];
  let text = "";
  for (const char of input) {
    if (CONTROL.test(char)) {
      if (text) out.push([text, { ...PLAIN }]);
      text = "";
      out.push(controlKey(char));
    } else text += char;
  }
  if (text) out.push([text, { ...PLAIN }]);
  return out;
}

/**
 * Keys that arrive together (a fast typist, a terminal that writes several
 * keys in one read) are handled one per turn of the event loop, so that each
 * sees the screen the previous one left: the cursor moved, the view opened.
 * A lone key is handled at once.
 */
export function createKeyQueue(): KeyQueue {
  let handler: KeyHandler | undefined;
  const pending: [string, Key][] = [];
  let draining = false;
  const next = () => {
    const item = pending.shift();
    if (!item) {
      draining = false;
      return;
    }
    handler?.(...item);
    setImmediate(next);
  };
  return {
    setHandler(h) {
      handler = h;
    },
    dispatch(input, key) {
      const keys = splitKeys(input, key);
      if (draining) {
        pending.push(...keys);
        return;
      }
      const [first, ...rest] = keys;
      pending.push(...rest);
      if (first) handler?.(...first);
      draining = true;
      setImmediate(next);
    },
  };
}
