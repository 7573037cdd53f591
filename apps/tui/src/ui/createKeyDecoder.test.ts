import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createKeyDecoder } from "./createKeyDecoder.js";
import type { KeyEvent } from "./KeyPress.js";

const ESC = "\u001b";

/** What a test expects of a key: its name, modifiers and typed text. */
interface Expected {
  readonly name: string;
  readonly input?: string;
  readonly shift?: boolean;
  readonly meta?: boolean;
  readonly ctrl?: boolean;
  readonly super?: boolean;
}

const summary = ([input, key]: KeyEvent): Expected => ({
  name: key.name,
  input,
  shift: key.shift,
  meta: key.meta,
  ctrl: key.ctrl,
  super: key.super,
});

const expected = (e: Expected): Expected => ({
  input: "",
  shift: false,
  meta: false,
  ctrl: false,
  super: false,
  ...e,
});

const decode = (text: string): KeyEvent[] => {
  const decoder = createKeyDecoder();
  return [...decoder.push(text), ...decoder.flush()];
};

/** xterm's modifier parameter 2…16 (1 + Shift 1, Alt 2, Ctrl 4, Meta 8), as our flags. */
const MODIFIERS = Array.from({ length: 15 }, (_, i) => {
  const bits = i + 1;
  return {
    parameter: bits + 1,
    shift: (bits & 1) !== 0,
    meta: (bits & 2) !== 0,
    ctrl: (bits & 4) !== 0,
    super: (bits & 8) !== 0,
  };
});

/** Every xterm key sequence for cursor, editing and function keys, plain and with every modifier. */
function xtermKeys(): [sequence: string, key: Expected][] {
  const out: [string, Expected][] = [];
  const letters: [string, string][] = [
    ["A", "up"],
    ["B", "down"],
    ["C", "right"],
    ["D", "left"],
    ["E", "clear"],
    ["F", "end"],
    ["H", "home"],
    ["P", "f1"],
    ["Q", "f2"],
    ["R", "f3"],
    ["S", "f4"],
  ];
  for (const [letter, name] of letters) {
    if (!"PQRS".includes(letter)) out.push([`${ESC}[${letter}`, expected({ name })]);
    out.push([`${ESC}O${letter}`, expected({ name })]);
    for (const m of MODIFIERS) {
      const { parameter, ...flags } = m;
      out.push([`${ESC}[1;${parameter}${letter}`, expected({ name, ...flags })]);
    }
  }
  const tilde: [number, string][] = [
    [1, "home"],
    [2, "insert"],
    [3, "delete"],
    [4, "end"],
    [5, "pageup"],
    [6, "pagedown"],
    [11, "f1"],
    [12, "f2"],
    [13, "f3"],
    [14, "f4"],
    [15, "f5"],
    [17, "f6"],
    [18, "f7"],
    [19, "f8"],
    [20, "f9"],
    [21, "f10"],
    [23, "f11"],
    [24, "f12"],
  ];
  for (const [number, name] of tilde) {
    out.push([`${ESC}[${number}~`, expected({ name })]);
    for (const m of MODIFIERS) {
      const { parameter, ...flags } = m;
      out.push([`${ESC}[${number};${parameter}~`, expected({ name, ...flags })]);
    }
  }
  out.push([`${ESC}[Z`, expected({ name: "tab", shift: true })]);
  // CSI-u (fixterms, kitty): letters, digits, Enter, Tab, Esc, Backspace, Space with every modifier.
  for (const m of MODIFIERS) {
    const { parameter, ...flags } = m;
    const letter = flags.ctrl ? "a" : flags.shift ? "A" : "a";
    out.push([
      `${ESC}[97;${parameter}u`,
      expected({ name: "a", input: letter, ...flags, shift: flags.shift }),
    ]);
    out.push([`${ESC}[13;${parameter}u`, expected({ name: "return", ...flags })]);
    out.push([`${ESC}[9;${parameter}u`, expected({ name: "tab", ...flags })]);
    out.push([`${ESC}[27;${parameter}u`, expected({ name: "escape", ...flags })]);
    out.push([`${ESC}[127;${parameter}u`, expected({ name: "backspace", ...flags })]);
    // xterm's modifyOtherKeys form of the same keys.
    out.push([`${ESC}[27;${parameter};13~`, expected({ name: "return", ...flags })]);
  }
  // Plain keys and control characters.
  out.push(["a", expected({ name: "a", input: "a" })]);
  out.push(["A", expected({ name: "a", input: "A", shift: true })]);
  out.push(["ü", expected({ name: "ü", input: "ü" })]);
  out.push(["강", expected({ name: "강", input: "강" })]);
  out.push(["🙂", expected({ name: "🙂", input: "🙂" })]);
  out.push(["\r", expected({ name: "return" })]);
  out.push(["\t", expected({ name: "tab" })]);
  out.push(["\u007f", expected({ name: "backspace" })]);
  out.push(["\b", expected({ name: "backspace" })]);
  out.push(["\u0003", expected({ name: "c", input: "c", ctrl: true })]);
  out.push(["\u001a", expected({ name: "z", input: "z", ctrl: true })]);
  out.push([`${ESC}a`, expected({ name: "a", input: "a", meta: true })]);
  out.push([`${ESC}${ESC}[A`, expected({ name: "up", meta: true })]);
  // Mouse wheel (SGR, X10, urxvt).
  out.push([`${ESC}[<64;10;5M`, expected({ name: "wheelup" })]);
  out.push([`${ESC}[<65;10;5M`, expected({ name: "wheeldown" })]);
  out.push([`${ESC}[<81;1;1M`, expected({ name: "wheeldown", ctrl: true })]);
  out.push([`${ESC}[M${String.fromCharCode(96, 40, 40)}`, expected({ name: "wheelup" })]);
  out.push([`${ESC}[97;10;5M`, expected({ name: "wheeldown" })]);
  return out;
}

