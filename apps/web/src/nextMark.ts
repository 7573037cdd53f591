/** A mark's position on the chart, as the keyboard moves between them. */
export interface MarkPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The mark the keyboard moves to from mark `from` (an index into `marks`):
 * ← → the previous or next in time (then top to bottom), ↑ ↓ the nearest mark
 * in the row above or below, Home and End the first and last in time.
 * Returns `from` where there is nowhere to go, `undefined` for other keys.
 */
export function nextMark(
  marks: readonly MarkPoint[],
  from: number,
  key: string,
): number | undefined {
  const here = marks[from];
  if (!here) return undefined;
  const inTime = marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => a.mark.x - b.mark.x || a.mark.y - b.mark.y || a.index - b.index);
  const position = inTime.findIndex((entry) => entry.index === from);
  switch (key) {
    case "ArrowRight":
      return (inTime[position + 1] ?? inTime[position])?.index;
    case "ArrowLeft":
      return (inTime[position - 1] ?? inTime[position])?.index;
    case "Home":
      return inTime[0]?.index;
    case "End":
      return inTime.at(-1)?.index;
    case "ArrowUp":
    case "ArrowDown": {
      const down = key === "ArrowDown";
      const rows = marks.filter((m) => (down ? m.y > here.y : m.y < here.y)).map((m) => m.y);
      if (rows.length === 0) return from;
      const row = down ? Math.min(...rows) : Math.max(...rows);
      let best = from;
      let distance = Number.POSITIVE_INFINITY;
      marks.forEach((mark, index) => {
        const d = Math.abs(mark.x - here.x);
        if (mark.y === row && d < distance) {
          best = index;
          distance = d;
        }
      });
      return best;
    }
    default:
      return undefined;
  }
}
