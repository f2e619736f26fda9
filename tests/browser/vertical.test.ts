import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { generateStory } from '../../bench/generate-story.js';
import { nextFrames, renderTimeline, selectedTab, tabs, waitUntil } from './helpers.js';

const root = (el: ResignationTimeline) => el.shadowRoot!;
const rowOf = (el: ResignationTimeline, id: string) => tabs(el).find((tab) => tab.dataset.eventId === id)!;
const shownDate = (tab: HTMLElement) => [...tab.querySelectorAll('.date')].map((line) => line.textContent).join(' ');
const visible = (box: DOMRect) => box.width > 0 && box.height > 0;
/** Every piece of text drawn in the chart outside the rows: tick labels, headings, breaks, era names. */
const chartLabels = (el: ResignationTimeline) =>
  [...root(el).querySelectorAll<Element>('.chart text, .chart .note')].map((label) => ({
    text: label.textContent!.trim(),
    box: label.getBoundingClientRect(),
    label,
  }));

async function renderVertical(
  width: number,
  template = html`<resignation-timeline style=${`width: ${width}px`}></resignation-timeline>`,
): Promise<ResignationTimeline> {
  const el = await renderTimeline(template);
  await waitUntil(() => root(el).querySelector('.timeline.vertical') && tabs(el).length > 0, 'not laid out vertical');
  return el;
}

for (const width of [320, 360]) {
  describe(`<resignation-timeline> vertical, ${width} px`, () => {
    it('shows every row its own date, and stands no row beside the label of another month', async () => {
      const el = await renderVertical(width);
      root(el).querySelector('.chart')!.scrollIntoView({ block: 'start' });
      await waitUntil(() => tabs(el).length === 9, 'every row of the default story drawn near the view');
      expect(shownDate(rowOf(el, 'wacky-tweets'))).to.equal('9 July 2019');
      expect(shownDate(rowOf(el, 'itv-debate'))).to.equal('9 July 2019');
      expect(shownDate(rowOf(el, 'posting-end'))).to.equal('End of 2019');
      expect(shownDate(rowOf(el, 'cables-leak'))).to.match(/^6\s?–\s?7 July 2019$/);
      const labels = chartLabels(el);
      expect(labels.map((label) => label.text)).to.include.members(['July 2019', '5 months later', 'December 2019']);
      expect(root(el).querySelectorAll('.tick, .stem').length, 'no ticks, no leader lines').to.equal(0);
      for (const tab of tabs(el)) {
        const date = shownDate(tab);
        // Its own date, in its name too (the visible label is hidden from assistive technology).
        expect(date, tab.dataset.eventId).to.not.equal('');
        expect(tab.querySelector('.visually-hidden')!.textContent).to.contain(date);
        const row = tab.getBoundingClientRect();
        // Nothing drawn beside a row: no label shares its height.
        const beside = labels.filter(
          ({ box }) => visible(box) && box.top < row.bottom - 0.5 && box.bottom > row.top + 0.5,
        );
        expect(
          beside.map((label) => label.text),
          `beside ${tab.dataset.eventId}`,
        ).to.deep.equal([]);
        // The heading above a row names the row's own month.
        const heading = labels
          .filter(({ label, box }) => label.classList.contains('period') && box.bottom <= row.top)
          .at(-1)!;
        const month = heading.text.split(' ')[0]!;
        expect(
          date.includes(month) || (month === 'December' && date === 'End of 2019'),
          `"${date}" under "${heading.text}"`,
        ).to.equal(true);
      }
      const gap = labels.find((label) => label.text === '5 months later')!.box;
      expect(gap.top).to.be.greaterThan(rowOf(el, 'johnson-criticised').getBoundingClientRect().bottom);
      expect(gap.bottom).to.be.lessThan(rowOf(el, 'posting-end').getBoundingClientRect().top);
      expect(el.scrollWidth).to.be.at.most(width);
    });

    it('moves with Up and Down, not Left and Right, and says so', async () => {
      const el = await renderVertical(
        width,
        html`<resignation-timeline style=${`width: ${width}px`} selected="no-longer-deal"></resignation-timeline>`,
      );
      expect(root(el).querySelector('#keyboard-help')!.textContent).to.contain('Up and Down arrow keys');
      expect(root(el).querySelector('[role="tablist"]')!.getAttribute('aria-orientation')).to.equal('vertical');
      selectedTab(el).focus();
      const order: string[] = [];
      for (const key of ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'End', 'Home']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        order.push(el.selected!);
        expect(root(el).activeElement === selectedTab(el), 'focus on the selected row').to.equal(true);
      }
      expect(order).to.deep.equal([
        'wacky-tweets',
        'wacky-tweets',
        'wacky-tweets',
        'no-longer-deal',
        'not-served-well',
        'posting-end',
        'cables-leak',
      ]);
      expect(tabs(el).filter((tab) => tab.tabIndex === 0).length).to.equal(1);
    });

    it('is accessible', async () => {
      const el = await renderVertical(
        width,
        html`<resignation-timeline style=${`width: ${width}px`} selected="resignation-letter"></resignation-timeline>`,
      );
      await expect(el).to.be.accessible();
    });
  });
}

