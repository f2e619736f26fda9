/**
 * Stories over the network as a reader meets it: a server that never answers, a reader who asks
 * again, a story too large to read, and the `timeline-error` event a page hears for each failure.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import type { TimelineErrorEvent } from '../../src/events.js';
import {
  centreOf,
  heading,
  heldStory,
  renderTimeline,
  smallStory,
  tabs,
  TEST_STORY,
  TEST_STORY_URL,
  waitUntil,
} from './helpers.js';

const alert = (el: ResignationTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
const retryButton = (el: ResignationTimeline) => alert(el)?.querySelector('button') ?? null;
const messages = (el: ResignationTimeline) => el.problems.map((problem) => problem.message);

/** Every `timeline-error` that reaches the page's body, from any element in it. */
function errorsHeard(): { events: TimelineErrorEvent[]; stop(): void } {
  const events: TimelineErrorEvent[] = [];
  const listener = (event: TimelineErrorEvent) => events.push(event);
  document.body.addEventListener('timeline-error', listener);
  return { events, stop: () => document.body.removeEventListener('timeline-error', listener) };
}

describe('<resignation-timeline> a src that never answers', () => {
  it('gives up after src-timeout with a clear message, fires timeline-error, and offers to try again', async () => {
    const held = await heldStory(TEST_STORY_URL);
    const heard = errorsHeard();
    const el = await fixture<ResignationTimeline>(
      html`<resignation-timeline src=${held.url} src-timeout="1500"></resignation-timeline>`,
    );
    await held.requested();
    await waitUntil(() => alert(el), 'the timeout was not reported', { timeout: 5000 });
    expect(messages(el)).to.deep.equal([`could not load "${held.url}": it took more than 1.5 seconds`]);
    expect(alert(el)!.textContent).to.contain('it took more than 1.5 seconds');
    expect(el.shadowRoot!.textContent).not.to.contain('Loading the story');
    expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
    expect(heard.events.map((event) => event.detail.problems)).to.deep.equal([el.problems]);
    heard.stop();
    await expect(el).to.be.accessible();
    await held.release(el);
  });

  it('waits 15 seconds by default', async () => {
    const el = document.createElement('resignation-timeline');
    expect(el.srcTimeout).to.equal(15000);
    el.setAttribute('src-timeout', '2500');
    expect(el.srcTimeout).to.equal(2500);
  });

  /** A timeline whose `src` gave no answer within a second: it offers "Try again", and the request stays held. */
  async function timedOut() {
    const held = await heldStory(TEST_STORY_URL);
    const el = await fixture<ResignationTimeline>(
      html`<resignation-timeline src=${held.url} src-timeout="1000"></resignation-timeline>`,
    );
    await held.requested();
    await waitUntil(() => retryButton(el), 'no button to try again', { timeout: 5000 });
    await held.release(el); // the first request was given up
    return { held, el };
  }

  it('loads the story when the reader presses "Try again" and the server answers', async () => {
    const { held, el } = await timedOut();
    el.srcTimeout = 10000;
    await sendMouse({ type: 'click', position: centreOf(retryButton(el)!) });
    await held.requested(); // asked for again
    await held.release(el);
    await waitUntil(() => heading(el) === TEST_STORY.story.title, 'the story did not load on the second try');
    expect(el.problems).to.deep.equal([]);
    expect(alert(el)).to.equal(null);
  });

  it('keeps keyboard focus on "Try again" until the story comes, then puts it on the story', async () => {
    const { held, el } = await timedOut();
    const focused = () => el.shadowRoot!.activeElement;
    const heard = errorsHeard();

    retryButton(el)!.focus();
    await sendKeys({ press: 'Enter' }); // asked again, and again no answer in time
    await held.requested();
    expect(retryButton(el), 'the button stays while the story is asked for').to.exist;
    expect(focused(), 'focus on the button while the story is asked for').to.equal(retryButton(el));
    await waitUntil(() => heard.events.length === 1, 'the second try did not fail', { timeout: 5000 });
    heard.stop();
    await held.release(el);
    await el.updateComplete;
    expect(focused(), 'focus on the button after a second failure').to.equal(retryButton(el));

    el.srcTimeout = 10000;
    await sendKeys({ press: 'Enter' });
    await held.requested();
    await held.release(el);
    await waitUntil(() => heading(el) === TEST_STORY.story.title, 'the story did not load');
    await waitUntil(() => focused()?.getAttribute('role') === 'tab', 'focus did not go to the story');
    expect(focused()!.getAttribute('aria-selected')).to.equal('true');
  });

  it('keeps the last good story on screen when a new src times out', async () => {
    const el = await renderTimeline(html`<resignation-timeline src=${TEST_STORY_URL}></resignation-timeline>`);
    expect(heading(el)).to.equal(TEST_STORY.story.title);
    const held = await heldStory('/tests/fixtures/apollo-11.json');
    el.srcTimeout = 1000;
    el.src = held.url;
    await held.requested();
    await waitUntil(() => alert(el), 'the timeout was not reported', { timeout: 5000 });
    expect(heading(el)).to.equal(TEST_STORY.story.title);
    expect(tabs(el).length).to.be.greaterThan(0);
    expect(alert(el)!.textContent).to.contain('The story shown is the last one that loaded without problems.');
    await held.release(el);
  });

  it('offers no retry for a story given as data, which asking again would not change', async () => {
    const el = await renderTimeline(html`<resignation-timeline .data=${'{ not json'}></resignation-timeline>`);
    expect(alert(el)).to.exist;
    expect(retryButton(el)).to.equal(null);
  });
});

