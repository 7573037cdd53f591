import type { Relations } from "@korea-relations/core";

/** Milliseconds of index building per turn of the event loop. */
const SLICE = 8;

/**
 * Builds `relations`' search index (and, on a large dataset, its rankings of
 * the commonest short queries) a slice at a time between the UI's turns of
 * the event loop, so that keys pressed meanwhile are still answered; the
 * first query then finds it built. Returns a function that stops it.
 */
export function prepareInIdle(relations: Relations): () => void {
  let timer: NodeJS.Immediate | undefined;
  const step = () => {
    timer = relations.prepareSearch(SLICE) ? undefined : setImmediate(step);
  };
  timer = setImmediate(step);
  return () => {
    if (timer) clearImmediate(timer);
    timer = undefined;
  };
}
