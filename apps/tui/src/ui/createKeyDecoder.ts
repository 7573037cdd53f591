import { type KeyEvent, keyPress, type Modifiers, modifiersOf } from "./KeyPress.js";

/**
 * Turns what a terminal sends into keys, one key per key pressed, in order:
 * `nnnnn` read at once is five `n`, ten arrows in one read are ten arrows.
 * Every xterm sequence is read whole: cursor and editing keys and F1–F20 with
 * any modifiers (`ESC[1;5P`, `ESC[15;6~`, `ESC O P`, rxvt's and the Linux
 * console's variants), CSI-u and kitty keys, modifyOtherKeys, mouse reports
 * (SGR, X10, urxvt: the wheel becomes `wheelup`/`wheeldown`, the rest is
 * dropped), focus reports and bracketed paste (its text is typed; control
 * characters in it never act as keys). A sequence it does not know is
 * dropped whole, never typed. A sequence cut at the end of a read is kept
 * for the next; `flush` ends it when no more comes.
 */
export interface KeyDecoder {
  /** The keys in `chunk` (after what was kept of the previous one). */
  push(chunk: string): KeyEvent[];
  /**
   * What is unfinished: `sequence` when the input so far ends in a cut
   * sequence (flush it after a few milliseconds without input), `paste` inside
   * a bracketed paste (flush it when its end never comes), else undefined.
   */
  readonly pending: "sequence" | "paste" | undefined;
  /**
   * The kept end as keys, when no more input came: a lone ESC is Escape, ESC
   * and a character is Alt and that character, anything else is dropped.
   */
  flush(): KeyEvent[];
}

const ESC = "\u001b";
/** The longest CSI sequence read; a longer one is garbage and dropped. */
const MAX_SEQUENCE = 64;
const PASTE_END = `${ESC}[201~`;
/** The longest string sequence (OSC, DCS…) read. */
const MAX_STRING = 4096;
/** ESC and these start a string sequence: OSC, DCS, APC, PM, SOS. */
const STRING_INTRODUCERS = "]P_^X";

/** Keys of `ESC [ <letter>` and `ESC O <letter>` (with any modifier parameter). */
const LETTER_KEYS: Record<string, string> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  E: "clear",
  F: "end",
  H: "home",
  P: "f1",
  Q: "f2",
  R: "f3",
  S: "f4",
  Z: "tab", // back-tab: Shift-Tab
};

/** Keypad keys of `ESC O <letter>` in application keypad mode. */
const KEYPAD: Record<string, [name: string, input: string]> = {
  M: ["return", ""],
  X: ["=", "="],
  j: ["*", "*"],
  k: ["+", "+"],
  l: [",", ","],
  m: ["-", "-"],
  n: [".", "."],
  o: ["/", "/"],
  p: ["0", "0"],
  q: ["1", "1"],
  r: ["2", "2"],
  s: ["3", "3"],
  t: ["4", "4"],
  u: ["5", "5"],
  v: ["6", "6"],
  w: ["7", "7"],
  x: ["8", "8"],
  y: ["9", "9"],
};

/** Keys of `ESC [ <number> ~` (and rxvt's `$`, `^`, `@` endings). */
const TILDE_KEYS: Record<number, string> = {
  1: "home",
  2: "insert",
  3: "delete",
  4: "end",
  5: "pageup",
  6: "pagedown",
  7: "home",
  8: "end",
  11: "f1",
  12: "f2",
  13: "f3",
  14: "f4",
  15: "f5",
  17: "f6",
  18: "f7",
  19: "f8",
  20: "f9",
  21: "f10",
  23: "f11",
  24: "f12",
  25: "f13",
  26: "f14",
  28: "f15",
  29: "f16",
  31: "f17",
  32: "f18",
  33: "f19",
  34: "f20",
};

