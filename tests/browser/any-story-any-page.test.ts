/**
 * Stories and pages that are not the default ones: an outlier before the crowd, one instant,
 * eras out of view, the page's own resets, and the order a keyboard reader meets the controls.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import '../../src/define.js';
import { render as renderPart } from 'lit';
import { renderAxis } from '../../src/components/resignation-timeline/parts/axis.js';
import { metricsAt, type TimelineLayout } from '../../src/layout/layout.js';
import { renderTimeline, selectedTab, waitUntil } from './helpers.js';
import { ONE_INSTANT_STORIES } from '../fixtures/short-stories.js';

const story = (events: { id: string; date: string; title: string }[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  story: { title: 'A story', timeZone: 'UTC' },
  sources: [{ id: 's', kind: 'article' }],
  categories: [{ id: 'c', label: 'Things' }],
  people: [{ id: 'p', name: 'Pat Example' }],
  events: events.map((event) => ({ ...event, category: 'c', summary: 'What happened.', sources: ['s'] })),
  ...extra,
});

const render = (data: unknown, width = 1000) =>
  renderTimeline(html`<resignation-timeline style=${`width: ${width}px`} .data=${data}></resignation-timeline>`);
const root = (el: ResignationTimeline) => el.shadowRoot!;
const shownTabs = (el: ResignationTimeline) => [...root(el).querySelectorAll('[role="tab"]:not(.offscreen-marker)')];

describe('<resignation-timeline> given stories unlike the default one', () => {
  it('opens on the crowd, with the selection in view, when one event lies far before the rest', async () => {
    // As TimelineJS3's "Women in computing": Ada Lovelace's notes a century before nine events.
    const later = Array.from({ length: 9 }, (_, i) => ({
      id: `e${i}`,
      date: `${1943 + i * 5}`,
      title: `Pioneer ${i}`,
    }));
    const el = await render(story([{ id: 'ada', date: '1843', title: 'Notes on the engine' }, ...later]));
    await waitUntil(() => el.view !== undefined);
    expect(selectedTab(el).dataset.eventId).to.equal('e0');
    expect(selectedTab(el).classList.contains('offscreen-marker'), 'the selected event is drawn').to.equal(false);
    expect(shownTabs(el).length + root(el).querySelectorAll('.cluster').length).to.be.at.least(7);
    const earlier = root(el).querySelector<HTMLButtonElement>('.offscreen.before')!;
    expect(earlier.hidden).to.equal(false);
    expect(earlier.textContent).to.contain('1 earlier event');
    await expect(el).to.be.accessible();
  });

  for (const [name, events] of ONE_INSTANT_STORIES) {
    it(`gives ${name} tick labels and zoom`, async () => {
      const el = await render(story([...events]));
      await waitUntil(() => el.view !== undefined);
      expect(root(el).querySelectorAll('.tick text').length).to.be.at.least(2);
      const span = () => el.view!.end.getTime() - el.view!.start.getTime();
      const before = span();
      selectedTab(el).focus();
      await sendKeys({ press: '+' });
      await waitUntil(() => span() < before * 0.75, 'zooming in did nothing', { timeout: 3000 });
      expect(root(el).querySelectorAll('.tick text').length).to.be.at.least(2);
    });
  }

  it("draws an era's label only where its band is", async () => {
    const el = await render(
      story(
        [
          { id: 'a', date: '2019-07-06', title: 'First' },
          { id: 'b', date: '2019-07-08', title: 'Second' },
          { id: 'c', date: '2019-07-10', title: 'Third' },
          { id: 'd', date: '2019-12-20', title: 'Much later' },
        ],
        { eras: [{ id: 'week', label: 'The week', start: '2019-07-06', end: '2019-07-10' }] },
      ),
    );
    expect(root(el).querySelector('.era text')?.textContent).to.equal('The week');
    selectedTab(el).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => el.view!.start.getTime() > Date.UTC(2019, 7, 1), 'the view did not move to the last event', {
      timeout: 3000,
    });
    await waitUntil(
      () => root(el).querySelector('.era text') === null,
      'the era label stayed on screen without its band',
      { timeout: 3000 },
    );
  });

  it('writes a "+N" mark as its spoken name writes the number, so that what is seen is heard', async () => {
    const crowd = Array.from({ length: 1500 }, (_, i) => ({
      id: `e${i}`,
      date: '2024-03-01T12:00',
      title: `Item ${i}`,
    }));
    const el = await render(story(crowd));
    const mark = root(el).querySelector<HTMLButtonElement>('.cluster')!;
    const seen = mark.textContent!.trim();
    expect(seen).to.match(/^\+1,4\d\d$/);
    expect(mark.getAttribute('aria-label')).to.contain(seen.slice(1));
    expect(mark.getBoundingClientRect().width, 'the mark holds its text').to.be.at.least(mark.scrollWidth);
  });

  it('draws an era thousands of charts wide as a band the browser draws, across the whole chart', () => {
    // Zoomed in on a day of an era of millennia, its ends lie some 10^8 px away; Chromium draws
    // nothing of a rectangle that large.
    const metrics = metricsAt({ fontSize: 16 });
    const width = 800;
    const era = { eraId: 'ages', label: 'The ages', axisLabel: 'The ages', from: -1.6e8, to: 6.6e8 };
    const layout = { axis: metrics.axisY, metrics, width, height: 200, ticks: [], eras: [era] };
    const host = document.createElement('div');
    document.body.append(host);
    renderPart(renderAxis({ layout: layout as unknown as TimelineLayout, rtl: false }), host);
    const chart = host.querySelector('svg')!.getBoundingClientRect();
    const band = host.querySelector<SVGRectElement>('.era rect')!;
    const box = band.getBoundingClientRect();
    host.remove();
    expect(box.left).to.be.at.most(chart.left);
    expect(box.right).to.be.at.least(chart.right);
    expect(band.width.baseVal.value, 'a width the browser draws').to.be.at.most(3 * width);
  });

  it("strikes through no date on the axis with an era's edge", async () => {
    // The era starts and ends on the first of a month, where the axis writes a date.
    const el = await render(
      story(
        [
          { id: 'a', date: '2019-01-10', title: 'First' },
          { id: 'b', date: '2019-05-10', title: 'Second' },
          { id: 'c', date: '2019-11-20', title: 'Third' },
        ],
        { eras: [{ id: 'spring', label: 'Spring', start: '2019-03-01', end: '2019-06-30' }] },
      ),
    );
    const svg = root(el).querySelector<SVGSVGElement>('svg.axis')!;
    const edges = [...root(el).querySelectorAll<SVGGeometryElement>('.era-edge')];
    const point = (x: number, y: number) => Object.assign(svg.createSVGPoint(), { x, y });
    const origin = svg.getBoundingClientRect();
    let crossed = 0;
    for (const label of root(el).querySelectorAll<SVGTextElement>('.tick text')) {
      const box = label.getBoundingClientRect();
      const [top, middle] = [box.top - origin.top, (box.top + box.bottom) / 2 - origin.top];
      for (const edge of edges) {
        const x = edge.getBBox().x;
        if (x <= box.left - origin.left || x >= box.right - origin.left) continue;
        crossed++;
        expect(edge.isPointInStroke(point(x, top - 12)), 'the edge is drawn above the date').to.equal(true);
        expect(edge.isPointInStroke(point(x, middle)), `an edge strikes through "${label.textContent}"`).to.equal(
          false,
        );
      }
    }
    expect(crossed, 'an era edge stands where the axis writes a date').to.be.at.least(1);
  });
});

describe('<resignation-timeline> in pages that are not its own', () => {
  it('makes the events the first stop inside the timeline, before the zoom controls', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><button id="before">Before</button><resignation-timeline style="width: 1000px" .data=${story([
        { id: 'a', date: '2020-01-01', title: 'First' },
        { id: 'b', date: '2020-02-01', title: 'Second' },
      ])}></resignation-timeline></div>`,
    );
    const el = page.querySelector('resignation-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="tab"]'), 'the story did not render');
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('tab');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.closest('.zoom-controls'), 'the zoom controls come next').to.not.equal(null);
  });

  it("keeps its display, width and line height against a page's global reset and !important rules", async () => {
    const reset = document.createElement('style');
    reset.textContent =
      '* { all: revert } resignation-timeline { display: inline !important; line-height: 3 !important }';
    document.head.append(reset);
    try {
      const holder = await fixture<HTMLElement>(
        html`<div style="width: 400px"><resignation-timeline></resignation-timeline></div>`,
      );
      const el = holder.querySelector('resignation-timeline')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[role="tab"]'), 'the story did not render');
      expect(getComputedStyle(el).display).to.equal('block');
      expect(el.getBoundingClientRect().width).to.equal(400);
      await waitUntil(
        () => el.shadowRoot!.querySelector('.timeline.vertical'),
        'a 400 px column is laid out vertically',
      );
      const summary = el.shadowRoot!.querySelector('.event-summary')!;
      const { lineHeight, fontSize } = getComputedStyle(summary);
      expect(parseFloat(lineHeight) / parseFloat(fontSize)).to.be.closeTo(1.5, 0.01);
    } finally {
      reset.remove();
    }
  });

  it('names each quote card by its speaker', async () => {
    const el = await render(
      story([{ id: 'a', date: '2020-01-01', title: 'First' }], {
        quotes: [
          {
            id: 'q',
            speaker: 'p',
            form: 'paragraphs',
            text: ['Said once.'],
            events: ['a'],
            medium: 'statement',
            source: 's',
          },
        ],
      }),
    );
    const figures = [...root(el).querySelectorAll('figure.quote-card')];
    expect(figures.length).to.equal(2); // in the panel and in the list of every quote
    // The name is isolated (FSI ... PDI), so that a right-to-left name cannot reorder the words around it.
    for (const figure of figures)
      expect(figure.getAttribute('aria-label')).to.equal('Quote from \u2068Pat Example\u2069');
    await expect(el).to.be.accessible();
  });
});
