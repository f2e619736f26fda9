import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { centreOf, renderTimeline, selectedTab, tabs } from './helpers.js';

describe('<resignation-timeline> by touch', () => {
  it('selects an event when its marker is tapped', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const target = tabs(el).find((tab) => tab.dataset.eventId === 'resignation-accepted')!;
    const [x, y] = centreOf(target);
    await executeServerCommand('touch-tap', { x, y });
    await el.updateComplete;
    expect(selectedTab(el).dataset.eventId).to.equal('resignation-accepted');
  });
});
