import { followView } from '../layout/follow-view.js';
import { metricsAt } from '../layout/metrics.js';
import { layoutTimeline, orientationFor } from '../layout/timeline.js';
import type { TimelineLayout } from '../layout/types.js';
import { initialView, type TimeSpan } from '../layout/view.js';
import { memo, sameValues } from '../memo.js';
import type { Story } from '../story/types.js';
import type { TextMeasures } from './text-metrics-controller.js';

/** Everything the layout depends on, besides the view. */
export interface SettledInputs {
  story: Story;
  width: number;
  locale: string | undefined;
  rtl: boolean;
  selectedId: string | undefined;
  measures: TextMeasures;
}

export interface ViewInputs {
  /** The time the reader has zoomed to; the story's first view when undefined. */
  view: TimeSpan | undefined;
  /** While a drag, pinch or wheel is under way, labels keep their lanes. */
  gesturing: boolean;
}

/**
 * The layout for the timeline's inputs, laid out again only when one of them changes. While a
 * gesture is under way, the last layout made without one (the settled layout) moves with the
 * view instead, so labels keep their lanes under the reader's finger.
 */
export class LayoutController {
  #settled: { inputs: SettledInputs; layout: TimelineLayout } | undefined;

  /** The view a reader first sees of a story. */
  readonly initialView = memo(({ story }: { story: Story }) => initialView(story));

  readonly layoutFor = memo(({ view, gesturing, ...settledInputs }: SettledInputs & ViewInputs): TimelineLayout => {
    const { story, width, locale, rtl, selectedId, measures } = settledInputs;
    const metrics = metricsAt(measures.fontSize);
    const orientation = orientationFor(width, metrics);
    const options = {
      width,
      locale,
      rtl,
      selectedId,
      metrics,
      orientation,
      measureText: measures.measureText,
      measureTickText: measures.measureTickText,
      view: orientation === 'horizontal' ? (view ?? this.initialView({ story })) : undefined,
    };
    const settled = this.#settled;
    if (gesturing && settled && sameValues(settled.inputs, settledInputs)) return followView(settled.layout, story, options);
    const layout = layoutTimeline(story, options);
    this.#settled = { inputs: settledInputs, layout };
    return layout;
  });
}
