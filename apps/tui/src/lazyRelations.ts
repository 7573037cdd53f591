import type { Relations } from "@korea-relations/core";

/**
 * A query API that is built on first use: the UI draws its first frame
 * before the dataset is parsed and indexed.
 */
export function lazyRelations(make: () => Relations): Relations {
  let relations: Relations | undefined;
  const get = () => {
    relations ??= make();
    return relations;
  };
  return new Proxy({} as Relations, {
    get: (_, property) => Reflect.get(get(), property),
    has: (_, property) => Reflect.has(get(), property),
  });
}
