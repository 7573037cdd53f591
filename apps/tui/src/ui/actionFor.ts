import type { KeyPress } from "./KeyPress.js";
import {
  type Action,
  KEY_GROUPS,
  type KeyBinding,
  type KeyContext,
  type KeyName,
} from "./keyBindings.js";

/** A key as the definition names it, parsed. */
interface KeySpec {
  /** A typed character (`j`, `G`, `/`), compared with the key's text. */
  readonly text?: string;
  /** A key name (`up`, `b` with Alt…), compared with the key's name. */
  readonly name?: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  /** Only when given: a named key with or without Shift. */
  readonly shift?: boolean;
}

/** One entry of a context's key list: which key, which action, from which binding. */
interface Entry {
  readonly spec: KeySpec;
  readonly action: Action;
  readonly binding: KeyBinding;
}

/** `C-p`, `M-b`, `S-backspace`, `up`, `j`, `G` as a spec. */
export function parseKeyName(name: KeyName): KeySpec {
  if ([...name].length === 1) return { text: name, ctrl: false, meta: false };
  let rest = name;
  let ctrl = false;
  let meta = false;
  let shift: boolean | undefined;
  for (;;) {
    if (rest.startsWith("C-") && rest.length > 2) ctrl = true;
    else if (rest.startsWith("M-") && rest.length > 2) meta = true;
    else if (rest.startsWith("S-") && rest.length > 2) shift = true;
    else break;
    rest = rest.slice(2);
  }
  return { name: rest, ctrl, meta, ...(shift === undefined ? {} : { shift }) };
}

function matches(spec: KeySpec, input: string, key: KeyPress): boolean {
  if (spec.text !== undefined) return input === spec.text && !key.ctrl && !key.meta;
  return (
    key.name === spec.name &&
    key.ctrl === spec.ctrl &&
    key.meta === spec.meta &&
    (spec.shift === undefined || key.shift === spec.shift)
  );
}

const byContext = new Map<KeyContext, Entry[]>();
for (const group of KEY_GROUPS) {
  for (const binding of group.bindings) {
    for (const context of binding.where) {
      const list = byContext.get(context) ?? [];
      for (const [action, ...names] of binding.keys)
        for (const name of names) list.push({ spec: parseKeyName(name), action, binding });
      byContext.set(context, list);
    }
  }
}

/**
 * The action of a key where the focus is: the first binding of the
 * definition that has the key there, skipping `disabled` actions (those
 * that do nothing now: their keys fall through to the next binding).
 */
export function actionFor(
  context: KeyContext,
  input: string,
  key: KeyPress,
  disabled: ReadonlySet<Action> = new Set(),
): Action | undefined {
  for (const entry of byContext.get(context) ?? []) {
    if (!disabled.has(entry.action) && matches(entry.spec, input, key)) return entry.action;
  }
  return undefined;
}

/** The bindings that work in a context now, in the definition's order. */
export function bindingsFor(
  context: KeyContext,
  disabled: ReadonlySet<Action> = new Set(),
): KeyBinding[] {
  const out: KeyBinding[] = [];
  const taken: KeySpec[] = [];
  const same = (a: KeySpec, b: KeySpec) =>
    a.text === b.text && a.name === b.name && a.ctrl === b.ctrl && a.meta === b.meta;
  for (const group of KEY_GROUPS) {
    for (const binding of group.bindings) {
      if (!binding.where.includes(context)) continue;
      const live = binding.keys.filter(([action]) => !disabled.has(action));
      if (binding.keys.length > 0 && live.length === 0) continue;
      const specs = live.flatMap(([, ...names]) => names.map(parseKeyName));
      // A binding whose every key an earlier one takes does nothing here.
      if (specs.length > 0 && specs.every((s) => taken.some((t) => same(s, t)))) continue;
      taken.push(...specs);
      out.push(binding);
    }
  }
  return out;
}
