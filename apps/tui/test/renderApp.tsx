import type { LabelLanguage, Relations } from "@korea-relations/core";
import type { ReadingText } from "@korea-relations/core/sources";
import { render } from "ink-testing-library";
import { vi } from "vitest";
import { App } from "../src/ui/App.js";
import { fixtureRelations, sourceText } from "./testData.js";

export interface Rendered {
  /** The last frame. */
  frame(): string;
  /** Writes the bytes of a key (or text) and waits for the frame it causes. */
  press(input: string, until?: (frame: string) => boolean): Promise<string>;
  /** Types text one key at a time. */
  type(text: string): Promise<string>;
  /** Waits until a frame satisfies `until`. */
  waitFor(until: (frame: string) => boolean): Promise<string>;
  resize(columns: number, rows: number): Promise<string>;
  quit: ReturnType<typeof vi.fn>;
  unmount(): void;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders the app over the fixture (or `relations`) at a terminal size, with
 * helpers that wait for frames rather than for time.
 */
export function renderApp(
  options: {
    relations?: Relations;
    columns?: number;
    rows?: number;
    lang?: LabelLanguage;
    color?: boolean;
    sourceText?: (id: string) => string | undefined;
    /** The reading texts (default: the dataset's, where one fits the article). */
    readingText?: (id: string, text: string) => ReadingText | undefined;
    query?: string;
    onCopy?: (text: string) => boolean;
  } = {},
): Rendered {
  const relations = options.relations ?? fixtureRelations();
  const quit = vi.fn();
  let size = { columns: options.columns ?? 100, rows: options.rows ?? 30 };
  const app = () => (
    <App
      relations={relations}
      sourceText={options.sourceText ?? sourceText}
      lang={options.lang ?? "en"}
      color={options.color ?? false}
      size={size}
      onQuit={quit}
      {...(options.query ? { query: options.query } : {})}
      {...(options.readingText ? { readingText: options.readingText } : {})}
      {...(options.onCopy ? { onCopy: options.onCopy } : {})}
    />
  );
  const ui = render(app());
  const listeners = new Set<() => void>();
  const write = ui.stdout.write;
  // Ink lays out to stdout's width: follow the simulated terminal's.
  Object.defineProperty(ui.stdout, "columns", { get: () => size.columns, configurable: true });
  ui.stdout.write = (frame: string) => {
    write(frame);
    for (const listener of listeners) listener();
  };
  ui.rerender(app());
  const frame = () => ui.lastFrame() ?? "";

  const waitFor = (until: (frame: string) => boolean, timeout = 5000) =>
    new Promise<string>((resolve, reject) => {
      if (until(frame())) {
        resolve(frame());
        return;
      }
      const timer = setTimeout(() => {
        listeners.delete(check);
        clearInterval(poll);
        reject(new Error(`No frame matched in ${timeout} ms. Last frame:\n${frame()}`));
      }, timeout);
      // Keys are handled after the frame of the previous one: check on each
      // frame, and now and then for what draws none (quitting).
      const poll = setInterval(check, 10);
      function check() {
        if (!until(frame())) return;
        clearTimeout(timer);
        clearInterval(poll);
        listeners.delete(check);
        resolve(frame());
      }
      listeners.add(check);
    });

  const press = async (input: string, until?: (frame: string) => boolean) => {
    const count = ui.frames.length;
    const before = frame();
    ui.stdin.write(input);
    const result = await waitFor(
      until ?? (() => ui.frames.length > count && frame() !== before),
      until ? 5000 : 1000,
    ).catch((error) => {
      if (until) throw error;
      return frame(); // a key that changes nothing on screen
    });
    await tick(); // let the new screen subscribe to the keys
    return result;
  };

  return {
    frame,
    press,
    async type(text: string) {
      for (const char of text) await press(char);
      return frame();
    },
    waitFor,
    async resize(columns: number, rows: number) {
      size = { columns, rows };
      ui.rerender(app());
      await tick();
      return frame();
    },
    quit,
    unmount: () => ui.unmount(),
  };
}
