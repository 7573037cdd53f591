import type { EventKind } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { labelOfId } from "../details/labelOf.js";
import { barText } from "../format/barText.js";
import { cleanLine } from "../text/cleanText.js";
import { fitWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { Footer, type Hint } from "./Footer.js";
import type { Line } from "./Line.js";
import { moveSelection } from "./moveSelection.js";
import { isWide, Panes } from "./Panes.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { timelineLines } from "./timelineLines.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";
import { sparkline, yearCounts } from "./yearCounts.js";

/** The next of `options` after `value`, wrapping round (undefined is "all"). */
function next<T>(options: readonly (T | undefined)[], value: T | undefined): T | undefined {
  return options[(options.indexOf(value) + 1) % options.length];
}

/**
 * The events of a country or a pair, in date order, grouped by year, with a
 * chart of events per year; `k` filters by kind, `o` by topic, `p` pairs the
 * country with each partner in turn.
 */
export function TimelineView({
  countries,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & { readonly countries: readonly string[] }) {
  const { relations, lang, nav, color } = useAppContext();
  const first = useMemo(() => {
    try {
      return relations.getCountry(countries[0] ?? "KR");
    } catch {
      return undefined;
    }
  }, [relations, countries]);
  const [pair, setPair] = useRemembered<string | undefined>(`${memoryKey}:pair`, countries[1]);
  const [kind, setKind] = useRemembered<string | undefined>(`${memoryKey}:kind`, undefined);
  const [topic, setTopic] = useRemembered<string | undefined>(`${memoryKey}:topic`, undefined);
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);

  const data = useMemo(() => {
    if (!first) return undefined;
    try {
      const pairCode = pair === undefined ? undefined : relations.getCountry(pair).id;
      const facets = relations.facets({ involves: pairCode ? [first.id, pairCode] : [first.id] });
      const partnerCodes = relations.facets({ involves: [first.id] }).partners.map((p) => p.value);
      return {
        pairCode,
        events: relations
          .timeline(first.id, pairCode, {
            ...(kind ? { kinds: [kind as EventKind] } : {}),
            ...(topic ? { topics: [topic] } : {}),
          })
          .map((entry) => entry.event),
        kinds: facets.kinds.map((f) => f.value).sort(),
        topics: facets.topics.map((f) => f.value).sort(),
        partners:
          pairCode && !partnerCodes.includes(pairCode) ? [pairCode, ...partnerCodes] : partnerCodes,
      };
    } catch {
      return undefined;
    }
  }, [relations, first, pair, kind, topic]);
  const events = data?.events ?? [];
  const index = Math.min(selected, Math.max(0, events.length - 1));
  const event = events[index];
  const wide = isWide(width);
  const counts = useMemo(() => yearCounts(events), [events]);

  useScreenKeys({
    isActive,
    onKey(input, key) {
      const moved = moveSelection(input, key, index, events.length, height - 4);
      if (moved !== undefined) {
        setSelected(moved);
        return true;
      }
      if (key.return) {
        if (event) nav.push({ kind: "detail", id: event.id });
        return true;
      }
      if (!data) return false;
      const reset = () => setSelected(0);
      switch (input) {
        case "k":
          setKind(next([undefined, ...data.kinds], kind));
          reset();
          return true;
        case "o":
          setTopic(next([undefined, ...data.topics], topic));
          reset();
          return true;
        case "p":
          setPair(next([undefined, ...data.partners], data.pairCode));
          setKind(undefined);
          setTopic(undefined);
          reset();
          return true;
        case "x":
          setKind(undefined);
          setTopic(undefined);
          reset();
          return true;
        case "t":
          nav.notify("This is the timeline; p pairs it with a partner.");
          return true;
        default:
          return false;
      }
    },
    evidence: () => (event ? { id: event.id } : undefined),
  });

  const hints: Hint[] = [
    ["↑↓", "move"],
    ["⏎", "open"],
    ["k", "kind"],
    ["o", "topic"],
    ["p", "pair"],
    ["x", "clear"],
    ["e", "evidence"],
    ["esc", "back"],
    ["q", "quit"],
  ];
  const name = first ? labelOfId(relations, first.id, lang) : cleanLine(countries[0] ?? "");
  const pairName = data?.pairCode ? labelOfId(relations, data.pairCode, lang) : undefined;
  const title = `Timeline: ${name}${pairName ? ` – ${pairName}` : ""} · ${events.length} event${events.length === 1 ? "" : "s"}`;
  const filters = `kind: ${kind ?? "all"} (k) · topic: ${topic ? labelOfId(relations, topic, lang) : "all"} (o) · pair: ${pairName ?? "none"} (p) · x clears`;

  const list = (w: number, h: number) => {
    const { lines, eventLine } = timelineLines(events, w, index, true, lang);
    const at = eventLine[index] ?? 0;
    const spark: Line | undefined =
      !wide && counts.length > 0
        ? [
            { text: `${counts[0]?.year} `, tone: "dim" },
            { text: truncate(sparkline(counts), Math.max(1, w - 30)), tone: "accent" },
            { text: ` ${counts.at(-1)?.year} · events per year`, tone: "dim" },
          ]
        : undefined;
    const body = spark ? [spark, ...lines] : lines;
    const shift = spark ? 1 : 0;
    return (
      <Box flexDirection="column" width={w} height={h}>
        {events.length === 0 ? (
          <Text dimColor wrap="truncate-end">
            {first
              ? "No events with these filters (x clears them)."
              : `Unknown country “${cleanLine(countries[0] ?? "")}”.`}
          </Text>
        ) : (
          <ScrollView
            lines={body}
            height={h}
            focus={[Math.max(0, at - 1 + shift), at + shift]}
            color={color}
          />
        )}
      </Box>
    );
  };

  const chart = (w: number, h: number) => {
    const max = Math.max(0, ...counts.map((c) => c.count));
    const barWidth = Math.max(4, w - 10);
    const lines: Line[] = counts.map((c) => [
      { text: `${c.year} `, tone: "dim" },
      { text: fitWidth(barText(c.count, max, barWidth), barWidth), tone: "accent" },
      { text: ` ${c.count}` },
    ]);
    return (
      <Box flexDirection="column" width={w} height={h}>
        <Text bold wrap="truncate-end">
          Events per year
        </Text>
        <ScrollView lines={lines} height={h - 1} color={color} />
      </Box>
    );
  };

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate(title, width)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {truncate(filters, width)}
      </Text>
      <Panes
        width={width}
        height={height - 3}
        focus="left"
        ratio={0.62}
        left={list}
        right={chart}
      />
      <Footer hints={hints} width={width} />
    </Box>
  );
}
