import type { Relations } from "@korea-relations/core";
import { Box, Text, useApp } from "ink";
import { type ReactNode, useEffect, useState } from "react";
import { cleanLine } from "../text/cleanText.js";
import { truncate } from "../text/truncate.js";
import { prepareInIdle } from "./prepareInIdle.js";
import { useTerminalSize } from "./useTerminalSize.js";

/** A dataset the UI reads after its first frame (`--data`). */
export interface LoadedDataset {
  readonly relations: Relations;
  readonly sourceText: (id: string) => string | undefined;
}

/**
 * Shows "Loading …" at once, then reads and checks the dataset (which
 * blocks for as long as it takes) and draws `children` over it; a dataset
 * that does not hold ends the UI with its error (the caller prints it).
 */
export function DataLoader({
  name,
  load,
  children,
}: {
  readonly name: string;
  readonly load: () => LoadedDataset;
  readonly children: (data: LoadedDataset) => ReactNode;
}) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [data, setData] = useState<LoadedDataset | undefined>(undefined);
  useEffect(() => {
    let stopPreparing: (() => void) | undefined;
    // After the first frame is on screen.
    const timer = setTimeout(() => {
      try {
        const loaded = load();
        setData(loaded);
        // Build the search index while the user reads the first screen.
        stopPreparing = prepareInIdle(loaded.relations);
      } catch (error) {
        exit(error instanceof Error ? error : new Error(String(error)));
      }
    }, 10);
    return () => {
      clearTimeout(timer);
      stopPreparing?.();
    };
  }, [load, exit]);
  if (data) return <>{children(data)}</>;
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Text bold wrap="truncate-end">
        {truncate(`korea-relations › loading ${cleanLine(name)} …`, columns)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {truncate("Reading and checking every record; Ctrl-C quits once it is read.", columns)}
      </Text>
    </Box>
  );
}
