import { LayoutCache } from './layout-cache.js';
import type { ChartWindow } from './controllers/chart-window-controller.js';
import type { TextMeasures } from './controllers/text-metrics-controller.js';
import { displayWall, formatEventDate, formatViewRange } from '../../format/dates.js';
import { metricsStyle } from '../../layout/metrics.js';
import type { EraLayout, MarkerLayout, NoteLayout, RailLayout, TimelineLayout } from '../../layout/types.js';
import { filterStory, shownSelection, speakersOf, type TimelineFilter } from '../../layout/filter.js';
import { inWindow } from '../../layout/vertical.js';
import { firstEventInView, storyExtent, type TimeSpan } from '../../layout/view.js';
import { memo } from '../../memo.js';
import type { Pack } from '../../i18n/messages.js';
import {
  defaultStrings,
  englishPack,
  stringsFromPack,
  type StringOverrides,
  type TimelineStrings,
} from '../../strings.js';
import { displayTimeZone, firstLocale } from '../../story/locale.js';
import type { Story, StoryEvent } from '../../story/types.js';
import type { QuoteCardOptions } from '../quote-card/quote-card.js';
import type { MarkerToDraw } from './parts/stems.js';

/** What the timeline is given: its properties, and what the page and the reader decide. */
export interface TimelineInputs {
  story: Story;
  selectedId: string | undefined;
  /** What is shown: all when undefined. */
  filter: TimelineFilter | undefined;
  /** The interface strings: a language pack with the page's `strings` over it (see `mergeStrings`). */
  strings: TimelineStrings;
  /** The `locale` (else the element's `lang`) and `time-zone` attributes. */
  locale: string | undefined;
  timeZone: string | undefined;
  pageLang: string;
  width: number;
  rtl: boolean;
  /** Counts changes of the text's fonts, size or spacing: text is measured again after each. */
  textChanges: number;
  /** Vertical: the part of the chart near the reader's view, in pixels from its top. */
  window: ChartWindow;
  /** The view the reader has zoomed to, if any, and whether a gesture is under way. */
  view: TimeSpan | undefined;
  gesturing: boolean;
}

/** Vertical: what is drawn of the chart's background and notes, near the reader's view. */
export interface ChartWindowContents extends ChartWindow {
  eras: readonly EraLayout[];
  rail: readonly RailLayout[];
  notes: readonly NoteLayout[];
}

/** What the story on screen derives to. */
export interface TimelineState {
  /** The story as filtered: what is drawn, counted and stepped through. */
  story: Story;
  /** The story before filtering: every category and speaker has its toggle. */
  unfiltered: Story;
  speakers: readonly string[];
  /** The filter hides every event (`story` is then the unfiltered story, drawn nowhere). */
  empty: boolean;
  /** The selected event; where a filter hid the one asked for, the shown event nearest to it. */
  selected: StoryEvent;
  strings: TimelineStrings;
  locale: string | undefined;
  timeZone: string;
  rtl: boolean;
  /** A drag, pinch or wheel is under way. */
  gesturing: boolean;
  layout: TimelineLayout;
  /** The whole story's first view (where zoom's reset goes): filters leave it, and the view, alone. */
  firstView: TimeSpan;
  /**
   * The markers to draw: those in view (vertical: the rows near the reader's view), and the
   * selected one, which holds the tab stop, wherever it is.
   */
  markersToDraw: readonly MarkerToDraw[];
  /** Vertical: the rest of the chart near the reader's view. */
  chartWindow: ChartWindowContents | undefined;
  /** The sizes the layout used, as CSS custom properties for the styles. */
  sizes: Record<string, string>;
  dateOf: (event: StoryEvent) => string;
  quoteOptions: QuoteCardOptions;
}

/** The strings of a language pack, with a page's `strings` over them (written for `locale`). */
export function mergeStrings(inputs: {
  pack: Pack;
  language: string;
  strings: StringOverrides | undefined;
  locale: string | undefined;
}): TimelineStrings {
  const { pack, language, strings, locale } = inputs;
  return pack === englishPack && !strings
    ? defaultStrings
    : stringsFromPack(pack, language, strings, locale ?? language);
}

