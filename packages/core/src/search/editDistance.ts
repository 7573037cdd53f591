/**
 * Edit distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of neighbours, each 1), computed only as far as
 * `max`: any distance above it is reported as `max + 1`. Works on UTF-16
 * units, which is exact for the letters the dataset uses.
 */
let previous = new Int32Array(64);
let current = new Int32Array(64);
let before = new Int32Array(64);

export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (previous.length <= m) {
    previous = new Int32Array(m + 1);
    current = new Int32Array(m + 1);
    before = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[m] as number, max + 1);
}
