/**
 * demo/embed.html in an iframe, with this test page as the parent: the height the frame reports
 * (pym.js and AMP formats) on load and when its content changes height, the reader's selections
 * forwarded by postMessage, the parent-side script for pages without pym.js, and the story
 * addresses the frame refuses. The frame loads the standalone bundle from dist/: run
 * `npm run build` first (`npm test` does).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../demo/embed-parent.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { centreOf, nextFrames, TEST_STORY, TEST_STORY_URL, waitUntil } from './helpers.js';

interface Frame {
  iframe: HTMLIFrameElement;
  /** Every message the frame has posted to this page, oldest first. */
  messages: unknown[];
  /** The frame's root element height, which is what it should report. */
  contentHeight(): number;
  timeline(): ResignationTimeline | null;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((iframe) => iframe.remove()));

/** Opens demo/embed.html with `query` in an iframe `width` px wide, and waits for it to load. */
async function openFrame(query: string, options: { width?: number; resizeScript?: boolean } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'Timeline';
  iframe.style.cssText = `width: ${options.width ?? 900}px; border: 0; display: block`;
  if (options.resizeScript) iframe.dataset.resignationTimeline = '';
  const messages: unknown[] = [];
  addEventListener('message', (event) => event.source === iframe.contentWindow && messages.push(event.data));
  iframe.src = `/demo/embed.html?${query}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const doc = () => iframe.contentDocument!;
  return {
    iframe,
    messages,
    contentHeight: () => Math.ceil(doc().documentElement.getBoundingClientRect().height),
    timeline: () => doc().querySelector('resignation-timeline'),
  };
}

const ampHeights = (frame: Frame) =>
  frame.messages.filter((m): m is { height: number } => (m as { sentinel?: string })?.sentinel === 'amp');
const pymMessages = (frame: Frame) => frame.messages.filter((m): m is string => typeof m === 'string');
const lastHeight = (frame: Frame) => ampHeights(frame).at(-1)?.height;

/** Waits until the story is drawn in the frame and its last reported height is its height now. */
async function storyShownAndReported(frame: Frame): Promise<number> {
  await waitUntil(() => frame.timeline()?.shadowRoot?.querySelector('h2'), 'the story was not shown in the frame', {
    timeout: 10000,
  });
  await waitUntil(() => lastHeight(frame) === frame.contentHeight(), 'the frame did not report its height', {
    timeout: 5000,
  });
  return lastHeight(frame)!;
}

describe('demo/embed.html in an iframe', () => {
  it('posts its height in the pym.js and AMP formats on load; at that height nothing scrolls', async () => {
    const frame = await openFrame(`src=${TEST_STORY_URL}&childId=story-1`);
    const height = await storyShownAndReported(frame);
    expect(frame.timeline()!.shadowRoot!.querySelector('h2')!.textContent).to.equal(TEST_STORY.story.title);
    expect(height).to.be.greaterThan(400); // the story, not "Loading the story…"
    expect(ampHeights(frame).at(-1)).to.deep.equal({ sentinel: 'amp', type: 'embed-size', height });
    expect(pymMessages(frame).at(-1)).to.equal(`pymxPYMxstory-1xPYMxheightxPYMx${height}`);
    frame.iframe.style.height = `${height}px`;
    await nextFrames();
    const root = frame.iframe.contentDocument!.documentElement;
    expect(root.scrollHeight).to.be.at.most(height);
    expect(root.scrollWidth).to.be.at.most(900);
  });

  it('reports a height at which nothing scrolls inside, in a narrow frame and for a story refused', async () => {
    for (const [query, width] of [
      [`src=${TEST_STORY_URL}`, 360],
      ['src=/no-such-story.json', 900],
    ] as const) {
      const frame = await openFrame(query, { width });
      await waitUntil(
        () =>
          frame.timeline()?.shadowRoot?.querySelector('h2, [role="alert"]') &&
          lastHeight(frame) === frame.contentHeight(),
        `${query}: not shown, or its height not reported`,
        { timeout: 10000 },
      );
      frame.iframe.style.height = `${lastHeight(frame)}px`;
      await nextFrames();
      const root = frame.iframe.contentDocument!.documentElement;
      expect(root.scrollHeight, `${query} at ${width} px`).to.be.at.most(lastHeight(frame)!);
    }
  });

  it("reports its height from another origin, far below the parent's view", async () => {
    // Chromium runs no ResizeObserver in a cross-origin frame out of view.
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 5000px' });
    const iframe = document.createElement('iframe');
    iframe.title = 'Timeline';
    iframe.style.cssText = 'width: 900px; height: 600px; border: 0; display: block';
    iframe.src = `${location.protocol}//${otherHost}:${location.port}/demo/embed.html?src=${TEST_STORY_URL}`;
    const heights: number[] = [];
    addEventListener('message', (event) => {
      if (event.source === iframe.contentWindow && event.data?.sentinel === 'amp') heights.push(event.data.height);
    });
    document.body.append(spacer, iframe);
    frames.push(spacer as unknown as HTMLIFrameElement, iframe);
    await waitUntil(() => heights.some((height) => height > 400), "the story's height was not reported", {
      timeout: 10000,
    });
    // Out of view it stays: a frame that drew its story must not scroll the page to itself.
    expect(scrollY, 'the page was scrolled to the frame').to.equal(0);
  });

  it('posts its new height in both formats when its content grows', async () => {
    const frame = await openFrame(`src=${TEST_STORY_URL}&childId=story-2`);
    const horizontal = await storyShownAndReported(frame);
    frame.iframe.style.width = '340px'; // the vertical layout runs down the page: far taller
    await waitUntil(
      () => (lastHeight(frame) ?? 0) > horizontal + 200 && lastHeight(frame) === frame.contentHeight(),
      'no new height',
      { timeout: 5000 },
    );
    const vertical = lastHeight(frame)!;
    expect(pymMessages(frame).at(-1)).to.equal(`pymxPYMxstory-2xPYMxheightxPYMx${vertical}`);
    // One message per height: nothing is sent again while the height stays the same.
    const heights = ampHeights(frame).map((m) => m.height);
    expect(heights.every((h, i) => i === 0 || h !== heights[i - 1])).to.equal(true);
  });

  it('forwards the reader’s selection to the parent by postMessage, and leaves its own URL alone', async () => {
    const frame = await openFrame(`src=${TEST_STORY_URL}&childId=story-3`);
    frame.iframe.style.height = `${await storyShownAndReported(frame)}px`; // the marker in view
    await nextFrames();
    const frameUrl = frame.iframe.contentWindow!.location.href;
    const frameHistory = frame.iframe.contentWindow!.history.length;
    const unselected = [
      ...frame.timeline()!.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"][aria-selected="false"]'),
    ].find((tab) => tab.getBoundingClientRect().width > 0)!;
    const eventId = unselected.dataset.eventId!;
    const [x, y] = centreOf(unselected);
    const offset = frame.iframe.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(offset.left + x), Math.round(offset.top + y)] });
    await waitUntil(
      () => frame.messages.some((m) => (m as { type?: string })?.type === 'timeline-select'),
      'no selection was forwarded',
    );
    expect(frame.messages.find((m) => (m as { type?: string })?.type === 'timeline-select')).to.deep.equal({
      sentinel: 'resignation-timeline',
      type: 'timeline-select',
      eventId,
      trigger: 'pointer',
    });
    expect(pymMessages(frame)).to.include(`pymxPYMxstory-3xPYMxtimeline-selectxPYMx${eventId}`);
    expect(frame.iframe.contentWindow!.location.href).to.equal(frameUrl);
    expect(frame.iframe.contentWindow!.history.length).to.equal(frameHistory);
  });

  it('refuses a story address that is not http(s) or relative, and says so', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}']) {
      const frame = await openFrame(`src=${encodeURIComponent(src)}`);
      await waitUntil(() => frame.iframe.contentDocument!.querySelector('[role="alert"]'), `${src} was not refused`);
      expect(frame.timeline()).to.equal(null);
      expect(frame.iframe.contentDocument!.body.textContent).to.contain('must start with http:// or https://');
    }
  });

  it('tells the default story when no src is given', async () => {
    const frame = await openFrame('');
    await storyShownAndReported(frame);
    expect(frame.timeline()!.getAttribute('src')).to.equal(null);
    expect(frame.timeline()!.shadowRoot!.querySelectorAll('[role="tab"]').length).to.be.greaterThan(5);
  });
});