/** Keys of kitty's private-use code points (CSI-u) that Ink's flags know. */
const KITTY_KEYS: Record<number, string> = {
  57399: "0",
  57414: "return",
  57417: "left",
  57418: "right",
  57419: "up",
  57420: "down",
  57421: "pageup",
  57422: "pagedown",
  57423: "home",
  57424: "end",
  57425: "insert",
  57426: "delete",
};

const isFinal = (code: number) => code >= 0x40 && code <= 0x7e;
const isParameter = (code: number) => code >= 0x30 && code <= 0x3f;
const isIntermediate = (code: number) => code >= 0x20 && code <= 0x2f;

/** The key of one control character (C0 or DEL). */
function controlKey(code: number, meta = false): KeyEvent {
  if (code === 0x0d || code === 0x0a) return keyPress("return", { meta });
  if (code === 0x09) return keyPress("tab", { meta });
  if (code === 0x08) return keyPress("backspace", { meta });
  // DEL: what the Backspace key sends in most terminals (the Delete key sends ESC [ 3 ~).
  if (code === 0x7f) return keyPress("backspace", { meta });
  if (code === 0x1b) return keyPress("escape", { meta });
  if (code === 0x00) return keyPress("space", { ctrl: true, meta }, " ");
  // Ctrl-A … Ctrl-Z, then Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_.
  const letter = code <= 0x1a ? String.fromCharCode(code + 0x60) : String.fromCharCode(code + 0x40);
  return keyPress(letter, { ctrl: true, meta }, letter);
}

/** The key of one printable character. */
function textKey(char: string, modifiers: Modifiers = {}): KeyEvent {
  const upper = char.length === 1 && char >= "A" && char <= "Z";
  return keyPress(
    upper ? char.toLowerCase() : char,
    { ...modifiers, shift: modifiers.shift || upper },
    char,
  );
}

/** The key of a Unicode code point with modifiers (CSI-u, modifyOtherKeys). */
function codePointKey(code: number, modifiers: Modifiers, text?: string): KeyEvent | undefined {
  if (KITTY_KEYS[code]) return keyPress(KITTY_KEYS[code] as string, modifiers);
  if (code >= 57344 && code <= 63743) return undefined; // other private-use keys (F13+, media, modifiers)
  if (code === 32) return keyPress("space", modifiers, modifiers.ctrl || modifiers.meta ? "" : " ");
  if (code < 0x20 || code === 0x7f) {
    const [input, key] = controlKey(code, modifiers.meta);
    return [input, { ...key, ...flags(modifiers, key) }];
  }
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x80 && code < 0xa0))
    return undefined;
  const char = String.fromCodePoint(code);
  if (modifiers.ctrl) {
    const letter = char.toLowerCase();
    return keyPress(letter, modifiers, letter);
  }
  const typed = text ?? (modifiers.shift ? char.toUpperCase() : char);
  return textKey(typed, modifiers);
}

function flags(modifiers: Modifiers, key: { ctrl: boolean; meta: boolean; shift: boolean }) {
  return {
    ctrl: key.ctrl || modifiers.ctrl === true,
    meta: key.meta || modifiers.meta === true,
    shift: key.shift || modifiers.shift === true,
    super: modifiers.super === true,
    hyper: modifiers.hyper === true,
    capsLock: modifiers.capsLock === true,
    numLock: modifiers.numLock === true,
  };
}

/** The wheel of a mouse report's button code; other buttons and motion are no key. */
function mouseKey(button: number, press: boolean): KeyEvent | undefined {
  if (!press || (button & 64) === 0 || (button & 32) !== 0) return undefined;
  const modifiers = {
    shift: (button & 4) !== 0,
    meta: (button & 8) !== 0,
    ctrl: (button & 16) !== 0,
  };
  const wheel = ["wheelup", "wheeldown", "wheelleft", "wheelright"][button & 3] as string;
  return keyPress(wheel, modifiers);
}

