/**
 * The browser tests' one set of helpers: rendering, finding parts of the timeline, waiting for
 * what a reader would see, real input, and the stories the tests tell. Imports nothing from src/
 * at run time (types only), so the standalone bundle's test can use it without a second
 * definition of the element.
 */
import { expect, fixture, html, waitUntil as waitUntilOpenWc } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { overlaps, sideBySide, type Box } from '../geometry.js';
import harbourBridge from '../fixtures/harbour-bridge.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------
// Stories

/**
 * The behaviour tests' own story (tests/fixtures/harbour-bridge.json), shaped like the default
 * one: a crowded week of eight events in five categories, one far-off event, an era, a range,
 * quotes as fragments and as paragraphs, one quote linked to two events. The default story's
 * wording can change without touching these tests.
 */
export const TEST_STORY = harbourBridge;
export const TEST_STORY_URL = '/tests/fixtures/harbour-bridge.json';

/** A fresh copy of the test story, to give as `data`. */
export const testStory = () => structuredClone(TEST_STORY);

/** An event of the test story by id. */
export function testEvent(id: string): (typeof TEST_STORY.events)[number] {
  const event = TEST_STORY.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`the test story has no event "${id}"`);
  return event;
}

/** A quote of the test story by id. */
export function testQuote(id: string): (typeof TEST_STORY.quotes)[number] {
  const quote = TEST_STORY.quotes.find((candidate) => candidate.id === id);
  if (!quote) throw new Error(`the test story has no quote "${id}"`);
  return quote;
}

/** A minimal valid story, different from the default one. */
export function smallStory(title = 'A small story') {
  return {
    version: 1,
    story: { title, timeZone: 'UTC' },
    sources: [{ id: 'src', kind: 'public-record', url: 'https://example.org/record' }],
    categories: [{ id: 'one', label: 'One' }],
    people: [{ id: 'p', name: 'Pat Example' }],
    events: [
      {
        id: 'first',
        date: '2020-01-01',
        category: 'one',
        title: 'First thing',
        summary: 'It began.',
        sources: ['src'],
      },
      {
        id: 'second',
        date: '2020-03',
        category: 'one',
        title: 'Second thing',
        summary: 'It went on.',
        sources: ['src'],
      },
    ],
    quotes: [
      {
        id: 'q',
        speaker: 'p',
        form: 'paragraphs',
        text: ['Said once.'],
        events: ['second'],
        medium: 'statement',
        source: 'src',
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** Renders a timeline and waits until its story (or its problems) are on screen. */
export async function renderTimeline(template: TemplateResult): Promise<ResignationTimeline> {
  const el = await fixture<ResignationTimeline>(template);
  await waitUntil(() => el.story !== undefined || el.problems.length > 0, 'the story did not load', { timeout: 5000 });
  await nextFrames();
  await el.updateComplete;
  return el;
}

/** Renders the test story, as given by a page through `data`, with the attributes asked for. */
export function renderTestStory(
  options: { selected?: string; width?: number; dir?: 'ltr' | 'rtl'; theme?: 'light' | 'dark' } = {},
): Promise<ResignationTimeline> {
  const { selected, width, dir, theme } = options;
  return renderTimeline(html`<resignation-timeline
    .data=${testStory()}
    selected=${ifDefined(selected)}
    dir=${ifDefined(dir)}
    theme=${ifDefined(theme)}
    style=${ifDefined(width === undefined ? undefined : `width: ${width}px`)}
  ></resignation-timeline>`);
}

// ---------------------------------------------------------------------------------------------
// Parts of the timeline, as a reader or a page sees them

export const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';
export const tabs = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
export const selectedTab = (el: HTMLElement) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
export const panel = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]')!;
export const quoteItems = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.quote-item')];
export const linkedQuoteIds = (el: HTMLElement) =>
  quoteItems(el)
    .filter((item) => item.hasAttribute('data-linked'))
    .map((item) => item.dataset.quoteId);
export const linkedEventIds = (el: HTMLElement) =>
  tabs(el)
    .filter((tab) => tab.hasAttribute('data-linked'))
    .map((tab) => tab.dataset.eventId);
/** The text of the polite live region (what a screen reader is told without moving focus). */
export const announcement = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';

/**
 * Starts noting every alert (a list of problems) the timeline shows; the returned function gives
 * the text of each one shown since, even if it has gone again.
 */
export function alertsShown(el: HTMLElement): () => string[] {
  const seen: string[] = [];
  // Read when added, even where a later render has taken the alert away again.
  const note = (alert: Element) => seen.push(alert.textContent!.replace(/\s+/g, ' ').trim());
  el.shadowRoot!.querySelectorAll('[role="alert"]').forEach(note);
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (!(node instanceof Element)) continue;
      if (node.matches('[role="alert"]')) note(node);
      node.querySelectorAll('[role="alert"]').forEach(note);
    }
  }).observe(el.shadowRoot!, { childList: true, subtree: true });
  return () => seen;
}

