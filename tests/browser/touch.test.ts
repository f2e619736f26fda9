import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TimelineSelectEvent } from '../../src/events.js';
import { centreOf, renderTestStory, selectedTab, tabFor } from './helpers.js';

describe('<resignation-timeline> by touch', () => {
  it('selects an event when its marker is tapped', async () => {
    const el = await renderTestStory();
    const [x, y] = centreOf(tabFor(el, 'resignation-accepted'));
    const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
    await executeServerCommand('touch-tap', { x, y });
    expect((await fired).detail).to.deep.equal({ eventId: 'resignation-accepted', trigger: 'pointer' });
    await el.updateComplete;
    expect(selectedTab(el).dataset.eventId).to.equal('resignation-accepted');
  });
});
