/**
 * The timeline on a page under a strict Content Security Policy (the test server's
 * /test-server/strict-page.html, in an iframe): `script-src 'self'`, `style-src 'self'` and
 * Trusted Types enforced with only Lit's policy name, `lit-html`. The builds in dist/: run
 * `npm run build` first (`npm test` does).
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { centreOf, waitUntil } from './helpers.js';

type StrictWindow = Window & typeof globalThis & { cspViolations: string[]; pageErrors: string[] };

/** Trusted Types are enforced only where the browser has them: Firefox from ESR 153, not ESR 140. */
const hasTrustedTypes = (win: Window) => 'trustedTypes' in win;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Opens the strict page with `query`, and waits until its timeline tells the default story. */
async function openStrictPage(query: string) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 900px; border: 0; display: block';
  iframe.src = `/test-server/strict-page.html?${query}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as StrictWindow;
  const timeline = win.document.querySelector('resignation-timeline') as ResignationTimeline;
  await waitUntil(() => timeline.shadowRoot?.querySelector('h2'), 'the story was not shown on the strict page', {
    timeout: 10000,
  });
  return { iframe, win, timeline };
}

describe('<resignation-timeline> on a page with a strict Content Security Policy', () => {
  for (const build of ['bundle', 'all']) {
    it(
      `tells its story and zooms with no violation ` +
        `(${build === 'all' ? 'the all-in-one file' : 'the bundle and its chunks'})`,
      async () => {
        const { iframe, win, timeline } = await openStrictPage(`scripts=${build}`);
        const root = timeline.shadowRoot!;
        // Styled by constructable stylesheets, and inline sizes written through the CSSOM: both allowed.
        expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
        expect(win.getComputedStyle(timeline).display).to.equal('block');
        const chart = root.querySelector<HTMLElement>('.chart')!;
        expect(chart.style.height).to.match(/^\d+(\.\d+)?px$/);
        expect(chart.getBoundingClientRect().height).to.be.closeTo(parseFloat(chart.style.height), 1);
        // Zoom, loaded by import() in the bundle, works as a reader presses the button.
        const before = timeline.view!;
        const zoomIn = root.querySelector<HTMLElement>('button.zoom-in')!;
        const [x, y] = centreOf(zoomIn);
        await sendMouse({
          type: 'click',
          position: [
            x + Math.round(iframe.getBoundingClientRect().left),
            y + Math.round(iframe.getBoundingClientRect().top),
          ],
        });
        await waitUntil(
          () =>
            timeline.view!.end.getTime() - timeline.view!.start.getTime() <
            before.end.getTime() - before.start.getTime(),
          'zoom did nothing',
          {
            timeout: 5000,
          },
        );
        expect(win.cspViolations).to.deep.equal([]);
        expect(win.pageErrors).to.deep.equal([]);
        // The policy is enforced and violations are heard: HTML from a string and an inline style are refused.
        const refused = ['style-src-attr'];
        if (hasTrustedTypes(win)) {
          // eslint-disable-next-line no-restricted-syntax -- the test shows this sink is refused
          expect(() => (win.document.body.innerHTML = '<b>not allowed</b>')).to.throw();
          refused.push('require-trusted-types-for');
        }
        win.document.body.setAttribute('style', 'color: red');
        await waitUntil(
          () => win.cspViolations.length === refused.length,
          `violations heard: ${win.cspViolations.join('; ')}`,
        );
        expect(win.cspViolations.map((violation) => violation.split(':')[0])).to.have.members(refused);
      },
    );
  }

  it("shares the page with a second copy of Lit when Trusted Types allow 'allow-duplicates'", async () => {
    const { win, timeline } = await openStrictPage('scripts=bundle,all&duplicates');
    expect(timeline.shadowRoot!.querySelectorAll('[role="tab"]').length).to.be.greaterThan(5);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it("without 'allow-duplicates', the second copy's policy is refused (the README says to add it)", async () => {
    const { win, timeline } = await openStrictPage('scripts=bundle,all');
    // The first copy still tells the story; the second could not create Lit's policy.
    expect(timeline.shadowRoot!.querySelectorAll('[role="tab"]').length).to.be.greaterThan(5);
    if (!hasTrustedTypes(win)) {
      // Without Trusted Types (Firefox ESR 140) there is no policy to refuse: both copies share the page.
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      return;
    }
    await waitUntil(() => win.cspViolations.length > 0, 'no violation for the second policy');
    expect(win.cspViolations[0]).to.match(/^trusted-types/);
  });
});
