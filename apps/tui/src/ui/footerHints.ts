import { bindingsFor } from "./actionFor.js";
import type { Action, KeyContext } from "./keyBindings.js";

/** A key and what it does, for the footer. */
export type Hint = readonly [key: string, action: string];

/**
 * The footer of a context: the hints of the keys that work there now, in the
 * definition's order, and apart (always shown) the keys that quit and that
 * open the help (`q` and `?`, or Ctrl-C and F1 in a text box).
 */
export function footerHints(
  context: KeyContext,
  disabled: ReadonlySet<Action> = new Set(),
): { readonly hints: readonly Hint[]; readonly fixed: readonly Hint[] } {
  const hints: Hint[] = [];
  let help: Hint | undefined;
  let quit: Hint | undefined;
  const taken = new Set<string>();
  for (const binding of bindingsFor(context, disabled)) {
    const live = binding.keys.filter(([action]) => !disabled.has(action));
    const names = live.flatMap(([, ...keys]) => keys);
    // The hint names the binding's first key: not shown when an earlier binding takes that key.
    const shadowed = names.length > 0 && taken.has(names[0] as string);
    for (const name of names) taken.add(name);
    if (!binding.hint || shadowed) continue;
    const only = (action: Action) => binding.keys.every(([a]) => a === action);
    if (binding.keys.length > 0 && only("help")) help ??= binding.hint;
    else if (binding.keys.length > 0 && only("quit") && !binding.label.startsWith("Esc"))
      quit ??= binding.hint;
    else hints.push(binding.hint);
  }
  return { hints, fixed: [quit, help].filter((h): h is Hint => h !== undefined) };
}