/**
 * Derives everything the timeline draws from its inputs. Each step is remembered for its own
 * inputs (see `memo`), so a zoom frame lays out again but formats no date twice, and nothing
 * depends on a list of inputs kept by hand.
 */
export class TimelineStateDeriver {
  readonly #layouts = new LayoutCache();
  readonly #measure: (page: { width: number; rtl: boolean; textChanges: number }) => TextMeasures;

  /** `measure` reads the fonts in force: again only when width, direction or fonts change. */
  constructor(measure: () => TextMeasures) {
    this.#measure = memo(() => measure());
  }

  /** The view a reader first sees of a story. */
  initialView(story: Story): TimeSpan {
    return this.#layouts.initialView({ story });
  }

  derive(inputs: TimelineInputs): TimelineState {
    const { story: unfiltered, width, rtl } = inputs;
    const shown = this.#filtered({ unfiltered, filter: inputs.filter });
    const empty = shown.events.length === 0;
    const story = empty ? unfiltered : shown;
    const { strings } = inputs;
    const locale = firstLocale(inputs.locale, story.locale, inputs.pageLang);
    const timeZone = this.#displayTimeZone({ asked: inputs.timeZone, story });
    const asked = inputs.selectedId !== undefined ? unfiltered.eventById.get(inputs.selectedId) : undefined;
    const selected = (asked && shownSelection(story, asked)) ?? this.#firstSelected({ story, unfiltered });
    const measures = this.#measure({ width, rtl, textChanges: inputs.textChanges });
    const { view, gesturing } = inputs;
    const dateOf = this.#dates({ story, locale, timeZone, approximately: strings.approximately });
    const layout = this.#layouts.layoutFor({
      story,
      extent: this.#extent({ story: unfiltered }),
      width,
      locale,
      rtl,
      selectedId: selected.id,
      measures,
      view,
      gesturing,
      dateOf,
      later: strings.later,
      displayWall: this.#displayWall({ story, timeZone }),
    });
    const window = this.#window({ layout, ...inputs.window });
    return {
      story,
      unfiltered,
      speakers: this.#speakers({ story: unfiltered }),
      empty,
      selected,
      strings,
      locale,
      timeZone,
      rtl,
      gesturing,
      layout,
      // Of the whole story: zoom keeps its span, so a filter never moves the view by itself.
      firstView: this.#layouts.initialView({ story: unfiltered }),
      markersToDraw: this.#markersToDraw({ layout, story, selectedId: selected.id, window }),
      chartWindow: window,
      sizes: this.#sizes({ metrics: layout.metrics }),
      dateOf,
      quoteOptions: this.#quoteOptions({ story, strings, locale, timeZone }),
    };
  }

  readonly #filtered = memo(({ unfiltered, filter }: { unfiltered: Story; filter: TimelineFilter | undefined }) =>
    filterStory(unfiltered, filter),
  );
  readonly #speakers = memo(({ story }: { story: Story }) => speakersOf(story));
  /** The unfiltered story's span: filtering keeps the view where the reader has it. */
  readonly #extent = memo(({ story }: { story: Story }) => storyExtent(story));

  readonly #firstSelected = memo(({ story, unfiltered }: { story: Story; unfiltered: Story }) =>
    firstEventInView(story, this.#layouts.initialView({ story: unfiltered }))!,
  );

  readonly #displayTimeZone = memo(displayTimeZone);

  readonly #dates = memo(
    (format: {
      story: Story;
      locale: string | undefined;
      timeZone: string;
      approximately: (date: string) => string;
    }) => {
      // Once per event, and once per date: events of one day share their label (a vertical timeline
      // of thousands of rows formats every row's date).
      // Weak: a cluster's name asks for spans of its own, made for one render.
      const labels = new WeakMap<StoryEvent, string>();
      const byDate = new Map<string, string>();
      return (event: StoryEvent) => {
        let label = labels.get(event);
        if (label === undefined) {
          const key =
            `${event.start.text} ${event.start.precision} ${event.end?.text} ${event.end?.precision} ` +
            `${event.approximate} ${event.displayDate}`;
          label = byDate.get(key);
          if (label === undefined) byDate.set(key, (label = formatEventDate(event, format)));
          labels.set(event, label);
        }
        return label;
      };
    },
  );

  readonly #quoteOptions = memo((options: QuoteCardOptions) => options);

  /** How quotes are written, without laying the story out: for cards linked to a timeline not drawn yet. */
  quoteOptions(
    inputs: Pick<TimelineInputs, 'story' | 'strings' | 'locale' | 'timeZone' | 'pageLang'>,
  ): QuoteCardOptions {
    const { story } = inputs;
    const locale = firstLocale(inputs.locale, story.locale, inputs.pageLang);
    const timeZone = this.#displayTimeZone({ asked: inputs.timeZone, story });
    return this.#quoteOptions({ story, strings: inputs.strings, locale, timeZone });
  }

  readonly #displayWall = memo(
    ({ story, timeZone }: { story: Story; timeZone: string }) =>
      (event: StoryEvent) =>
        displayWall(event.start, timeZone, story.timeZone),
  );

  /** Vertical: what lies in the window, found by binary search (rows, notes and rail are in order). */
  readonly #window = memo(
    ({ layout, top, bottom }: { layout: TimelineLayout } & ChartWindow): ChartWindowContents | undefined => {
      if (layout.orientation !== 'vertical') return undefined;
      return {
        top,
        bottom,
        eras: layout.eras.filter((era) => era.to >= top && era.from <= bottom),
        rail: inWindow(
          layout.rail,
          top,
          bottom,
          (part) => part.from,
          (part) => part.to,
        ),
        notes: inWindow(
          layout.notes,
          top,
          bottom,
          (note) => note.top,
          (note) => note.top + note.height,
        ),
      };
    },
  );

  readonly #markersToDraw = memo(
    ({
      layout,
      story,
      selectedId,
      window,
    }: {
      layout: TimelineLayout;
      story: Story;
      selectedId: string;
      window: ChartWindowContents | undefined;
    }) => {
      const toDraw = (marker: MarkerLayout) => ({ marker, event: story.eventById.get(marker.eventId)! });
      if (!window)
        return layout.markers.flatMap((marker) =>
          marker.visible || marker.eventId === selectedId ? [toDraw(marker)] : [],
        );
      // Rows are in the story's order: the selected row is the selected event's, near or far.
      const rows = inWindow(
        layout.markers,
        window.top,
        window.bottom,
        (row) => row.top,
        (row) => row.top + row.height,
      );
      const selected = layout.markers[story.eventById.get(selectedId)!.index]!;
      if (rows.includes(selected)) return rows.map(toDraw);
      return (selected.top < (rows[0]?.top ?? Infinity) ? [selected, ...rows] : [...rows, selected]).map(toDraw);
    },
  );

  readonly #sizes = memo(({ metrics }: { metrics: TimelineLayout['metrics'] }) => metricsStyle(metrics));
}

/** True where the event's marker is drawn and in view. */
export const isMarkerDrawn = (state: TimelineState | undefined, eventId: string): boolean =>
  state?.markersToDraw.some(({ event, marker }) => marker.visible && event.id === eventId) ?? false;

/** What a screen reader is told of the view once the reader has zoomed or panned: when, and how much. */
export function viewAnnouncement(state: TimelineState | undefined): string | undefined {
  if (state?.layout.orientation !== 'horizontal') return undefined;
  const { layout, strings, story, locale } = state;
  const total = story.events.length;
  const shown = total - layout.offscreen.before.length - layout.offscreen.after.length;
  return strings.viewChanged(formatViewRange(layout.view, locale), shown, total);
}
