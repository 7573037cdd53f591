import type { LabelLanguage, Relations } from "@korea-relations/core";
import { render } from "ink";
import { App } from "./App.js";

const ENTER_ALT_SCREEN = "\u001b[?1049h\u001b[2J\u001b[H";
const LEAVE_ALT_SCREEN = "\u001b[?25h\u001b[?1049l";

export interface TuiOptions {
  readonly relations: Relations;
  readonly sourceText: (id: string) => string | undefined;
  readonly lang: LabelLanguage;
  readonly color: boolean;
}

/**
 * Runs the UI full screen on the terminal (the alternate screen, restored on
 * exit) and resolves with the exit code when the user quits.
 */
export async function runTui(options: TuiOptions): Promise<number> {
  const { stdout } = process;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE_ALT_SCREEN);
  };
  stdout.write(ENTER_ALT_SCREEN);
  process.once("exit", restore);
  const instance = render(
    <App
      relations={options.relations}
      sourceText={options.sourceText}
      lang={options.lang}
      color={options.color}
    />,
    {
      exitOnCtrlC: false,
      patchConsole: true,
      // Ink caps frames at 30 per second by default: a key pressed within 33 ms
      // of the last frame would wait. Draw every key's frame at once.
      maxFps: 1000,
    },
  );
  // Build the search index while the user reads the first frame.
  setTimeout(() => {
    options.relations.search("Südkorea");
    options.relations.search("Kang Kyung-wha");
  }, 0);
  try {
    await instance.waitUntilExit();
  } finally {
    restore();
  }
  return 0;
}
