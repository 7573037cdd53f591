import { useCallback, useState } from "react";
import { useAppContext } from "./AppContext.js";

/**
 * `useState` whose value outlives the view: kept under `key` in the app's
 * memory, so going back to a view finds its cursor and query as they were.
 */
export function useRemembered<T>(
  key: string,
  initial: T,
): [T, (value: T | ((previous: T) => T)) => void] {
  const { memory } = useAppContext();
  const [value, setValue] = useState<T>(() => (memory.get(key) as T | undefined) ?? initial);
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
        memory.set(key, resolved);
        return resolved;
      });
    },
    [key, memory],
  );
  return [value, set];
}
