/**
 * What the test server adds for the browser tests (web-test-runner.config.mjs): commands that
 * drive the browser as a person would (touch, wheel, emulation, screenshots, a log of requests),
 * requests held back (request-holds.mjs), stories made on request and a page under a strict
 * Content Security Policy. Tests only: `npm start` serves the files alone.
 */
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { generateStory } from '../../bench/generate-story.js';
import { holdCommands, holdingMiddleware, RequestHolds } from './request-holds.mjs';

/** A test-runner plugin that answers one command with `run(payload, page, session)`. */
const command = (name, run) => ({
  name,
  async executeCommand({ command: asked, payload, session }) {
    if (asked !== name) return undefined;
    return (await run(payload, session.browser.getPage(session.id), session)) ?? true;
  },
});

const devToolsSessions = new WeakMap(); // an emulation lasts as long as its DevTools session
async function devTools(page) {
  if (!devToolsSessions.has(page)) devToolsSessions.set(page, await page.createCDPSession());
  return devToolsSessions.get(page);
}

/**
 * Where each finger is after `step` of `steps`, each moving in a straight line from its first
 * point to its second, as DevTools' touch points.
 */
export function fingersAt(fingers, step, steps) {
  return fingers.map(([from, to], id) => ({
    x: from[0] + ((to[0] - from[0]) * step) / steps,
    y: from[1] + ((to[1] - from[1]) * step) / steps,
    id,
  }));
}

/** The browser's name in a screenshot's file name. */
export const browserName = (session) =>
  session.browser.name.toLowerCase().includes('firefox') ? 'firefox' : 'chromium';

/**
 * The browser's own log of the requests a page makes (puppeteer's `request` event, which sees
 * every frame's requests, to any host): `start-request-log` begins a log for the test's page,
 * `read-request-log` returns the URLs asked for since, `stop-request-log` ends it. The media
 * tests use it to show that nothing is asked of a third party before the reader presses a button.
 */
const requestLogs = new Map();
const requestLog = {
  name: 'request-log',
  async executeCommand({ command: asked, session }) {
    if (!['start-request-log', 'read-request-log', 'stop-request-log'].includes(asked)) return undefined;
    const page = session.browser.getPage(session.id);
    const current = requestLogs.get(page);
    if (asked === 'read-request-log') return current ? [...current.urls] : [];
    if (current) {
      page.off('request', current.listener);
      requestLogs.delete(page);
    }
    if (asked === 'start-request-log') {
      const urls = [];
      const listener = (request) => urls.push(request.url());
      page.on('request', listener);
      requestLogs.set(page, { urls, listener });
    }
    return true;
  },
};

const commands = [
  /** A real touch tap through the browser's input pipeline (puppeteer's touchscreen). */
  command('touch-tap', (payload, page) => page.touchscreen.tap(payload.x, payload.y)),
  /** A mouse wheel turn at a point, optionally with Ctrl held (puppeteer's mouse and keyboard). */
  command('wheel', async (payload, page) => {
    await page.mouse.move(payload.x, payload.y);
    if (payload.ctrlKey) await page.keyboard.down('Control');
    await page.mouse.wheel({ deltaY: payload.deltaY });
    if (payload.ctrlKey) await page.keyboard.up('Control');
  }),
  /** Makes the page report a touch screen, as a phone does (Chromium's DevTools protocol). */
  command('emulate-touch', async (_, page) => {
    await (await devTools(page)).send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  }),
  /**
   * Fingers moving on a touch screen, each from one point to another in a few steps: one finger
   * drags, two moving apart pinch open (Chromium's DevTools protocol).
   */
  command('touch-gesture', async ({ fingers, steps = 8 }, page) => {
    const client = await page.createCDPSession();
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingersAt(fingers, 0, steps) });
    for (let i = 1; i <= steps; i++) {
      await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingersAt(fingers, i, steps) });
    }
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await client.detach();
  }),
  /**
   * Any CSS media feature through the DevTools protocol (Chromium only), e.g. forced-colors, which
   * the stock emulateMedia command does not cover.
   */
  command('emulate-media-features', async (features, page) => {
    await (await devTools(page)).send('Emulation.setEmulatedMedia', { features });
  }),
  /**
   * A picture of the page, or of a box of it, saved as test-results/screenshots/<name>-<browser>.png
   * for a person to look at (the tests check the same page by its boxes).
   */
  command('save-screenshot', async (payload, page, session) => {
    const folder = 'test-results/screenshots';
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: `${folder}/${payload.name}-${browserName(session)}.png`, clip: payload.clip });
  }),
  requestLog,
];

