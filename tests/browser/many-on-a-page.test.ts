/**
 * Many timelines on one page, and more than one copy of the script: twenty instances that each
 * keep their own selection, keys and zoom; and a page where two embeds each bring a copy of the
 * bundle (the second is skipped without an error). The second part loads dist/: run
 * `npm run build` first (`npm test` does).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { centreOf, nextFrames, parkPointer, selectedTab, tabs, testStory, waitUntil } from './helpers.js';

describe('twenty timelines on one page', () => {
  let timelines: ResignationTimeline[];
  let heard: string[][];
  const selections = () => timelines.map((el) => selectedTab(el).dataset.eventId);
  const spans = () => timelines.map((el) => el.view!.end.getTime() - el.view!.start.getTime());

  beforeEach(async () => {
    await parkPointer();
    const page = await fixture<HTMLElement>(html`<div style="width: 900px">
      ${Array.from({ length: 20 }, () => html`<resignation-timeline .data=${testStory()}></resignation-timeline>`)}
    </div>`);
    timelines = [...page.querySelectorAll<ResignationTimeline>('resignation-timeline')];
    // Far below the fold a timeline lays out only as the reader comes near it (lazy start).
    for (const el of timelines) {
      el.scrollIntoView();
      await waitUntil(() => el.story && selectedTab(el), 'a timeline was not drawn as the reader came to it', {
        timeout: 5000,
      });
    }
    await waitUntil(() => timelines.every((el) => el.story && selectedTab(el)), 'not every timeline told its story', {
      timeout: 20000,
    });
    await nextFrames();
    heard = timelines.map((el) => {
      const events: string[] = [];
      el.addEventListener('timeline-select', (event) =>
        events.push(`${event.detail.eventId} by ${event.detail.trigger}`),
      );
      return events;
    });
  });

  it('each keeps its own selection when a reader clicks a marker in one', async () => {
    const before = selections();
    const el = timelines[6]!;
    const target = tabs(el).find(
      (tab) => tab.getAttribute('aria-selected') === 'false' && tab.getBoundingClientRect().width > 0,
    )!;
    target.scrollIntoView({ block: 'center' });
    await nextFrames();
    await sendMouse({ type: 'click', position: centreOf(target) });
    await waitUntil(
      () => selectedTab(el).dataset.eventId === target.dataset.eventId,
      'the click did not select the marker',
    );
    const expected = [...before];
    expected[6] = target.dataset.eventId;
    expect(selections()).to.deep.equal(expected);
    expect(heard.map((events) => events.length)).to.deep.equal(timelines.map((_, i) => (i === 6 ? 1 : 0)));
    expect(heard[6]).to.deep.equal([`${target.dataset.eventId} by pointer`]);
  });

  it('each answers only the keys pressed inside it: arrows and zoom', async () => {
    const before = selections();
    const spansBefore = spans();
    const el = timelines[13]!;
    selectedTab(el).scrollIntoView({ block: 'center' });
    selectedTab(el).focus();
    await sendKeys({ press: 'End' });
    const last = el.story!.events.at(-1)!.id;
    await waitUntil(() => selectedTab(el).dataset.eventId === last, 'End did not select the last event');
    await sendKeys({ press: '+' });
    await waitUntil(() => spans()[13]! < spansBefore[13]!, '+ did not zoom in');
    const expected = [...before];
    expected[13] = last;
    expect(selections()).to.deep.equal(expected);
    expect(spans().map((span, i) => (i === 13 ? 'zoomed' : span === spansBefore[i]))).to.deep.equal(
      timelines.map((_, i) => (i === 13 ? 'zoomed' : true)),
    );
    expect(heard.map((events) => events.length)).to.deep.equal(timelines.map((_, i) => (i === 13 ? 1 : 0)));
    await expect(el).to.be.accessible();
  });
});

describe('two copies of the script on one page', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const scripts of ['bundle,copy', 'bundle,all', 'all,bundle']) {
    it(`tells the story, the second copy skipped without an error (${scripts})`, async () => {
      const iframe = document.createElement('iframe');
      iframe.style.cssText = 'width: 900px; height: 600px; border: 0';
      iframe.src = `/test-server/strict-page.html?csp=none&scripts=${scripts}`;
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      document.body.append(iframe);
      frames.push(iframe);
      await loaded;
      const win = iframe.contentWindow as Window & { pageErrors: string[] };
      const timeline = win.document.querySelector('resignation-timeline') as ResignationTimeline;
      await waitUntil(() => timeline.shadowRoot?.querySelectorAll('[role="tab"]').length, 'the story was not told', {
        timeout: 10000,
      });
      // Every script has run (the page's scripts are modules: load waits for them).
      expect(win.customElements.get('resignation-timeline')).to.equal(timeline.constructor);
      expect(timeline.shadowRoot!.querySelectorAll('h2').length).to.equal(1);
      expect(win.pageErrors).to.deep.equal([]);
    });
  }
});
