import type { Messages } from "./messages.js";

/** A vocabulary value (`press-conference`) as words in the interface language. */
export function kindLabel(value: string, m: Messages): string {
  return m.kinds[value] ?? value.replaceAll("-", " ");
}
