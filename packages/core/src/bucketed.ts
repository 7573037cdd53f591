/**
 * Values grouped by key with a counting sort: the values of key `k` are
 * `values[from[k]]` up to (not including) `values[to[k]]`, in input order,
 * each dropped where it repeats the value just before it in its group (so
 * values given in ascending order come out without repeats). `to[k]` may
 * fall short of `from[k + 1]` where repeats were dropped.
 */
export function bucketed(
  keys: ArrayLike<number>,
  values: ArrayLike<number>,
  size: number,
): { from: Int32Array; to: Int32Array; values: Int32Array } {
  const n = keys.length;
  const from = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) (from[(keys[i] as number) + 1] as number)++;
  for (let k = 1; k <= size; k++) from[k] = (from[k] as number) + (from[k - 1] as number);
  const to = from.slice(0, size);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    const at = to[k] as number;
    const value = values[i] as number;
    if (at > (from[k] as number) && out[at - 1] === value) continue;
    out[at] = value;
    to[k] = at + 1;
  }
  return { from, to, values: out };
}
