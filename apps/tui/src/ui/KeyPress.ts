import type { Key } from "ink";

/**
 * A key as the screens read it: Ink's `Key` flags (so handlers written for
 * Ink's `useInput` keep working) plus the key's name: `a`, `return`, `up`,
 * `f5`, `insert`, `wheelup`, `wheeldown`…
 */
export interface KeyPress extends Key {
  readonly name: string;
}

/** One key: the text it types (empty for keys that type none) and the key. */
export type KeyEvent = readonly [input: string, key: KeyPress];

/** The modifiers a key sequence can carry. */
export interface Modifiers {
  readonly shift?: boolean;
  readonly meta?: boolean;
  readonly ctrl?: boolean;
  readonly super?: boolean;
  readonly hyper?: boolean;
  readonly capsLock?: boolean;
  readonly numLock?: boolean;
}

/** Ink's flag for each named key. */
const FLAG: Record<string, keyof Key> = {
  up: "upArrow",
  down: "downArrow",
  left: "leftArrow",
  right: "rightArrow",
  pageup: "pageUp",
  pagedown: "pageDown",
  home: "home",
  end: "end",
  return: "return",
  escape: "escape",
  tab: "tab",
  backspace: "backspace",
  // DEL (the Backspace key of most terminals) is `backspace`; the Delete key is `delete`.
  delete: "delete",
};

/** A key named `name` with `modifiers`, typing `input`. */
export function keyPress(name: string, modifiers: Modifiers = {}, input = ""): KeyEvent {
  const key: KeyPress = {
    name,
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
    ctrl: modifiers.ctrl === true,
    shift: modifiers.shift === true,
    tab: false,
    backspace: false,
    delete: false,
    meta: modifiers.meta === true,
    super: modifiers.super === true,
    hyper: modifiers.hyper === true,
    capsLock: modifiers.capsLock === true,
    numLock: modifiers.numLock === true,
  };
  const flag = FLAG[name];
  if (flag) (key as unknown as Record<string, boolean>)[flag] = true;
  return [input, key];
}

/**
 * The modifiers of an xterm modifier parameter (`1 +` a bit set: 1 Shift,
 * 2 Alt, 4 Ctrl, 8 Super, 16 Hyper, 32 Meta, 64 Caps Lock, 128 Num Lock, as
 * xterm and the kitty keyboard protocol number them). Alt and Meta are both `meta`.
 */
export function modifiersOf(parameter: number | undefined): Modifiers {
  const bits =
    parameter === undefined || !Number.isFinite(parameter) ? 0 : Math.max(0, parameter - 1);
  return {
    shift: (bits & 1) !== 0,
    meta: (bits & 2) !== 0 || (bits & 32) !== 0,
    ctrl: (bits & 4) !== 0,
    super: (bits & 8) !== 0,
    hyper: (bits & 16) !== 0,
    capsLock: (bits & 64) !== 0,
    numLock: (bits & 128) !== 0,
  };
}
