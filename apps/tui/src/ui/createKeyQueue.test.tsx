import { Text } from "ink";
import { render } from "ink-testing-library";
import { useMemo, useState } from "react";
import { describe, expect, it } from "vitest";
import { createKeyDecoder } from "./createKeyDecoder.js";
import { createKeyQueue, type KeyQueue } from "./createKeyQueue.js";
import type { KeyEvent } from "./KeyPress.js";
import { useTerminalKeys } from "./useTerminalKeys.js";

const keysOf = (text: string): KeyEvent[] => createKeyDecoder().push(text);
const idle = () => new Promise((resolve) => setTimeout(resolve, 10));
/** Waits until `done` holds (5 s at most), then a little more for keys that should not come. */
async function until(done: () => boolean) {
  const end = Date.now() + 5000;
  while (!done() && Date.now() < end) await idle();
  await idle();
}

describe("createKeyQueue", () => {
  it("hands keys in order, each to the handler of the screen the previous key left", async () => {
    const queue = createKeyQueue();
    const seen: string[] = [];
    queue.setHandler((input) => {
      seen.push(`first:${input}`);
      queue.setHandler((i) => seen.push(`second:${i}`));
    });
    queue.push(keysOf("abc"));
    await until(() => seen.length >= 3);
    expect(seen).toEqual(["first:a", "second:b", "second:c"]);
  });

  it("gives a focused text box a run of typed characters at once, other screens one key each", async () => {
    const queue = createKeyQueue();
    const seen: string[] = [];
    queue.setHandler((input, key) => seen.push(key.return ? "⏎" : input), true);
    queue.push(keysOf("Kang\rnn"));
    await until(() => seen.length >= 3);
    expect(seen).toEqual(["Kang", "⏎", "nn"]);
    seen.length = 0;
    queue.setHandler((input) => seen.push(input), false);
    queue.push(keysOf("nnnnn"));
    await until(() => seen.length >= 5);
    expect(seen).toEqual(["n", "n", "n", "n", "n"]);
  });

  it("lets an interceptor take keys before the screen (Ctrl-Z)", async () => {
    const taken: string[] = [];
    const queue = createKeyQueue({
      intercept: (input, key) => key.ctrl && input === "z" && taken.push("z") > 0,
    });
    const seen: string[] = [];
    queue.setHandler((input) => seen.push(input));
    queue.push(keysOf("a\u001ab"));
    await until(() => seen.length >= 2);
    expect([taken, seen]).toEqual([["z"], ["a", "b"]]);
  });
});

/** A screen whose handler reads its state from the render, as every screen's does. */
function Counter({ queue }: { readonly queue: KeyQueue }) {
  const [count, setCount] = useState(0);
  useTerminalKeys(queue);
  queue.setHandler((input, key) => {
    if (key.downArrow || input === "n") setCount(count + 1);
  });
  return <Text>count {count}</Text>;
}

function App() {
  const queue = useMemo(() => createKeyQueue(), []);
  return <Counter queue={queue} />;
}

describe("keys in one read, through React", () => {
  it.each([
    ["100 ↓ in one read", "\u001b[B".repeat(100), 100],
    ["100 n in one read", "n".repeat(100), 100],
    ["a mix, with sequences Ink crashed on", "\u001b[1;5Pn\u001b[0m\u001b[B\u001b[0Kn\u001b[5x", 3],
  ])("counts every key: %s", async (_name, bytes, count) => {
    const ui = render(<App />);
    ui.stdin.write(bytes);
    await until(() => ui.lastFrame() === `count ${count}`);
    expect(ui.lastFrame()).toBe(`count ${count}`);
    ui.unmount();
  });

  it("counts keys that come in many reads close together", async () => {
    const ui = render(<App />);
    for (let i = 0; i < 50; i++) ui.stdin.write(i % 2 ? "n" : "\u001b[B");
    await until(() => ui.lastFrame() === "count 50");
    expect(ui.lastFrame()).toBe("count 50");
    ui.unmount();
  });
});
