import type { Story } from '../story/types.js';
import type { EraLayout } from './types.js';
import type { TimeScale } from './view.js';

/** Each era's band along the axis. */
export function erasOn(story: Story, scale: TimeScale): EraLayout[] {
  return story.eras.map((era) => ({
    eraId: era.id,
    label: era.label,
    from: scale(era.start.wall),
    to: scale(era.end.wallEnd),
  }));
}
