import type { Story } from '../story/types.js';
import { layoutHorizontal } from './horizontal.js';
import { METRICS, type Metrics } from './metrics.js';
import type { LayoutOptions, Orientation, TimelineLayout } from './types.js';
import { layoutVertical } from './vertical.js';

/** Horizontal (time across) in a column at least `verticalBelow` wide, else vertical (down the page). */
export function orientationFor(width: number, metrics: Metrics = METRICS): Orientation {
  return width < metrics.verticalBelow ? 'vertical' : 'horizontal';
}

/** The story laid out for a width and a view of time: positioned marks, no DOM. */
export function layoutTimeline(story: Story, options: LayoutOptions): TimelineLayout {
  const orientation = options.orientation ?? orientationFor(options.width, options.metrics);
  return orientation === 'vertical' ? layoutVertical(story, options) : layoutHorizontal(story, options);
}