/** Sequences that are no key: they are read whole and dropped. */
const IGNORED = [
  `${ESC}[0m`,
  `${ESC}[0K`,
  `${ESC}[5x`,
  `${ESC}[2J`,
  `${ESC}[I`, // focus in
  `${ESC}[O`, // focus out
  `${ESC}[<0;10;5M`, // a click
  `${ESC}[<0;10;5m`, // its release
  `${ESC}[<35;10;5M`, // motion
  `${ESC}[?1;2c`, // a device attributes reply
  `${ESC}[12;40R`, // a cursor position report
  `${ESC}[97;1:3u`, // a kitty key release
  `${ESC}[201~`, // a paste end without a start
  `${ESC}[57441;2u`, // kitty: left Shift alone
  `${ESC}]0;pwned\u0007`, // OSC (a window title), ended by BEL
  `${ESC}]52;c;aGk=${ESC}\\`, // OSC 52, ended by ST
  `${ESC}P1$r0m${ESC}\\`, // DCS
];

const KEYS = xtermKeys();

describe("createKeyDecoder", () => {
  it("reads every xterm key sequence, with every modifier, as one key", () => {
    expect(KEYS.length).toBeGreaterThan(500);
    for (const [sequence, key] of KEYS) {
      const keys = decode(sequence);
      expect(keys.map(summary), JSON.stringify(sequence)).toEqual([key]);
    }
  });

  it("ends the reported crashes (Ctrl-F1…F4, pasted SGR and erase sequences) as keys or nothing", () => {
    for (const n of ["P", "Q", "R", "S"])
      expect(decode(`${ESC}[1;5${n}`).map(([, k]) => k.name)).toEqual([
        `f${"PQRS".indexOf(n) + 1}`,
      ]);
    for (const sequence of IGNORED) expect(decode(sequence), JSON.stringify(sequence)).toEqual([]);
  });

  it("gives several keys for a read with several, in order (a fast typist, a paste without brackets)", () => {
    expect(decode("nnnnn").map(([input]) => input)).toEqual(["n", "n", "n", "n", "n"]);
    expect(decode(`${ESC}[B`.repeat(10)).map(([, k]) => k.downArrow)).toEqual(Array(10).fill(true));
    expect(decode("Kang\r").map(([input, k]) => input || k.name)).toEqual([
      "K",
      "a",
      "n",
      "g",
      "return",
    ]);
  });

  it("waits for the other half of an emoji cut between two reads", () => {
    const decoder = createKeyDecoder();
    const [high, low] = ["🙂".slice(0, 1), "🙂".slice(1)];
    expect(decoder.push(`a${high}`).map(([input]) => input)).toEqual(["a"]);
    expect(decoder.pending).toBe("sequence");
    expect(decoder.push(`${low}b`).map(([input]) => input)).toEqual(["🙂", "b"]);
    expect(decoder.push(`${ESC}${high}`)).toEqual([]);
    expect(decoder.push(low).map(([input, key]) => [input, key.meta])).toEqual([["🙂", true]]);
    expect(decoder.push(`${ESC}[200~x${high}`).map(([input]) => input)).toEqual(["x"]);
    expect(decoder.push(`${low}${ESC}[201~`).map(([input]) => input)).toEqual(["🙂"]);
  });

  it("reads bursts of 100 keys, of any mix, as 100 keys in order, however the reads cut them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...KEYS), { minLength: 100, maxLength: 100 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (keys, cuts) => {
          const text = keys.map(([sequence]) => sequence).join("");
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const decoder = createKeyDecoder();
          const out: KeyEvent[] = [];
          let from = 0;
          for (const point of [...points, text.length]) {
            out.push(...decoder.push(text.slice(from, point)));
            from = point;
          }
          out.push(...decoder.flush());
          // A lone ESC read last is Escape only when nothing follows; here keys always follow.
          expect(out.map(summary)).toEqual(keys.map(([, key]) => key));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on byte soup, and never types a control character or escape", () => {
    const soup = fc.array(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 20 }),
        fc.constantFrom(
          ESC,
          `${ESC}[`,
          `${ESC}O`,
          `${ESC}[1;`,
          `${ESC}[<`,
          `${ESC}[200~`,
          "~",
          ";",
          "\u009b",
        ),
        fc.constantFrom(...KEYS.map(([s]) => s), ...IGNORED),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(fc.array(soup, { maxLength: 5 }), (reads) => {
        const decoder = createKeyDecoder();
        const out: KeyEvent[] = [];
        for (const read of reads) out.push(...decoder.push(read.join("")));
        out.push(...decoder.flush());
        expect(decoder.pending).toBeUndefined();
        for (const [input, key] of out) {
          expect(typeof key.name).toBe("string");
          // biome-ignore lint/suspicious/noControlCharactersInRegex: what must never be typed
          expect(input).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads ESC ] or ESC P without an end as Alt and the key, then the keys after it", () => {
    expect(decode(`${ESC}]ab`).map(([input, k]) => [input, k.meta])).toEqual([
      ["]", true],
      ["a", false],
      ["b", false],
    ]);
    expect(decode(`${ESC}P`).map(([input, k]) => [input, k.meta, k.shift])).toEqual([
      ["P", true, true],
    ]);
  });

  it("keeps a sequence cut at the end of a read for the next, and ends it on flush", () => {
    const decoder = createKeyDecoder();
    expect(decoder.push(`a${ESC}[1;`)).toHaveLength(1);
    expect(decoder.pending).toBe("sequence");
    expect(decoder.push("5A").map(([, k]) => [k.name, k.ctrl])).toEqual([["up", true]]);
    expect(decoder.push(ESC)).toEqual([]);
    expect(decoder.flush().map(([, k]) => k.name)).toEqual(["escape"]);
    expect(decoder.push(`${ESC}[1;`)).toEqual([]);
    expect(decoder.flush()).toEqual([]); // a cut sequence is no key
    expect(decoder.pending).toBeUndefined();
  });

  it("types a bracketed paste as text: its control characters and escapes never act", () => {
    const decoder = createKeyDecoder();
    const keys = decoder.push(`${ESC}[200~n${ESC}[0m\r\u0003n${ESC}[2`);
    expect(decoder.pending).toBe("paste");
    keys.push(...decoder.push(`01~n`));
    expect(keys.map(([input]) => input).join("")).toBe("n[0m nn");
    expect(keys.every(([, k]) => !k.ctrl && !k.return)).toBe(true);
    expect(decoder.pending).toBeUndefined();
    // A paste whose end never comes ends on flush: keys act again.
    decoder.push(`${ESC}[200~abc`);
    decoder.flush();
    expect(decoder.push("\u0003").map(([, k]) => k.ctrl)).toEqual([true]);
  });
});
