/**
 * What a screen reader gets beyond the markers' names: every event by keys at any zoom, the view
 * said once the reader has changed it (and not for arrow keys), the zoom buttons' limits.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { ANNOUNCE_SETTLE_MS } from '../../src/components/resignation-timeline/settle.js';
import '../../src/define.js';
import { announcement, selectedTab, TEST_STORY, untilFrame } from './helpers.js';
import { button, inChart, renderHorizontal, settled } from './zoom-helpers.js';

/** Every text the status region has said, from now on. */
function announcements(el: ResignationTimeline): string[] {
  const said: string[] = [];
  const status = el.shadowRoot!.querySelector('[role="status"]')!;
  new MutationObserver(() => said.push(announcement(el))).observe(status, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return said;
}

/**
 * The announcer speaks once the view has rested this long (see ViewAnnouncer): to prove it stayed silent, outlast
 * it.
 */
const outlastAnnouncer = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_SETTLE_MS * 2));

const total = TEST_STORY.events.length;

describe('<resignation-timeline> for screen readers', () => {
  it('reaches every event by keys at the closest zoom, each named with its place in the whole story', async () => {
    const el = await renderHorizontal();
    selectedTab(el).focus();
    for (let step = 0; step < 16 && button(el, '.zoom-in').getAttribute('aria-disabled') !== 'true'; step++) {
      await sendKeys({ press: '+' });
      await settled(el);
    }
    expect(button(el, '.zoom-in').getAttribute('aria-disabled'), 'zoomed in as far as it goes').to.equal('true');
    for (const [key, position] of [
      ['End', total],
      ['ArrowLeft', total - 1],
      ['Home', 1],
      ['ArrowRight', 2],
    ] as const) {
      await sendKeys({ press: key });
      await untilFrame(
        () => selectedTab(el).getAttribute('aria-posinset') === String(position),
        `${key} did not select event ${position}`,
      );
      const tab = selectedTab(el);
      await untilFrame(() => inChart(el, tab.dataset.eventId!), `${key}: the event was not brought into view`);
      expect(el.shadowRoot!.activeElement === tab, `${key}: focus is on the selected event`).to.equal(true);
      expect(tab.getAttribute('aria-setsize')).to.equal(String(total));
    }
  });

  it('says what is in view once a zoom has come to rest, and nothing for the arrow keys', async () => {
    const el = await renderHorizontal();
    const said = announcements(el);
    selectedTab(el).focus();
    await sendKeys({ press: 'End' }); // the view moves to the far event: not announced
    await settled(el);
    await outlastAnnouncer();
    expect(said).to.deep.equal([]);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await untilFrame(() => said.length > 0, 'zooming out was not announced', 5000);
    expect(said.length, 'two quick presses are said once').to.equal(1);
    expect(said[0]).to.match(new RegExp(`^\\S.*\\d{4}: \\d+ of ${total} events$`));
    const [, shown] = /: (\d+) of/.exec(said[0]!)!;
    const edges = ['.offscreen.before', '.offscreen.after'].map((selector) => button(el, selector));
    const counted = edges.filter((edge) => !edge.hidden).map((edge) => Number(/\d+/.exec(edge.textContent!)![0]));
    expect(Number(shown) + counted.reduce((sum, n) => sum + n, 0)).to.equal(total);
  });

  it('marks a zoom button that can go no further aria-disabled, keeps it focusable, and says why', async () => {
    const el = await renderHorizontal();
    const zoomOut = button(el, '.zoom-out');
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('false');
    zoomOut.focus();
    for (let step = 0; step < 8 && zoomOut.getAttribute('aria-disabled') !== 'true'; step++) {
      await sendKeys({ press: 'Enter' });
      await settled(el);
    }
    expect(zoomOut.textContent).to.contain('The whole story is in view');
    expect(el.shadowRoot!.activeElement === zoomOut, 'focus stays on the button').to.equal(true);
    expect(button(el, '.offscreen.after').hidden, 'every event is in view').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