/** The marker (a tab) of an event, or undefined where it is not drawn. */
export const drawnTab = (el: HTMLElement, eventId: string) => tabs(el).find((tab) => tab.dataset.eventId === eventId);

/** The marker (a tab) of an event; fails the test where it is not drawn. */
export function tabFor(el: HTMLElement, eventId: string): HTMLButtonElement {
  const tab = drawnTab(el, eventId);
  if (!tab) throw new Error(`no marker is drawn for the event "${eventId}"`);
  return tab;
}

/** The marker whose accessible name starts with an event's title; fails the test where there is none. */
export function tabByTitle(el: HTMLElement, title: string): HTMLButtonElement {
  const tab = tabs(el).find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').includes(`${title}, `));
  if (!tab) throw new Error(`no marker is named "${title}"`);
  return tab;
}

/** The item of a quote in the list of every quote; fails the test where there is none. */
export function quoteItem(el: HTMLElement, quoteId: string): HTMLElement {
  const item = quoteItems(el).find((candidate) => candidate.dataset.quoteId === quoteId);
  if (!item) throw new Error(`no quote "${quoteId}" is listed`);
  return item;
}

/** The category shape of a marker (where its event sits on the axis). */
export const shapeOf = (tab: Element) => tab.querySelector('.shape')!;

/** Where an event's shape starts on screen, from the left. */
export const shapeLeft = (el: HTMLElement, eventId: string) =>
  shapeOf(tabFor(el, eventId)).getBoundingClientRect().left;

/**
 * The test story drawn horizontal from right to left: its first event right of its last, Left moving
 * later in time and Right earlier (the keys follow time's direction), and axe finds nothing.
 */
export async function assertRightToLeftTestStory(el: ResignationTimeline): Promise<void> {
  expect(shapeLeft(el, 'cracks-found')).to.be.greaterThan(shapeLeft(el, 'engineer-resigns'));
  selectedTab(el).focus();
  await sendKeys({ press: 'ArrowLeft' });
  await el.updateComplete;
  expect(el.selected).to.equal('council-silent');
  await sendKeys({ press: 'ArrowRight' });
  await el.updateComplete;
  expect(el.selected).to.equal('cracks-found');
  await expect(el).to.be.accessible();
}

// ---------------------------------------------------------------------------------------------
// Geometry

/** The centre of an element in page coordinates, for real mouse and touch input. */
export function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Fails with every overlapping pair named, unless no two of the boxes overlap. */
export function assertNoOverlaps(boxes: readonly Box[], what: string): void {
  expect(
    overlaps(boxes, (_, i) => `${what} ${i}`),
    `${what} overlap`,
  ).to.deep.equal([]);
}