/**
 * Stories made on request, for the network tests: `/test-server/generated-story.json?events=N`
 * (the benchmarks' story with a paragraph of summary on every event, indented as an editor saves
 * it, sent with its Content-Length: 4.8 MB for 10,000 events), and `/test-server/oversized.json`,
 * 11 MB of JSON sent in pieces without a Content-Length, or with `?declared`, a Content-Length of
 * 11 MB and then nothing after the first piece (only a client that reads the header stops).
 */
export const OVERSIZED = 11 * 2 ** 20;
export function generatedStories(context, next) {
  if (context.path === '/test-server/generated-story.json') {
    context.type = 'application/json';
    const story = generateStory(Number(context.query.events));
    const paragraph = 'what happened, who said what and why it mattered. '.repeat(5);
    for (const event of story.events) event.summary = `${event.title}: ${paragraph}`;
    context.body = JSON.stringify(story, null, 2);
    return undefined;
  }
  if (context.path !== '/test-server/oversized.json') return next();
  const piece = Buffer.alloc(64 * 1024, ' ');
  const declared = context.query.declared !== undefined;
  let sent = 0;
  context.type = 'application/json';
  context.body = new Readable({
    read() {
      if (declared && sent > 0) return; // stalls: the rest never comes
      sent += piece.length;
      this.push(sent >= OVERSIZED ? null : piece);
    },
  });
  if (declared) context.length = OVERSIZED;
  return undefined;
}

/**
 * A page under a strict Content Security Policy, for the strict-page tests:
 * `/test-server/strict-page.html?scripts=bundle,all` loads each named build from dist/ (in that
 * order) after tests/fixtures/csp-watch.js (which notes violations and errors), and shows the
 * default story. No inline script or style; Trusted Types enforced with the policy name Lit uses,
 * `'allow-duplicates'` added with `&duplicates`; no policy at all with `&csp=none`. `copy` is the
 * bundle again from another URL: a second copy, as when two embeds on a page each bring theirs.
 */
const builds = {
  bundle: '/dist/resignation-timeline.bundle.js',
  copy: '/dist/resignation-timeline.bundle.js?copy',
  all: '/dist/resignation-timeline.all.js',
};

/** The strict page for a query: its policy (undefined for none) and HTML, or undefined for unknown scripts. */
export function strictPageFor(query) {
  const scripts = String(query.scripts ?? 'bundle')
    .split(',')
    .map((name) => builds[name]);
  if (scripts.some((script) => !script)) return undefined;
  const duplicates = query.duplicates !== undefined ? " 'allow-duplicates'" : '';
  const policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; " +
    `require-trusted-types-for 'script'; trusted-types lit-html${duplicates}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict page</title>
<script src="/tests/fixtures/csp-watch.js"></script>
${scripts.map((script) => `<script type="module" src="${script}"></script>`).join('\n')}
</head><body><resignation-timeline></resignation-timeline></body></html>`;
  return { policy: query.csp === 'none' ? undefined : policy, html };
}

export function strictPage(context, next) {
  if (context.path !== '/test-server/strict-page.html') return next();
  const page = strictPageFor(context.query);
  if (!page) context.throw(400, 'scripts: bundle and/or all');
  if (page.policy) context.set('Content-Security-Policy', page.policy);
  context.type = 'html';
  context.body = page.html;
  return undefined;
}

/**
 * The builds are never cached by the browser: a test that holds a chunk back (request-holds.mjs)
 * must see the request even when an earlier test file loaded the same chunk in the same browser.
 * The test runner marks every file cacheable for a year once all middleware has run, so the
 * header is set as the response head is written.
 */
export function uncachedBuilds(context, next) {
  if (context.path.startsWith('/dist/')) {
    const { res } = context;
    const writeHead = res.writeHead;
    res.writeHead = (...args) => {
      res.setHeader('Cache-Control', 'no-store');
      return writeHead.apply(res, args);
    };
  }
  return next();
}

/** The test server's middleware and commands, for the test runner's config. */
export function testServer() {
  const holds = new RequestHolds();
  return {
    middleware: [uncachedBuilds, holdingMiddleware(holds), generatedStories, strictPage],
    plugins: [holdCommands(holds), ...commands],
  };
}