/** Numbers of a parameter string (`1;5`, `97:65;2`): sub-parameters after `:` kept apart. */
function parameters(text: string): number[][] {
  return text
    .split(";")
    .map((field) => field.split(":").map((n) => (n === "" ? Number.NaN : Number(n))));
}

/** The key of a complete CSI sequence (`prefix` is `<`, `?`, `>`, `=` or empty). */
function csiKey(body: string, final: string): KeyEvent | undefined {
  const prefix = /^[<=>?]/.test(body) ? (body[0] as string) : "";
  const rest = prefix ? body.slice(1) : body;
  const intermediate = /[ -/]+$/.exec(rest)?.[0] ?? "";
  const params = parameters(rest.slice(0, rest.length - intermediate.length));
  const first = params[0]?.[0];
  const modifier = params[1]?.[0];
  if (prefix === "<" && (final === "M" || final === "m"))
    return mouseKey(first ?? 0, final === "M");
  if (prefix || intermediate) return undefined; // replies to queries, private sequences
  // urxvt mouse: ESC [ button ; x ; y M.
  if (final === "M" && params.length === 3) return mouseKey((first ?? 0) - 32, true);
  if (final === "I" || final === "O") return undefined; // focus in, out
  if (final === "u") {
    // CSI-u / kitty: code[:shifted[:base]] ; modifiers[:event] ; text.
    const [code, shifted] = params[0] ?? [];
    const event = params[1]?.[1];
    if (code === undefined || Number.isNaN(code) || event === 3) return undefined; // no key, or a release
    const modifiers = modifiersOf(modifier);
    const text = params[2]?.every((n) => Number.isInteger(n) && n > 0x1f && n <= 0x10ffff)
      ? String.fromCodePoint(...(params[2] as number[]))
      : modifiers.shift && shifted !== undefined && !Number.isNaN(shifted)
        ? String.fromCodePoint(shifted)
        : undefined;
    return codePointKey(code, modifiers, modifiers.ctrl || modifiers.meta ? undefined : text);
  }
  if (params[1]?.[1] === 3) return undefined; // a kitty key release
  if (final === "~" || final === "$" || final === "^" || final === "@") {
    if (first === 27 && final === "~") {
      // xterm modifyOtherKeys: ESC [ 27 ; modifiers ; code ~.
      const code = params[2]?.[0];
      return code === undefined || Number.isNaN(code)
        ? undefined
        : codePointKey(code, modifiersOf(modifier));
    }
    const name = first === undefined ? undefined : TILDE_KEYS[first];
    if (!name) return undefined; // 200/201 (paste) are read before; others unknown
    const modifiers = modifiersOf(modifier);
    return keyPress(name, {
      ...modifiers,
      shift: modifiers.shift || final === "$" || final === "@",
      ctrl: modifiers.ctrl || final === "^" || final === "@",
    });
  }
  // rxvt: ESC [ a-d are Shift and an arrow.
  const rxvt = { a: "up", b: "down", c: "right", d: "left" }[final];
  if (rxvt && params.length === 1 && Number.isNaN(first ?? Number.NaN))
    return keyPress(rxvt, { shift: true });
  const name = LETTER_KEYS[final];
  if (!name) return undefined;
  // ESC [ 1 ; m X, or ESC [ X. A cursor position report (ESC [ row ; col R) has a first number other than 1.
  if (first !== undefined && !Number.isNaN(first) && first !== 1) return undefined;
  const modifiers = modifiersOf(modifier);
  return keyPress(name, { ...modifiers, shift: modifiers.shift || final === "Z" });
}

/** The key of `ESC O …` (SS3): F1–F4, arrows and Home/End in application mode, the keypad. */
function ss3Key(params: string, final: string): KeyEvent | undefined {
  const modifiers = modifiersOf(params ? Number(params.split(";").at(-1)) : undefined);
  const name = LETTER_KEYS[final];
  if (name && final !== "Z") return keyPress(name, modifiers);
  // rxvt: ESC O a-d are Ctrl and an arrow.
  const rxvt = { a: "up", b: "down", c: "right", d: "left" }[final];
  if (rxvt) return keyPress(rxvt, { ...modifiers, ctrl: true });
  const keypad = KEYPAD[final];
  if (keypad)
    return keyPress(keypad[0], modifiers, modifiers.ctrl || modifiers.meta ? "" : keypad[1]);
  return undefined;
}

