/**
 * Chromium only: layout shift is measured with PerformanceObserver('layout-shift'), which
 * Firefox does not implement. An article page in an iframe (its own viewport: a phone at 390 px,
 * a desktop at 1200 px) with the timeline between paragraphs; the bundle or the `src` story
 * arrives late, as on a slow network. Built files: run `npm run build` first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { renderStoryHtml } from '../../../src/html-story/render.js';
import defaultStory from '../../../data/ambassador-resignation-2019.json' with { type: 'json' };
import { TEST_STORY_URL, waitUntil } from '../helpers.js';

const BUNDLE = '/dist/resignation-timeline.bundle.js';
const VIEWPORTS = { phone: [390, 844], desktop: [1200, 800] } as const;
const PARAGRAPH =
  '<p>Paragraph of the article around the timeline, long enough to wrap over a few lines on a phone and on a ' +
  'desktop, as the text of a news report does.</p>';

type TimelineInPage = HTMLElement & { updateComplete: Promise<boolean> };

/** Resolves once `win` has drawn two more frames: what changed before is painted, and its shifts reported. */
const framesDrawn = (win: Window) =>
  new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

interface ArticlePage {
  timeline: string;
  /** Milliseconds before the bundle's script tag is added; 0 puts it in the head. */
  bundleAfter?: number;
  head?: string;
}

/**
 * An article page in an iframe of the viewport's size; resolves with its window once the timeline is drawn and
 * settled.
 */
async function articlePage(
  [width, height]: readonly [number, number],
  { timeline, bundleAfter = 0, head = '' }: ArticlePage,
  whileLoading?: (win: Window) => Promise<void>,
) {
  const bundle = bundleAfter
    ? "<script>setTimeout(() => { const s = document.createElement('script'); s.type = 'module'; " +
      `s.src = '${BUNDLE}'; document.head.append(s); }, ${bundleAfter});</script>`
    : `<script type="module" src="${BUNDLE}"></script>`;
  const srcdoc =
    '<!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<style>body { margin: 0; font: 18px/1.6 Georgia, serif } ' +
    'main { max-width: 1100px; margin: 0 auto; padding: 0 16px }</style>\n' +
    '<script>window.shifts = []; new PerformanceObserver((list) => { for (const entry of list.getEntries()) ' +
    'if (!entry.hadRecentInput) window.shifts.push(entry.value); }).observe(' +
    "{ type: 'layout-shift', buffered: true });</script>\n" +
    `${head}${bundle}</head><body><main><h1>A headline over the article</h1>${PARAGRAPH}${PARAGRAPH}${timeline}` +
    `${PARAGRAPH.repeat(12)}</main></body></html>`;
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="An article page"
      style=${`width: ${width}px; height: ${height}px; border: 0`}
      srcdoc=${srcdoc}
    ></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.querySelector('main'), 'the page did not load');
  const win = frame.contentWindow as Window & { shifts: number[] };
  if (whileLoading) await whileLoading(win);
  const element = () => win.document.querySelector('resignation-timeline') as TimelineInPage;
  await waitUntil(() => element()?.shadowRoot?.querySelector('[role="tab"]'), 'the timeline was not drawn', {
    timeout: 10000,
  });
  // What comes after the first draw: the page's fonts and, laid out horizontally, zoom and pan (a
  // chunk of their own, bound to the chart once it arrives); then the render that follows.
  await win.document.fonts.ready;
  await waitUntil(
    () => element().shadowRoot!.querySelector('.timeline.vertical, .chart[data-zoomable]'),
    'zoom and pan did not arrive',
    { timeout: 10000 },
  );
  await element().updateComplete;
  await framesDrawn(win);
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  const cls = win.shifts.reduce((sum, value) => sum + value, 0);
  const tall = Math.round(win.document.querySelector('resignation-timeline')!.getBoundingClientRect().height);
  console.log(
    `  ${width} px: timeline ${tall} px tall, shifts ${JSON.stringify(win.shifts.map((v) => +v.toFixed(4)))}`,
  );
  frame.remove();
  return cls;
}

/** The README's size hint, for a page whose timeline has no content of its own. */
const SIZE_HINT = '<style>resignation-timeline:not(:defined) { display: block; min-height: 100vh }</style>';
/**
 * How long the page is watched, once settled, for a shift that comes late. That nothing more moves
 * cannot be waited for as a condition (it is the absence of an event): it is only watched for a
 * while, long enough for a late timer or another layout pass to show (a shift 300 ms after zoom
 * arrives fails the desktop tests).
 */
const QUIET_MS = 1000;

const results: string[] = [];

describe('layout shift while the timeline loads (Chromium)', function () {
  this.timeout(60000);
  before(() => expect(PerformanceObserver.supportedEntryTypes).to.include('layout-shift'));
  after(() => console.log(`Cumulative layout shift:\n${results.join('\n')}`));

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`bare tag, bundle 600 ms late, at ${name} width`, async () => {
      const cls = await articlePage(viewport, {
        timeline: '<resignation-timeline></resignation-timeline>',
        bundleAfter: 600,
        head: SIZE_HINT,
      });
      results.push(`bare tag with the size hint, bundle late, ${viewport[0]} px: ${cls.toFixed(4)}`);
      expect(cls).to.be.at.most(0.01);
    });

    it(`HTML story, bundle 600 ms late, at ${name} width`, async () => {
      const cls = await articlePage(viewport, {
        timeline: `<resignation-timeline>${renderStoryHtml(defaultStory)}</resignation-timeline>`,
        bundleAfter: 600,
      });
      results.push(`HTML story, bundle late, ${viewport[0]} px: ${cls.toFixed(4)}`);
      expect(cls).to.be.at.most(0.01);
    });

    it(`src story arriving after the page is drawn, at ${name} width`, async () => {
      const match = `hold=cls-${name}`;
      await executeServerCommand('hold-requests', { match });
      // With the size hint too: on a loaded machine the bundle itself may come after the first paint.
      const timeline = `<resignation-timeline src="${TEST_STORY_URL}?${match}"></resignation-timeline>`;
      const cls = await articlePage(viewport, { timeline, head: SIZE_HINT }, async (win) => {
        await executeServerCommand('await-held-request', { match });
        // The story arrives late: once the page is painted with the timeline still waiting for it.
        await (win.document.querySelector('resignation-timeline') as TimelineInPage).updateComplete;
        await framesDrawn(win);
        await executeServerCommand('release-requests', { match });
      });
      results.push(`src story late, with the size hint, ${viewport[0]} px: ${cls.toFixed(4)}`);
      expect(cls).to.be.at.most(0.01);
    });
  }
});