describe('<resignation-timeline> vertical, a story over 170 years (from TimelineJS3)', () => {
  it('marks the jump of decades as a break, and heads no row alone', async () => {
    const el = await renderVertical(
      360,
      html`<resignation-timeline
        style="width: 360px"
        src="/tests/fixtures/women-in-computing.json"
      ></resignation-timeline>`,
    );
    root(el).querySelector('.chart')!.scrollIntoView({ block: 'start' });
    await waitUntil(() => tabs(el).length === 10, 'every row drawn');
    // Most events are years apart: each row's date says when, and no heading stands over one row alone.
    expect(chartLabels(el).map((label) => label.text)).to.deep.equal(['91 years later']);
    const gap = chartLabels(el)[0]!.box;
    expect(gap.top).to.be.at.least(rowOf(el, 'lovelace').getBoundingClientRect().bottom);
    expect(gap.bottom).to.be.at.most(rowOf(el, 'eniac').getBoundingClientRect().top);
    expect(shownDate(rowOf(el, 'lovelace'))).to.match(/^10 December 1815\s?–\s?27 November 1852$/);
    expect(shownDate(rowOf(el, 'peter'))).to.equal('1951');
    await expect(el).to.be.accessible();
  });
});

describe('<resignation-timeline> vertical, a story of 10,000 events at 360 px', () => {
  const story = generateStory(10_000);
  afterEach(() => scrollTo(0, 0));
  const setSize = (el: ResignationTimeline) => new Set(tabs(el).map((tab) => tab.getAttribute('aria-setsize')));
  const inViewport = (tab: HTMLElement) => {
    const box = tab.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  };

  it('keeps only the rows near the view in the page, and draws others as the page scrolls', async () => {
    const el = await renderVertical(
      360,
      html`<resignation-timeline style="width: 360px" .data=${story}></resignation-timeline>`,
    );
    const count = () => root(el).querySelectorAll('*').length;
    expect(tabs(el).length).to.be.within(1, 200);
    expect(count()).to.be.below(2000);
    const chart = root(el).querySelector('.chart')!;
    const middle = chart.getBoundingClientRect().top + scrollY + chart.getBoundingClientRect().height / 2;
    scrollTo(0, middle);
    // The rows where the reader now is are drawn: the first at the top of the viewport or above.
    await waitUntil(() => tabs(el).some((tab) => inViewport(tab)), 'no row drawn where the page scrolled to');
    expect(tabs(el).length).to.be.within(2, 200);
    expect(count()).to.be.below(2000);
    // Those rows, and the selected first event, which holds the tab stop.
    const positions = tabs(el).map((tab) => Number(tab.getAttribute('aria-posinset')));
    expect(positions[0]).to.equal(1);
    expect(selectedTab(el).getAttribute('aria-posinset')).to.equal('1');
    expect(Math.min(...positions.slice(1))).to.be.above(3000);
    expect([...setSize(el)]).to.deep.equal(['10000']);
  });

  it('reaches every event with the arrow keys, Home and End', async function () {
    this.timeout(300_000);
    const el = await renderVertical(
      360,
      html`<resignation-timeline style="width: 360px" .data=${story}></resignation-timeline>`,
    );
    selectedTab(el).focus();
    // Real keys: End goes to the last event, far down the page, and scrolls it into view.
    await sendKeys({ press: 'End' });
    await waitUntil(
      () => selectedTab(el)?.getAttribute('aria-posinset') === '10000' && root(el).activeElement === selectedTab(el),
      'End did not reach the last',
    );
    await waitUntil(() => inViewport(selectedTab(el)), 'the last event was not scrolled into view');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => selectedTab(el)?.getAttribute('aria-posinset') === '9999', 'ArrowUp did not move back');
    await sendKeys({ press: 'Home' });
    await waitUntil(
      () => selectedTab(el)?.getAttribute('aria-posinset') === '1' && inViewport(selectedTab(el)),
      'Home did not reach the first',
    );
    // Then every step of the way down (keys sent to the focused row as the browser would send
    // them: 10,000 real key presses take far longer than a test may run).
    let largest = 0;
    for (let position = 2; position <= 10_000; position++) {
      const focused = root(el).activeElement as HTMLElement;
      focused.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }),
      );
      await el.updateComplete;
      await el.updateComplete;
      const now = root(el).activeElement as HTMLElement;
      if (now?.getAttribute('aria-posinset') !== String(position)) {
        await waitUntil(
          () => (root(el).activeElement as HTMLElement)?.getAttribute('aria-posinset') === String(position),
          `ArrowDown did not reach event ${position}`,
        );
      }
      expect(el.selected).to.equal(el.story!.events[position - 1]!.id);
      if (position % 1000 === 0) largest = Math.max(largest, root(el).querySelectorAll('*').length);
    }
    expect(selectedTab(el).getAttribute('aria-posinset')).to.equal('10000');
    expect([...setSize(el)]).to.deep.equal(['10000']);
    expect(largest, 'elements in the shadow root along the way').to.be.below(2000);
  });

  it('scrolls to the event a key chose, even when the row that had focus has just left the page', async () => {
    const el = await renderVertical(
      360,
      html`<resignation-timeline style="width: 360px" .data=${story}></resignation-timeline>`,
    );
    const press = async (key: string) => {
      (root(el).activeElement as HTMLElement).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
      );
      await el.updateComplete;
      await el.updateComplete;
    };
    selectedTab(el).focus();
    await press('End');
    await waitUntil(() => inViewport(selectedTab(el)), 'End did not bring the last event into view');
    await nextFrames(); // the rows near the bottom drawn
    // Home, then End before a frame has drawn the rows near the top: the first row, which has
    // focus, is drawn only as the selected one, and leaves the page as End selects the last.
    await press('Home');
    expect(inViewport(selectedTab(el)), 'Home brought the first event into view').to.equal(true);
    await press('End');
    await nextFrames();
    expect(selectedTab(el).getAttribute('aria-posinset')).to.equal('10000');
    expect(root(el).activeElement).to.equal(selectedTab(el));
    expect(inViewport(selectedTab(el)), 'the last event, which has focus, is in view').to.equal(true);
  });
});
