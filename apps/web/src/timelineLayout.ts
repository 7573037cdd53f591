/** An event to place on the timeline. */
export interface TimelineItem {
  readonly id: string;
  /** First and last day (days since 1970-01-01) the event's date covers. */
  readonly start: number;
  readonly end: number;
  /** The rows it belongs in (one per partner country, or its kind). */
  readonly lanes: readonly string[];
}

export interface TimelineMark {
  readonly id: string;
  readonly lane: string;
  /** Left and right edge; equal for a single known day. */
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

export interface TimelineLane {
  readonly key: string;
  /** Top of the lane (its label sits here) and its height. */
  readonly y: number;
  readonly height: number;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  /** Bottom of the lanes: the axis line. */
  readonly axisY: number;
  /** Grid lines at the start of each year shown in full, and at both ends of a gap. */
  readonly ticks: readonly { readonly year: number; readonly x: number }[];
  /** Year labels, centred on their year (a gap is labelled with its span). */
  readonly labels: readonly { readonly text: string; readonly x: number }[];
  /** Runs of years without short events, drawn narrow. */
  readonly gaps: readonly {
    readonly from: number;
    readonly to: number;
    readonly x1: number;
    readonly x2: number;
  }[];
  readonly lanes: readonly TimelineLane[];
  readonly marks: readonly TimelineMark[];
}

export interface TimelineOptions {
  readonly width: number;
  /** Lane keys in display order; lanes of items not listed follow in first-seen order. */
  readonly order?: readonly string[];
  readonly padding?: number;
  readonly labelHeight?: number;
  readonly rowHeight?: number;
  /** Diameter of a single-day mark, and the least gap between marks in a row. */
  readonly markSize?: number;
}

/** Events longer than this (days) do not widen the years they cover. */
const LONG = 731;
/** Runs of at least this many years without short events are drawn narrow. */
const MIN_GAP = 3;
/** Height of the year labels above the lanes. */
const TOP = 22;

function yearStart(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return Math.round(date.getTime() / 86_400_000);
}

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly gap: boolean;
  readonly weight: number;
}

/**
 * Places events on a time axis of whole years: x from the date, one lane per
 * key, and within a lane as many rows as marks need so none overlap. Years
 * with short events get equal width; a run of three or more years without
 * any (crossed only by long spans, such as a colonial era) shrinks to a narrow gap.
 */
export function timelineLayout(
  items: readonly TimelineItem[],
  options: TimelineOptions,
): TimelineLayout {
  const padding = options.padding ?? 16;
  const labelHeight = options.labelHeight ?? 20;
  const rowHeight = options.rowHeight ?? 22;
  const markSize = options.markSize ?? 14;
  const width = Math.max(options.width, 2 * padding + 50);
  if (items.length === 0) {
    return { width, height: 0, axisY: 0, ticks: [], labels: [], gaps: [], lanes: [], marks: [] };
  }
  const first = yearOf(Math.min(...items.map((item) => item.start)));
  const last = yearOf(Math.max(...items.map((item) => item.end)));

  // Which years hold short events, and the segments of the axis.
  const active = new Set<number>();
  for (const item of items) {
    if (item.end - item.start > LONG) continue;
    for (let year = yearOf(item.start); year <= yearOf(item.end); year++) active.add(year);
  }
  const segments: Segment[] = [];
  for (let year = first; year <= last; ) {
    let to = year;
    if (active.size > 0 && !active.has(year)) {
      while (to + 1 <= last && !active.has(to + 1)) to++;
    }
    const count = to - year + 1;
    if (active.size === 0 || active.has(year) || count < MIN_GAP) {
      for (let y = year; y <= to; y++) segments.push({ from: y, to: y, gap: false, weight: 1 });
    } else segments.push({ from: year, to, gap: true, weight: Math.min(0.8, 0.2 * count) });
    year = to + 1;
  }
  const total = segments.reduce((sum, s) => sum + s.weight, 0);
  const inner = width - 2 * padding;
  const placed: (Segment & { x1: number; x2: number; d1: number; d2: number })[] = [];
  let cursor = padding;
  for (const segment of segments) {
    const w = (segment.weight / total) * inner;
    placed.push({
      ...segment,
      x1: cursor,
      x2: cursor + w,
      d1: yearStart(segment.from),
      d2: yearStart(segment.to + 1),
    });
    cursor += w;
  }
  const x = (day: number): number => {
    const segment =
      placed.find((s) => day >= s.d1 && day < s.d2) ??
      (day < (placed[0]?.d1 ?? 0) ? placed[0] : placed.at(-1));
    if (!segment) return padding;
    return (
      segment.x1 + ((day - segment.d1) / (segment.d2 - segment.d1)) * (segment.x2 - segment.x1)
    );
  };

  const ticks = placed.map((s) => ({ year: s.from, x: s.x1 }));
  ticks.push({ year: last + 1, x: width - padding });
  const yearWidth = inner / total;
  const every = yearWidth >= 34 ? 1 : yearWidth >= 17 ? 2 : Math.ceil(34 / yearWidth);
  const labels: { text: string; x: number }[] = [];
  let index = 0;
  for (const s of placed) {
    if (s.gap) {
      const w = s.x2 - s.x1;
      if (w >= 34)
        labels.push({ text: w >= 76 ? `${s.from}–${s.to}` : `${s.from}…`, x: (s.x1 + s.x2) / 2 });
      index = 0;
    } else if (index++ % every === 0) labels.push({ text: String(s.from), x: (s.x1 + s.x2) / 2 });
  }
  const gaps = placed
    .filter((s) => s.gap)
    .map((s) => ({ from: s.from, to: s.to, x1: s.x1, x2: s.x2 }));

  const keys = [...(options.order ?? [])];
  for (const item of items)
    for (const lane of item.lanes) if (!keys.includes(lane)) keys.push(lane);
  const byLane = new Map<string, TimelineItem[]>();
  for (const item of items) {
    for (const lane of new Set(item.lanes)) {
      const list = byLane.get(lane);
      if (list) list.push(item);
      else byLane.set(lane, [item]);
    }
  }

  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  // Room for the year labels above the lanes.
  let y = TOP;
  for (const key of keys) {
    const list = byLane.get(key);
    if (!list) continue;
    const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    const rowEnds: number[] = [];
    const rows: { item: TimelineItem; row: number; x1: number; x2: number }[] = [];
    for (const item of sorted) {
      const x1 = x(item.start);
      // A span covers its last day; a single day is a point.
      const x2 = item.end > item.start ? x(item.end + 1) : x1;
      const left = x1 === x2 ? x1 - markSize / 2 : x1;
      const right = x1 === x2 ? x1 + markSize / 2 : Math.max(x2, x1 + markSize);
      let row = rowEnds.findIndex((end) => end + 2 <= left);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(right);
      } else rowEnds[row] = right;
      rows.push({ item, row, x1, x2 });
    }
    const height = labelHeight + rowEnds.length * rowHeight;
    for (const { item, row, x1, x2 } of rows) {
      marks.push({
        id: item.id,
        lane: key,
        x1,
        x2,
        y: y + labelHeight + row * rowHeight + rowHeight / 2,
      });
    }
    lanes.push({ key, y, height });
    y += height + 6;
  }
  const axisY = y;
  return { width, height: axisY + 24, axisY, ticks, labels, gaps, lanes, marks };
}