type Parsed =
  | { readonly end: number; readonly key?: KeyEvent | undefined; readonly paste?: boolean }
  | "incomplete";

/** Reads the escape sequence starting at `start` (an ESC) of `text`. */
function escapeSequence(text: string, start: number): Parsed {
  const introducer = text[start + 1];
  if (introducer === undefined) return "incomplete";
  if (introducer === "[") {
    // The Linux console's F1–F5: ESC [ [ A … E.
    if (text[start + 2] === "[") {
      const letter = text[start + 3];
      if (letter === undefined) return "incomplete";
      const index = "ABCDE".indexOf(letter);
      return index >= 0 ? { end: start + 4, key: keyPress(`f${index + 1}`) } : { end: start + 3 };
    }
    let i = start + 2;
    while (i < text.length && i - start <= MAX_SEQUENCE) {
      const code = text.charCodeAt(i);
      if (isParameter(code) || (isIntermediate(code) && code !== 0x24)) {
        i++;
        continue;
      }
      const body = text.slice(start + 2, i);
      if (code === 0x24 && /^\d+$/.test(body)) {
        // rxvt's Shift-Insert and friends end in `$`.
        return { end: i + 1, key: csiKey(body, "$") };
      }
      if (code === 0x24) {
        i++;
        continue;
      }
      if (!isFinal(code)) return { end: i }; // a broken sequence: drop it, read on from here
      const final = text[i] as string;
      if (final === "M" && body === "") {
        // X10 mouse: ESC [ M and three bytes.
        if (i + 3 >= text.length) return "incomplete";
        return { end: i + 4, key: mouseKey(text.charCodeAt(i + 1) - 32, true) };
      }
      if (final === "~" && body === "200") return { end: i + 1, paste: true };
      if (final === "~" && body === "201") return { end: i + 1 };
      const key = csiKey(body, final);
      return key ? { end: i + 1, key } : { end: i + 1 };
    }
    if (i - start > MAX_SEQUENCE) return { end: start + 2 }; // too long: garbage
    return "incomplete";
  }
  if (introducer === "O") {
    let i = start + 2;
    while (i < text.length && i - start <= 8 && /[0-9;]/.test(text[i] as string)) i++;
    if (i >= text.length) return "incomplete";
    const code = text.charCodeAt(i);
    if (!isFinal(code)) return { end: start + 2, key: textKey("O", { meta: true }) };
    return { end: i + 1, key: ss3Key(text.slice(start + 2, i), text[i] as string) };
  }
  if (STRING_INTRODUCERS.includes(introducer)) {
    // OSC, DCS, APC, PM, SOS: a string up to BEL or ST (ESC \\), dropped whole.
    // Never terminated, it was Alt and a key after all (see flush).
    for (let i = start + 2; i < text.length; i++) {
      if (i - start > MAX_STRING) return { end: start + 2 }; // garbage: drop the introducer
      const code = text.charCodeAt(i);
      if (code === 0x07) return { end: i + 1 };
      if (code === 0x1b) {
        if (i + 1 === text.length) return "incomplete";
        return { end: text[i + 1] === "\\" ? i + 2 : i };
      }
    }
    return "incomplete";
  }
  if (introducer === ESC) {
    // ESC ESC [ … : Alt and a key, as some terminals send it.
    const next = text[start + 2];
    if (next === undefined) return "incomplete";
    if (next === "[" || next === "O") {
      const inner = escapeSequence(text, start + 1);
      if (inner === "incomplete") return inner;
      const key = inner.key;
      return key
        ? { end: inner.end, key: [key[0], { ...key[1], meta: true }] }
        : { end: inner.end };
    }
    return { end: start + 1, key: keyPress("escape") };
  }
  // ESC and a character: Alt and that key.
  const code = text.codePointAt(start + 1) as number;
  if (isHighSurrogate(code) && start + 2 >= text.length) return "incomplete";
  const width = code > 0xffff ? 2 : 1;
  if (code < 0x20 || code === 0x7f) return { end: start + 2, key: controlKey(code, true) };
  if (code >= 0x80 && code < 0xa0) return { end: start + 2 };
  return { end: start + 1 + width, key: textKey(String.fromCodePoint(code), { meta: true }) };
}