describe('demo/embed-parent.js on a page without pym.js', () => {
  it('sizes a marked iframe to its story, and leaves unmarked ones alone', async () => {
    const marked = await openFrame(`src=${TEST_STORY_URL}`, { resizeScript: true });
    const unmarked = await openFrame(`src=${TEST_STORY_URL}`);
    await storyShownAndReported(marked);
    await storyShownAndReported(unmarked);
    // Once the frame fits, its scroll bar goes, the story reflows a little wider, and it fits again.
    const fits = () => marked.iframe.getBoundingClientRect().height === marked.contentHeight();
    await waitUntil(fits, 'the frame does not fit its content');
    const height = marked.contentHeight();
    expect(height).to.be.greaterThan(400);
    expect(unmarked.iframe.getBoundingClientRect().height).to.equal(150); // an iframe's default
    marked.iframe.style.width = '340px';
    await waitUntil(
      () => marked.iframe.getBoundingClientRect().height > height + 200,
      'the frame was not resized as it grew',
      { timeout: 5000 },
    );
    await waitUntil(fits, 'the frame does not fit its content once narrow');
  });

  it('re-dispatches the reader’s selection as a timeline-select event on the iframe', async () => {
    const frame = await openFrame(`src=${TEST_STORY_URL}`, { resizeScript: true });
    await storyShownAndReported(frame);
    const heard: CustomEvent[] = [];
    document.body.addEventListener('timeline-select', (event) => heard.push(event as CustomEvent));
    const tab = frame.timeline()!.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
    frame.iframe.contentWindow!.focus();
    tab.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => heard.length === 1, 'no timeline-select on the iframe');
    expect(heard[0]!.target).to.equal(frame.iframe);
    expect(heard[0]!.detail).to.deep.equal({
      eventId: frame.timeline()!.story!.events.at(-1)!.id,
      trigger: 'keyboard',
    });
  });
});
