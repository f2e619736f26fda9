import type { Story } from '../story/types.js';
import type { Metrics } from './metrics.js';
import { fitLabel, type MeasureText } from './text-fit.js';
import type { EraLayout } from './types.js';
import type { TimeScale } from './view.js';

/**
 * Each era's band along the axis, and its label as it fits the band's part in the chart's
 * `width` (shortened with an ellipsis; none where not even a letter and the ellipsis fit).
 */
export function erasOn(
  story: Story,
  scale: TimeScale,
  width: number,
  measureText: MeasureText,
  metrics: Pick<Metrics, 'eraLabelInset'>,
): EraLayout[] {
  return story.eras.map((era) => {
    const [from, to] = [scale(era.start.wall), scale(era.end.wallEnd)];
    const room = Math.min(Math.max(from, to), width) - Math.max(Math.min(from, to), 0) - 2 * metrics.eraLabelInset;
    const fitted = room > 0 ? fitLabel(era.label, room, measureText).label : '';
    return { eraId: era.id, label: era.label, axisLabel: fitted === '…' ? '' : fitted, from, to };
  });
}
