import { useMemo } from "react";
import { filterIndices, foldText } from "./filterIndices.js";
import type { Action } from "./keyBindings.js";
import { EMPTY_INPUT, editText, type TextInput, typeText } from "./textInput.js";
import { useRemembered } from "./useRemembered.js";

/** The `/` filter of a list: its box, whether it is being typed in, and the rows it keeps. */
export interface ListFilter {
  readonly input: TextInput;
  /** The box has the focus (the keys are in the "filter" context). */
  readonly editing: boolean;
  /** Positions (in the full list) of the rows kept, in order. */
  readonly kept: readonly number[];
  /** `/`: focus the box. */
  open(): void;
  /** The box's actions (editing, Enter keeps, Esc clears); true when handled. */
  onAction(action: Action): boolean;
  onText(text: string): void;
}

/**
 * A filter over a list whose rows read as `texts` (their words, folded once
 * per list, when a filter is first typed: a thunk makes a long list's texts
 * only then): typing keeps the rows containing every word typed.
 */
export function useListFilter(
  memoryKey: string,
  texts: readonly string[] | (() => readonly string[]),
  onChange?: () => void,
  count?: number,
): ListFilter {
  const [input, setInput] = useRemembered<TextInput>(`${memoryKey}:filter`, EMPTY_INPUT);
  const [editing, setEditing] = useRemembered(`${memoryKey}:filtering`, false);
  const query = input.text;
  const filtering = query.trim() !== "";
  const folded = useMemo(
    () => (filtering ? (typeof texts === "function" ? texts() : texts).map(foldText) : undefined),
    [texts, filtering],
  );
  const length = count ?? (typeof texts === "function" ? 0 : texts.length);
  const kept = useMemo(
    () => (folded ? filterIndices(folded, query) : Array.from({ length }, (_, i) => i)),
    [folded, query, length],
  );
  const change = (next: TextInput) => {
    if (next.text !== input.text) onChange?.();
    setInput(next);
  };
  return {
    input,
    editing,
    kept,
    open() {
      setEditing(true);
    },
    onAction(action) {
      if (!editing) {
        // Esc in the list clears a filter that was kept.
        if (action !== "cancel" || input.text === "") return false;
        change(EMPTY_INPUT);
        return true;
      }
      if (action === "accept") {
        setEditing(false);
        return true;
      }
      if (action === "cancel") {
        change(EMPTY_INPUT);
        setEditing(false);
        return true;
      }
      const next = editText(input, action);
      if (next === undefined) return false;
      change(next);
      return true;
    },
    onText(text) {
      if (editing) change(typeText(input, text));
    },
  };
}
