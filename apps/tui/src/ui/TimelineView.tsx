import {
  type EventFilter,
  type EventKind,
  eventKindName,
  type TimelineEntry,
} from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { dateText } from "../details/dateText.js";
import { labelText } from "../details/labelText.js";
import { barText } from "../format/barText.js";
import { cleanLine } from "../text/cleanText.js";
import { fitWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { FilterBox, showsFilter } from "./FilterBox.js";
import { Footer } from "./Footer.js";
import type { Action, KeyContext } from "./keyBindings.js";
import type { Line } from "./Line.js";
import { LineView } from "./LineView.js";
import { moveInList, shownSelection } from "./moveInList.js";
import { moveSelection } from "./moveSelection.js";
import { isWide, Panes } from "./Panes.js";
import { type Choice, Picker, type PickerState, pickerChoices } from "./Picker.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { sparkline } from "./sparkline.js";
import { EMPTY_INPUT, editText, typeText } from "./textInput.js";
import { timelineLayout } from "./timelineLines.js";
import { useListFilter } from "./useListFilter.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/** Which filter a picker chooses. */
type PickerKind = "kind" | "topic" | "pair";

const PICKER_TITLES: Record<PickerKind, string> = {
  kind: "Filter by kind",
  topic: "Filter by topic",
  pair: "Pair with a partner (countries that are parties with it)",
};

/**
 * The events of a country or a pair, as a party or about it, in date order,
 * grouped by year, with a chart of events per year (every year from the
 * first to the last, empty ones too). The filters come from core's
 * `facets`: `c` picks a kind, `o` a topic, `p` a partner to pair with (each
 * with its count of events); `x` clears them all; `/` filters by text.
 */
export function TimelineView({
  countries,
  only: onlyAtStart,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & {
  readonly countries: readonly string[];
  /** Only these events (a barometer period's), until `x`. */
  readonly only?: { readonly title: string; readonly ids: readonly string[] };
}) {
  const { relations, lang, nav, color } = useAppContext();
  const first = useMemo(() => {
    try {
      return relations.getCountry(countries[0] ?? "KR");
    } catch {
      return undefined;
    }
  }, [relations, countries]);
  const [pair, setPair] = useRemembered<string | undefined>(`${memoryKey}:pair`, countries[1]);
  const [kind, setKind] = useRemembered<EventKind | undefined>(`${memoryKey}:kind`, undefined);
  const [topic, setTopic] = useRemembered<string | undefined>(`${memoryKey}:topic`, undefined);
  const [only, setOnly] = useRemembered(`${memoryKey}:only`, onlyAtStart);
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [picker, setPicker] = useRemembered<
    (PickerState & { readonly kind: PickerKind }) | undefined
  >(`${memoryKey}:picker`, undefined);

  const data = useMemo(() => {
    if (!first) return undefined;
    try {
      const pairCode = pair === undefined ? undefined : relations.getCountry(pair).id;
      const own = pairCode && pairCode !== first.id ? [first.id, pairCode] : [first.id];
      const filters: Omit<EventFilter, "countries" | "involves"> = {
        ...(kind ? { kinds: [kind] } : {}),
        ...(topic ? { topics: [topic] } : {}),
      };
      const all = relations.timeline(first.id, own[1], filters);
      const ids = only ? new Set(only.ids) : undefined;
      return {
        pairCode: own[1],
        entries: ids ? all.filter((e) => ids.has(e.event.id)) : all,
        years: relations.facets({ involves: own, ...filters }).years,
        own,
      };
    } catch {
      return undefined;
    }
  }, [relations, first, pair, kind, topic, only]);
  const entries = data?.entries ?? [];
  const texts = useMemo(
    () => () =>
      entries.map(
        (e) =>
          `${dateText(e.event.date)} ${labelText(relations, e.event, lang)} ${eventKindName(e.event.kind, lang)}`,
      ),
    [entries, relations, lang],
  );
  const filter = useListFilter(memoryKey, texts, undefined, entries.length);
  const filtered = showsFilter(filter);
  const layout = useMemo(
    () => timelineLayout(entries, filtered ? filter.kept : undefined),
    [entries, filtered, filter.kept],
  );
  const index = shownSelection(Math.min(selected, entries.length - 1), filter.kept);
  const entry = entries[index];
  const wide = isWide(width);

  /** The choices of a picker, from core's facets of the events without that filter. */
  const choicesOf = (which: PickerKind): Choice[] => {
    if (!first || !data) return [];
    const base = {
      ...(which !== "kind" && kind ? { kinds: [kind] } : {}),
      ...(which !== "topic" && topic ? { topics: [topic] } : {}),
    };
    if (which === "pair") {
      const facets = relations.facets({ countries: [first.id], ...base });
      return [
        { value: undefined, label: "No pair: every event of the country" },
        ...facets.partners.map((f) => ({
          value: f.value as string,
          label: labelText(relations, f.value, lang),
          count: f.count,
        })),
      ];
    }
    const facets = relations.facets({ involves: data.own, ...base });
    const list =
      which === "kind"
        ? facets.kinds.map((f) => ({
            value: f.value as string,
            label: eventKindName(f.value, lang),
            count: f.count,
          }))
        : facets.topics.map((f) => ({
            value: f.value as string,
            label: labelText(relations, f.value, lang),
            count: f.count,
          }));
    return [{ value: undefined, label: `All (${facets.total})`, count: facets.total }, ...list];
  };
  const choices = picker ? choicesOf(picker.kind) : [];
  const shownChoices = picker ? pickerChoices(choices, picker.input.text) : [];

  const choose = (which: PickerKind, value: string | undefined) => {
    if (which === "kind") setKind(value as EventKind | undefined);
    else if (which === "topic") setTopic(value);
    else setPair(value);
    setSelected(0);
  };

  const context: KeyContext = picker ? "picker" : filter.editing ? "filter" : "timeline";
  const disabled = new Set<Action>([
    ...(showsFilter(filter) || picker ? [] : (["cancel"] as const)),
    "timeline",
    ...(entry ? [] : (["evidence", "copy"] as const)),
    ...(kind || topic || only || data?.pairCode ? [] : (["clear-filters"] as const)),
  ]);
  const page = Math.max(1, height - 5);

  useScreenKeys({
    isActive,
    context,
    disabled,
    onText(text) {
      if (picker) setPicker({ ...picker, input: typeText(picker.input, text), selected: 0 });
      else filter.onText(text);
    },
    onAction(action) {
      if (picker) {
        const moved = moveSelection(action, picker.selected, shownChoices.length, page);
        if (moved !== undefined) setPicker({ ...picker, selected: moved });
        else if (action === "accept") {
          const choice = shownChoices[picker.selected];
          if (choice) choose(picker.kind, choice.value);
          setPicker(undefined);
        } else if (action === "cancel") setPicker(undefined);
        else {
          const edited = editText(picker.input, action);
          if (!edited) return false;
          setPicker({ ...picker, input: edited, selected: 0 });
        }
        return true;
      }
      if (filter.onAction(action)) return true;
      if (action === "filter") {
        filter.open();
        return true;
      }
      const moved = moveInList(action, index, filter.kept, page);
      if (moved !== undefined) {
        setSelected(moved);
        return true;
      }
      switch (action) {
        case "open":
          if (entry) nav.push({ kind: "detail", id: entry.event.id });
          return true;
        case "kind":
        case "topic":
        case "pair": {
          if (!data) return true;
          const current = action === "kind" ? kind : action === "topic" ? topic : data.pairCode;
          const at = Math.max(
            0,
            choicesOf(action).findIndex((c) => c.value === current),
          );
          setPicker({ kind: action, input: EMPTY_INPUT, selected: at });
          return true;
        }
        case "clear-filters":
          setKind(undefined);
          setTopic(undefined);
          setPair(undefined);
          setOnly(undefined);
          setSelected(0);
          return true;
        default:
          return false;
      }
    },
    evidence: () => (entry ? { id: entry.event.id } : undefined),
    brief: () => data?.own ?? (first ? [first.id] : undefined),
    copy: () => entry?.event.id,
  });

  const name = first ? labelText(relations, first, lang) : cleanLine(countries[0] ?? "");
  const pairName = data?.pairCode ? labelText(relations, data.pairCode, lang) : undefined;
  const about = entries.filter((e) => e.role === "about").length;
  const title = `Timeline: ${name}${pairName ? ` – ${pairName}` : ""}${only ? ` · ${cleanLine(only.title)}` : ""} · ${entries.length} event${entries.length === 1 ? "" : "s"}${about > 0 ? ` (${about} about ${pairName ? "them" : "it"}, not as a party)` : ""}`;
  const filters = `kind: ${kind ? eventKindName(kind, lang) : "all"} (c) · topic: ${topic ? labelText(relations, topic, lang) : "all"} (o) · pair: ${pairName ?? "none"} (p) · x clears`;
  const years = data?.years ?? [];

  const label = (e: TimelineEntry) => labelText(relations, e.event, lang);
  const list = (w: number, h: number) => {
    if (picker)
      return (
        <Picker
          title={`${PICKER_TITLES[picker.kind]} · ${shownChoices.length} choice${shownChoices.length === 1 ? "" : "s"}`}
          choices={choices}
          current={picker.kind === "kind" ? kind : picker.kind === "topic" ? topic : data?.pairCode}
          state={picker}
          width={w}
          height={h}
          color={color}
        />
      );
    const at = layout.entryLine.get(index) ?? 0;
    const lines = layout.lines({ width: w, selected: index, focused: true, label, lang });
    const spark: Line | undefined =
      !wide && years.length > 0
        ? [
            { text: `${years[0]?.value} `, tone: "dim" },
            { text: truncate(sparkline(years), Math.max(1, w - 30)), tone: "accent" },
            { text: ` ${years.at(-1)?.value} · events per year`, tone: "dim" },
          ]
        : undefined;
    const box = showsFilter(filter) ? (
      <FilterBox filter={filter} total={entries.length} width={w} color={color} />
    ) : undefined;
    const bodyHeight = h - (spark ? 1 : 0) - (box ? 1 : 0);
    return (
      <Box flexDirection="column" width={w} height={h}>
        {box}
        {spark ? <LineView line={spark} color={color} /> : null}
        {entries.length === 0 || filter.kept.length === 0 ? (
          <Text dimColor wrap="truncate-end">
            {!first
              ? `Unknown country “${cleanLine(countries[0] ?? "")}”.`
              : entries.length === 0
                ? "No events with these filters (x clears them)."
                : "No event matches the filter (Esc clears it)."}
          </Text>
        ) : (
          <ScrollView
            lines={lines}
            height={bodyHeight}
            focus={[Math.max(0, at - 1), at]}
            color={color}
          />
        )}
      </Box>
    );
  };

  const chart = (w: number, h: number) => {
    const max = Math.max(0, ...years.map((c) => c.count));
    const barWidth = Math.max(4, w - 12);
    const lines: Line[] = years.map((c) => [
      { text: `${c.value} `, tone: "dim" },
      { text: fitWidth(barText(c.count, max, barWidth), barWidth), tone: "accent" },
      { text: ` ${c.count}`, ...(c.count === 0 ? { tone: "dim" as const } : {}) },
    ]);
    return (
      <Box flexDirection="column" width={w} height={h}>
        <Text bold wrap="truncate-end">
          {truncate(
            `Events per year${years.length > 0 ? ` (${years[0]?.value}–${years.at(-1)?.value})` : ""}`,
            w,
          )}
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
      <Footer context={context} disabled={disabled} width={width} />
    </Box>
  );
}
