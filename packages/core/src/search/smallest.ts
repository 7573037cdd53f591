/**
 * Puts the `k` smallest numbers of `keys` first, in ascending order (the rest
 * after them in no order): a quickselect, then a sort of the first `k`. For
 * ranking a page of hits out of many without sorting them all.
 */
export function smallest(keys: Float64Array, k: number): void {
  const n = keys.length;
  if (k >= n / 4) {
    keys.sort();
    return;
  }
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    const a = keys[lo] as number;
    const b = keys[mid] as number;
    const c = keys[hi] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((keys[i] as number) < pivot) i++;
      while ((keys[j] as number) > pivot) j--;
      if (i <= j) {
        const t = keys[i] as number;
        keys[i] = keys[j] as number;
        keys[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  keys.subarray(0, k).sort();
}