/** Fails unless every marker's label lies beside its shape, never across it. */
export function assertLabelsClearOfShapes(el: HTMLElement): void {
  const markers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker')];
  expect(markers.length).to.be.greaterThan(0);
  for (const marker of markers) {
    const label = marker.querySelector('.label')!;
    const clear = sideBySide(label.getBoundingClientRect(), shapeOf(marker).getBoundingClientRect());
    expect(clear, `"${label.textContent}" runs into its shape`).to.equal(true);
  }
}

// ---------------------------------------------------------------------------------------------
// Waiting for what the reader would see

/** Waits for animation frames (two by default): renders that a resize or zoom set off have happened. */
export async function nextFrames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * `waitUntil` from @open-wc/testing, failing after 4 s unless told otherwise instead of its 1 s.
 * On CI's busy two-core machine a chunk or a pack that loads on a page's first use has taken more
 * than a second to arrive in Firefox. A longer limit costs a passing test nothing.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 4000, ...options });
}

/** Waits frame by frame until `predicate` holds; fails after `timeout` ms. */
export async function untilFrame(predicate: () => boolean, message: string, timeout = 4000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(message);
    await nextFrames(1);
  }
}

/**
 * Waits until `read()` gives the same value for `frames` frames in a row, and returns it: an
 * animation (a zoom, a smooth scroll) moves what it animates on every frame it runs.
 */
export async function steady<T>(read: () => T, message: string, frames = 5): Promise<T> {
  let last = read();
  let still = 0;
  await untilFrame(() => {
    const now = read();
    still = Object.is(now, last) ? still + 1 : 0;
    last = now;
    return still >= frames;
  }, message);
  return last;
}

/**
 * Resolves with the next event of this type that reaches the page, seen at the window in the
 * capture phase (before any handler can stop it): proof that real input was delivered.
 */
export function nextInput<K extends keyof WindowEventMap>(type: K): Promise<WindowEventMap[K]> {
  return new Promise((resolve) => window.addEventListener(type, resolve, { once: true, capture: true }));
}

// ---------------------------------------------------------------------------------------------
// Real input

/** Parks the pointer away from the next fixture, so no test starts with an event hovered. */
export async function parkPointer(): Promise<void> {
  await sendMouse({ type: 'move', position: [0, 0] });
  await resetMouse();
}

// ---------------------------------------------------------------------------------------------
// Requests the test server holds back (tests/runner/request-holds.mjs, tests only)

/**
 * A story the test server holds back until the test lets it go, for races between loads: its
 * `url` asks for `path` with `?hold=KEY`, a key of its own that the server holds from the start,
 * and again after each release (a second try asks for the same URL).
 */
export interface HeldStory {
  url: string;
  /** Resolves once the request has reached the server and is being held: the load is in flight. */
  requested(): Promise<void>;
  /**
   * Lets the response go, and resolves once the page has received it in full (a resource timing
   * entry appears) or had given the request up (the server saw it closed): either way, whatever
   * the element would do with it has been set off. Then waits for the element to render.
   */
  release(el: ResignationTimeline): Promise<void>;
}

let heldCount = 0;

export async function heldStory(path: string): Promise<HeldStory> {
  const match = `hold=${Date.now()}-${++heldCount}`;
  const url = `${path}?${match}`;
  await executeServerCommand('hold-requests', { match });
  const requested = async () => {
    let arrived = false;
    void executeServerCommand('await-held-request', { match }).then(() => (arrived = true));
    await waitUntil(() => arrived, `the request for ${url} never reached the server`, { timeout: 5000 });
  };
  return {
    url,
    requested,
    async release(el) {
      await requested();
      let received = false;
      const observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name.includes(match))) received = true;
      });
      observer.observe({ type: 'resource' });
      const { delivered } = (await executeServerCommand('release-requests', { match })) as { delivered: number };
      await executeServerCommand('hold-requests', { match }); // lets go by itself 30 s after the test
      const lost = `the held response to ${url} was sent but never reached the page`;
      await waitUntil(() => delivered === 0 || received, lost, { timeout: 5000 });
      observer.disconnect();
      await nextFrames();
      await el.updateComplete;
    },
  };
}