describe('<resignation-timeline> the size of a src story', () => {
  it('reads a story of 10,000 events, more than 3.6 MB', async function () {
    this.timeout(60000);
    const url = '/test-server/generated-story.json?events=10000';
    const el = await renderTimeline(html`<resignation-timeline src=${url}></resignation-timeline>`);
    expect(el.problems).to.deep.equal([]);
    expect(el.story!.events.length).to.equal(10000);
    const [entry] = performance.getEntriesByName(new URL(url, location.href).href) as PerformanceResourceTiming[];
    expect(entry!.decodedBodySize).to.be.greaterThan(3_600_000);
  });

  it('refuses a story that proves larger than 10 MB as it is read (no Content-Length)', async () => {
    const heard = errorsHeard();
    const el = await renderTimeline(
      html`<resignation-timeline src="/test-server/oversized.json"></resignation-timeline>`,
    );
    heard.stop();
    expect(messages(el)).to.deep.equal(['could not load "/test-server/oversized.json": larger than 10 MB']);
    expect(heard.events.length).to.equal(1);
  });

  it('refuses a story whose Content-Length says it is larger than 10 MB, without waiting for the rest', async () => {
    const url = '/test-server/oversized.json?declared';
    // The server sends the header and one piece, then nothing: only the header can end the wait.
    const el = await renderTimeline(html`<resignation-timeline src=${url}></resignation-timeline>`);
    expect(messages(el)).to.deep.equal([`could not load "${url}": larger than 10 MB`]);
    expect(retryButton(el)).to.exist;
  });
});

describe('<resignation-timeline> timeline-error', () => {
  it('bubbles out of shadow roots with the problems, whatever the story came from', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const heard: TimelineErrorEvent[] = [];
    host.addEventListener('timeline-error', (event) => heard.push(event));

    const fromData = document.createElement('resignation-timeline');
    const bad = smallStory() as Record<string, any>;
    bad.events[0].date = '2019-13-45';
    fromData.data = bad;
    shadow.append(fromData);
    await waitUntil(() => heard.length === 1, 'no timeline-error for bad data');
    expect(heard[0]!.detail.problems).to.equal(fromData.problems);
    expect(heard[0]!.detail.problems[0]!.path).to.equal('events[0].date');
    expect(heard[0]!.composed && heard[0]!.bubbles).to.equal(true);

    const fromSrc = document.createElement('resignation-timeline');
    fromSrc.src = '/tests/fixtures/missing.json';
    shadow.append(fromSrc);
    await waitUntil(() => heard.length === 2, 'no timeline-error for a missing src');
    expect(heard[1]!.detail.problems[0]!.message).to.contain('HTTP 404');

    const inline = document.createElement('resignation-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "version": 1 ';
    inline.append(script);
    shadow.append(inline);
    await waitUntil(() => heard.length === 3, 'no timeline-error for broken inline JSON');
    expect(heard[2]!.detail.problems).to.equal(inline.problems);
  });

  it('is not fired when a story loads', async () => {
    const heard = errorsHeard();
    const el = await renderTimeline(html`<resignation-timeline .data=${smallStory()}></resignation-timeline>`);
    el.src = TEST_STORY_URL; // data still takes precedence: nothing fails
    el.data = undefined;
    await waitUntil(() => heading(el) === TEST_STORY.story.title, 'the src story was not shown');
    heard.stop();
    expect(heard.events.length).to.equal(0);
  });
});
