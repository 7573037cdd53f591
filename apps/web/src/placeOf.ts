/** Where the reader is on a page: an element that is there in either language, and how far down the window it stands. */
export interface Place {
  /** `data-keep` of the element, or its index among the page's blocks. */
  readonly key: string;
  /** The element's top relative to the window. */
  readonly top: number;
  readonly scrollY: number;
  /** The page's height, held while the same page is drawn again. */
  readonly height: number;
}

/** Elements a place can be anchored to; the same page in the other language has the same ones. */
const BLOCKS = "[data-keep], h1, h2, h3, p, li, dt, dd, tr, blockquote";

const visible = (rect: DOMRect, from: number) =>
  rect.height > 0 && rect.bottom > from && rect.top < innerHeight;

const keyOf = (el: Element, blocks: readonly Element[]) => {
  const keep = (el as HTMLElement).dataset.keep;
  return keep === undefined ? `#${blocks.indexOf(el)}` : keep;
};

/**
 * The place on the page in `main` the reader looks at: the highlighted
 * passage where it is in view, else the first block in view below `from`
 * (the bottom of the header that stays at the top of the window).
 */
export function placeOf(main: HTMLElement, from = 0): Place {
  const blocks = [...main.querySelectorAll(BLOCKS)];
  const base = { scrollY, height: main.offsetHeight };
  const target = main.querySelector(".target")?.closest("[data-keep]");
  if (target && visible(target.getBoundingClientRect(), from)) {
    return { key: keyOf(target, blocks), top: target.getBoundingClientRect().top, ...base };
  }
  for (const el of blocks) {
    const rect = el.getBoundingClientRect();
    if (visible(rect, from) && rect.top >= from)
      return { key: keyOf(el, blocks), top: rect.top, ...base };
  }
  return { key: "", top: 0, ...base };
}

/** Holds the page's height while it is drawn again, so that the window does not jump to the top. */
export function holdPlace(main: HTMLElement, place: Place): void {
  main.style.minHeight = `${place.height}px`;
}

/** Scrolls the page in `main` back to `place`: its element where it stood, else the same scroll offset. */
export function keepPlace(main: HTMLElement, place: Place): void {
  main.style.minHeight = "";
  const blocks = [...main.querySelectorAll(BLOCKS)];
  const el = place.key.startsWith("#")
    ? blocks[Number(place.key.slice(1))]
    : place.key === ""
      ? undefined
      : main.querySelector(`[data-keep="${place.key}"]`);
  if (el) window.scrollBy(0, el.getBoundingClientRect().top - place.top);
  else window.scrollTo(0, place.scrollY);
}
