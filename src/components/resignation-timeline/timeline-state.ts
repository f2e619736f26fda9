import { LayoutController } from '../../controllers/layout-controller.js';
import type { TextMeasures } from '../../controllers/text-metrics-controller.js';
import { formatEventDate, formatViewRange } from '../../format/dates.js';
import { metricsStyle } from '../../layout/metrics.js';
import type { TimelineLayout } from '../../layout/types.js';
import { firstEventInView, type TimeSpan } from '../../layout/view.js';
import { memo } from '../../memo.js';
import { defaultStrings, type TimelineStrings } from '../../strings.js';
import { isTimeZone } from '../../story/dates.js';
import { firstLocale } from '../../story/locale.js';
import type { Story, StoryEvent } from '../../story/types.js';
import type { QuoteCardOptions } from '../quote-card/quote-card.js';
import type { DrawnMarker } from './parts/stems.js';

/** What the timeline is given: its properties, and what the page and the reader decide. */
export interface TimelineInputs {
  story: Story;
  selectedId: string | undefined;
  strings: Partial<TimelineStrings> | undefined;
  /** The `locale` and `time-zone` attributes. */
  locale: string | undefined;
  timeZone: string | undefined;
  pageLang: string;
  width: number;
  rtl: boolean;
  /** Counts web-font loads: text is measured again after each. */
  fontsLoaded: number;
  /** The view the reader has zoomed to, if any, and whether a gesture is under way. */
  view: TimeSpan | undefined;
  gesturing: boolean;
}

/** What the story on screen derives to. */
export interface TimelineState {
  story: Story;
  selected: StoryEvent;
  strings: TimelineStrings;
  locale: string | undefined;
  timeZone: string;
  rtl: boolean;
  /** A drag, pinch or wheel is under way. */
  gesturing: boolean;
  layout: TimelineLayout;
  /** The markers to draw: those in view, and the selected one, which holds the tab stop. */
  drawn: readonly DrawnMarker[];
  /** The sizes the layout used, as CSS custom properties for the styles. */
  sizes: Record<string, string>;
  dateOf: (event: StoryEvent) => string;
  quoteOptions: QuoteCardOptions;
}

export const mergeStrings = memo(({ strings }: { strings: Partial<TimelineStrings> | undefined }) =>
  strings ? { ...defaultStrings, ...strings } : defaultStrings,
);

/**
 * Derives everything the timeline draws from its inputs. Each step is remembered for its own
 * inputs (see `memo`), so a zoom frame lays out again but formats no date twice, and nothing
 * depends on a list of inputs kept by hand.
 */
export class TimelineStateDeriver {
  readonly #layouts = new LayoutController();
  readonly #measure: (page: { width: number; rtl: boolean; fontsLoaded: number }) => TextMeasures;

  /** `measure` reads the fonts in force: again only when width, direction or fonts change. */
  constructor(measure: () => TextMeasures) {
    this.#measure = memo(() => measure());
  }

  /** The view a reader first sees of a story. */
  initialView(story: Story): TimeSpan {
    return this.#layouts.initialView({ story });
  }

  derive(inputs: TimelineInputs): TimelineState {
    const { story, width, rtl } = inputs;
    const strings = mergeStrings({ strings: inputs.strings });
    const locale = firstLocale(inputs.locale, story.locale, inputs.pageLang);
    const timeZone = this.#displayTimeZone({ asked: inputs.timeZone, story });
    const selected = (inputs.selectedId !== undefined ? story.eventById.get(inputs.selectedId) : undefined) ?? this.#firstSelected({ story });
    const measures = this.#measure({ width, rtl, fontsLoaded: inputs.fontsLoaded });
    const { view, gesturing } = inputs;
    const layout = this.#layouts.layoutFor({ story, width, locale, rtl, selectedId: selected.id, measures, view, gesturing });
    return {
      story,
      selected,
      strings,
      locale,
      timeZone,
      rtl,
      gesturing,
      layout,
      drawn: this.#drawn({ layout, story, selectedId: selected.id }),
      sizes: this.#sizes({ metrics: layout.metrics }),
      dateOf: this.#dates({ story, locale, timeZone, approximately: strings.approximately }),
      quoteOptions: this.#quoteOptions({ story, strings, locale, timeZone }),
    };
  }

  readonly #firstSelected = memo(({ story }: { story: Story }) => firstEventInView(story, this.#layouts.initialView({ story }))!);

  readonly #displayTimeZone = memo(({ asked, story }: { asked: string | undefined; story: Story }) => {
    const zone = asked === 'reader' ? new Intl.DateTimeFormat().resolvedOptions().timeZone : asked;
    return zone && isTimeZone(zone) ? zone : story.timeZone;
  });

  readonly #dates = memo((format: { story: Story; locale: string | undefined; timeZone: string; approximately: (date: string) => string }) => {
    const labels = new Map<StoryEvent, string>();
    return (event: StoryEvent) => {
      let label = labels.get(event);
      if (label === undefined) labels.set(event, (label = formatEventDate(event, format)));
      return label;
    };
  });

  readonly #quoteOptions = memo((options: QuoteCardOptions) => options);

  readonly #drawn = memo(({ layout, story, selectedId }: { layout: TimelineLayout; story: Story; selectedId: string }) =>
    layout.markers.flatMap((marker) => (marker.visible || marker.eventId === selectedId ? [{ marker, event: story.eventById.get(marker.eventId)! }] : [])),
  );

  readonly #sizes = memo(({ metrics }: { metrics: TimelineLayout['metrics'] }) => metricsStyle(metrics));
}

/** What a screen reader is told of the view once the reader has zoomed or panned: when, and how much. */
export function viewAnnouncement({ layout, strings, story, locale }: TimelineState): string | undefined {
  if (layout.orientation !== 'horizontal') return undefined;
  const total = story.events.length;
  const shown = total - layout.offscreen.before.length - layout.offscreen.after.length;
  return strings.viewChanged(formatViewRange(layout.view, locale), shown, total);
}
