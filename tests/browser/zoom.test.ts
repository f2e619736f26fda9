import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { assertFarTimeZone } from '../time-zone.js';
import {
  centreOf,
  nextInput,
  parkPointer,
  renderTimeline,
  selectedTab,
  shapeOf,
  steady,
  tabs,
  TEST_STORY_URL,
  waitUntil,
} from './helpers.js';
import {
  button,
  chartOf,
  inChart,
  pointInChart,
  renderHorizontal,
  settled,
  spacing,
  wheelGestureEnded,
} from './zoom-helpers.js';

describe('<resignation-timeline> zoom and pan', () => {
  before(assertFarTimeZone);
  afterEach(parkPointer);

  it('first frames the crowded week and counts the later event at the edge', async () => {
    const el = await renderHorizontal();
    const shown = tabs(el).filter((tab) => inChart(el, tab.dataset.eventId!));
    expect(shown.length).to.equal(8);
    expect(inChart(el, 'repairs-due')).to.equal(false);
    const later = button(el, '.offscreen.after');
    expect(later.hidden).to.equal(false);
    expect(later.textContent).to.contain('1 later event');
    expect(button(el, '.offscreen.before').hidden).to.equal(true);
    const ticks = [...el.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(ticks).to.include.members(['7 Mar', '8 Mar', '9 Mar', '10 Mar']);
  });

  it('brings the later event into view from the edge button, and focus with it', async () => {
    const el = await renderHorizontal();
    button(el, '.offscreen.after').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inChart(el, 'repairs-due'), 'the later event did not come into view', { timeout: 3000 });
    expect(button(el, '.offscreen.before').hidden).to.equal(false);
    expect(el.shadowRoot!.activeElement === selectedTab(el), 'focus is on the event brought in').to.equal(true);
    expect(el.selected).to.equal('repairs-due');
  });

  it('shows an event selected by the page before its story loaded', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline
        src=${TEST_STORY_URL}
        selected="repairs-due"
        style="width: 700px"
      ></resignation-timeline>`,
    );
    await waitUntil(() => inChart(el, 'repairs-due'), 'the selected event was left out of view', { timeout: 3000 });
  });

  it('zooms in and out with the buttons, and back with Reset view', async () => {
    const el = await renderHorizontal();
    const start = spacing(el);
    button(el, '.zoom-in').click();
    const zoomedIn = await settled(el, start);
    expect(zoomedIn).to.be.closeTo(start * 2, start * 0.1);
    button(el, '.zoom-out').click();
    button(el, '.zoom-out').click();
    const zoomedOut = await settled(el, zoomedIn);
    expect(zoomedOut).to.be.lessThan(start);
    button(el, '.zoom-reset').click();
    expect(await settled(el, zoomedOut)).to.be.closeTo(start, 1);
  });

  it('zooms with +, - and 0 while focus is in the timeline', async () => {
    const el = await renderHorizontal();
    const start = spacing(el);
    selectedTab(el).focus();
    await sendKeys({ press: '+' });
    const zoomedIn = await settled(el, start);
    expect(zoomedIn).to.be.greaterThan(start * 1.5);
    await sendKeys({ press: '0' });
    expect(await settled(el, zoomedIn)).to.be.closeTo(start, 1);
    await sendKeys({ press: '-' });
    expect(await settled(el, start)).to.be.lessThan(start);
  });

  it('zooms with Ctrl + wheel, and leaves a plain wheel to scroll the page', async () => {
    const el = await renderHorizontal();
    const start = spacing(el);
    // Room below, so that the page can scroll whatever the story's length.
    const room = document.createElement('div');
    room.style.height = '200vh';
    document.body.append(room);
    try {
      const scrolledBefore = window.scrollY;
      const wheeled = nextInput('wheel');
      await executeServerCommand('wheel', { ...pointInChart(el), deltaY: 100 });
      // Not a clock: the wheel turn reached the page, and frames have passed since, in which a
      // zoom it had set off would have been drawn. The page scrolled (smoothly: until it stops).
      await wheeled;
      await waitUntil(() => window.scrollY > scrolledBefore, 'a plain wheel did not scroll the page');
      await steady(() => window.scrollY, 'the page did not stop scrolling');
      expect(spacing(el)).to.be.closeTo(start, 0.5);
      chartOf(el).scrollIntoView({ block: 'start' });
      const zoomWheel = nextInput('wheel');
      await executeServerCommand('wheel', { ...pointInChart(el), deltaY: -200, ctrlKey: true });
      await zoomWheel;
      expect(await settled(el)).to.be.greaterThan(start * 1.2);
    } finally {
      room.remove();
    }
  });

  it('pans when the chart is dragged, without selecting anything', async () => {
    const el = await renderHorizontal();
    const before = shapeOf(tabs(el)[0]!).getBoundingClientRect().left;
    const { x, y } = pointInChart(el);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 100, y] });
    await sendMouse({ type: 'move', position: [x - 200, y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const after = shapeOf(tabs(el)[0]!).getBoundingClientRect().left;
    expect(before - after).to.be.closeTo(200, 20);
    expect(el.selected).to.equal(undefined);
  });

  it('pans when a drag starts on a marker, without selecting it', async () => {
    const el = await renderHorizontal();
    const grabbed = tabs(el)
      .filter((tab) => inChart(el, tab.dataset.eventId!))
      .at(-1)!;
    const shapeCentre = () => centreOf(shapeOf(grabbed))[0];
    const before = shapeCentre();
    const [x, y] = centreOf(grabbed);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 60, y] });
    await sendMouse({ type: 'move', position: [x - 120, y] });
    await sendMouse({ type: 'up' });
    await settled(el);
    expect(before - shapeCentre()).to.be.closeTo(120, 12);
    expect(el.selected).to.equal(undefined);
  });

  it('hands the view back when a wheel zoom ends during a drag: labels placed again, keys reveal', async () => {
    const el = await renderHorizontal();
    const { x, y } = pointInChart(el);
    const wheelEnded = wheelGestureEnded();
    let dragging = false;
    void nextInput('mousedown').then(() => (dragging = true));
    await executeServerCommand('wheel', { x, y, deltaY: -100, ctrlKey: true });
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 40, y] });
    await wheelEnded; // the wheel gesture ends mid-drag
    expect(dragging, 'the drag had begun before the wheel gesture ended').to.equal(true);
    await sendMouse({ type: 'move', position: [x - 80, y] });
    await sendMouse({ type: 'up' });
    await settled(el);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.markers')!.style.transform).to.equal(
      '',
      'still drawn as mid-pan',
    );
    selectedTab(el).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => inChart(el, 'repairs-due'), 'the selected event was left out of view', { timeout: 3000 });
  });

  it('keeps the selected event in view: End pans to the last event', async () => {
    const el = await renderHorizontal();
    selectedTab(el).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => inChart(el, 'repairs-due'), 'the selected event was left out of view', { timeout: 3000 });
    await sendKeys({ press: 'Home' });
    await waitUntil(() => inChart(el, 'cracks-found'), 'the selected event was left out of view', { timeout: 3000 });
  });

  it('is accessible zoomed in', async () => {
    const el = await renderHorizontal();
    button(el, '.zoom-in').click();
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
