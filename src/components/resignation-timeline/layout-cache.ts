import { followView } from '../../layout/follow-view.js';
import { metricsAt } from '../../layout/metrics.js';
import { layoutTimeline, orientationFor } from '../../layout/timeline.js';
import type { LayoutOptions, TimelineLayout } from '../../layout/types.js';
import { initialView, type TimeSpan } from '../../layout/view.js';
import { memo, sameValues } from '../../memo.js';
import type { Story } from '../../story/types.js';
import type { TextMeasures } from './controllers/text-metrics-controller.js';

/** Everything the layout depends on, besides the view. */
export interface SettledInputs {
  story: Story;
  /** All of the story's time (the whole story's, where a filter shows part of it). */
  extent?: TimeSpan | undefined;
  width: number;
  locale: string | undefined;
  rtl: boolean;
  selectedId: string | undefined;
  measures: TextMeasures;
  /** What vertical rows and breaks say (see `LayoutOptions`). */
  dateOf: NonNullable<LayoutOptions['dateOf']>;
  later: NonNullable<LayoutOptions['later']>;
  displayWall: NonNullable<LayoutOptions['displayWall']>;
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
export class LayoutCache {
  #settled: { inputs: SettledInputs; layout: TimelineLayout } | undefined;

  /** The view a reader first sees of a story. */
  readonly initialView = memo(({ story }: { story: Story }) => initialView(story));

  /**
   * The layout for the timeline's inputs. Vertical rows do not depend on the selection (every row
   * is laid out; the selected one is drawn wherever it is), so an arrow key does not lay out a
   * story of thousands of rows again.
   */
  layoutFor(inputs: SettledInputs & ViewInputs): TimelineLayout {
    const metrics = metricsAt(inputs.measures);
    const orientation = orientationFor(inputs.width, metrics);
    if (orientation === 'horizontal') return this.#layout({ ...inputs, metrics, orientation });
    return this.#layout({ ...inputs, selectedId: undefined, view: undefined, gesturing: false, metrics, orientation });
  }

  readonly #layout = memo(
    ({
      view,
      gesturing,
      metrics,
      orientation,
      ...settledInputs
    }: SettledInputs & ViewInputs & Pick<LayoutOptions, 'metrics' | 'orientation'>): TimelineLayout => {
      const { story, extent, width, locale, rtl, selectedId, measures, dateOf, later, displayWall } = settledInputs;
      const options: LayoutOptions = {
        extent,
        width,
        locale,
        rtl,
        selectedId,
        metrics,
        orientation,
        measureText: measures.measureText,
        measureTickText: measures.measureTickText,
        view: orientation === 'horizontal' ? (view ?? this.initialView({ story })) : undefined,
        dateOf,
        later,
        displayWall,
      };
      const settled = this.#settled;
      if (gesturing && settled && sameValues(settled.inputs, settledInputs))
        return followView(settled.layout, story, options);
      const layout = layoutTimeline(story, options);
      this.#settled = { inputs: settledInputs, layout };
      return layout;
    },
  );
}