/** The first half of a character outside the Basic Multilingual Plane (an emoji). */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export function createKeyDecoder(): KeyDecoder {
  let kept = "";
  let pasting = false;

  const decode = (text: string, final: boolean): KeyEvent[] => {
    const keys: KeyEvent[] = [];
    let i = 0;
    while (i < text.length) {
      if (pasting) {
        const end = text.indexOf(PASTE_END, i);
        const stop = end === -1 ? text.length : end;
        // Keep a possible start of the end marker for the next read.
        let cut = stop;
        if (end === -1 && !final) {
          const tail = text.lastIndexOf(ESC);
          if (tail >= i && PASTE_END.startsWith(text.slice(tail))) cut = tail;
          else if (cut > i && isHighSurrogate(text.charCodeAt(cut - 1))) cut--; // half a character
        }
        for (const char of text.slice(i, cut)) {
          const code = char.codePointAt(0) as number;
          if (code === 0x0d || code === 0x0a || code === 0x09) keys.push(textKey(" "));
          else if (code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0))
            keys.push(textKey(char));
        }
        if (end === -1) {
          kept = text.slice(cut);
          return keys;
        }
        pasting = false;
        i = end + PASTE_END.length;
        continue;
      }
      const code = text.codePointAt(i) as number;
      if (code === 0x1b) {
        const parsed = escapeSequence(text, i);
        if (parsed === "incomplete") {
          if (!final) {
            kept = text.slice(i);
            return keys;
          }
          // No more input: ESC alone is Escape, ESC x is Alt-x; a cut sequence is dropped.
          const rest = text.slice(i);
          if (STRING_INTRODUCERS.includes(rest[1] as string)) {
            // An unterminated string: Alt and the key, then what followed as keys.
            keys.push(textKey(rest[1] as string, { meta: true }));
            i += 2;
            continue;
          }
          if (rest === ESC) keys.push(keyPress("escape"));
          else if (rest === `${ESC}${ESC}`) keys.push(keyPress("escape"), keyPress("escape"));
          else if (rest === `${ESC}[` || rest === `${ESC}O`)
            keys.push(textKey(rest[1] as string, { meta: true }));
          kept = "";
          return keys;
        }
        if (parsed.key) keys.push(parsed.key);
        if (parsed.paste) pasting = true;
        i = parsed.end;
        continue;
      }
      if (code < 0x20 || code === 0x7f) {
        keys.push(controlKey(code));
        i++;
        continue;
      }
      if (isHighSurrogate(code) && i === text.length - 1 && !final) {
        // A character cut in two between reads: wait for its other half.
        kept = text.slice(i);
        return keys;
      }
      const width = code > 0xffff ? 2 : 1;
      if (!(code >= 0x80 && code < 0xa0)) keys.push(textKey(String.fromCodePoint(code)));
      i += width;
    }
    kept = "";
    return keys;
  };

  return {
    push(chunk) {
      return decode(kept + chunk, false);
    },
    get pending() {
      return pasting ? "paste" : kept !== "" ? "sequence" : undefined;
    },
    flush() {
      const rest = kept;
      kept = "";
      // A paste whose end never came ends here: what follows is keys again.
      pasting = false;
      return decode(rest, true);
    },
  };
}
