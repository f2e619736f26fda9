// Browser tests in the system's Chromium and Firefox ESR: see tests/runner/browsers.mjs.
import { defaultReporter } from '@web/test-runner';
import { devServerPlugins } from './scripts/dev-server-plugins.mjs';
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { generateStory } from './bench/generate-story.js';
import { chromium, findBrowsers } from './tests/runner/browsers.mjs';
import { summaryReporter } from './tests/runner/summary-reporter.mjs';

// Browsers inherit this: the machine sits far from any story's time zone (UTC+14), so a date that
// shifted with the reader's zone would show in the tests.
process.env.TZ = 'Pacific/Kiritimati';

const { found: available, missing } = findBrowsers();
if (available.length === 0) throw new Error(missing.join('\n'));
if (process.env.CI && missing.length > 0) {
  throw new Error(`CI runs every test in both Chromium and Firefox.\n${missing.join('\n')}`);
}
for (const line of missing) console.warn(line);

/**
 * The files named on the command line (`wtr --files a.test.ts b.test.ts`), if any. The runner
 * narrows the default group to them but would still run every group's own files, so the
 * Chromium-only group is narrowed here the same way.
 */
function filesNamedOnCommandLine(argv) {
  const at = argv.findIndex((arg) => arg === '--files' || arg.startsWith('--files='));
  if (at < 0) return undefined;
  if (argv[at].startsWith('--files=')) return [argv[at].slice('--files='.length)];
  const files = [];
  for (const arg of argv.slice(at + 1)) {
    if (arg.startsWith('-')) break;
    files.push(arg);
  }
  return files;
}
const namedFiles = filesNamedOnCommandLine(process.argv);
const isChromiumOnly = (file) => file.replace(/^\.\//, '').startsWith('tests/browser/chromium/');
const chromiumOnlyFiles = namedFiles ? namedFiles.filter(isChromiumOnly) : ['tests/browser/chromium/*.test.ts'];
// Named alone, Chromium-only files run in Chromium alone (the named files replace the default
// group's, which runs in every browser).
const onlyChromiumNamed = namedFiles?.length > 0 && namedFiles.every(isChromiumOnly);
if (namedFiles && chromiumOnlyFiles.length > 0 && !onlyChromiumNamed) {
  console.warn('Name the files of tests/browser/chromium/ in a run of their own: with others, Firefox runs them too.');
}

/** A real touch tap through the browser's input pipeline (puppeteer's touchscreen). */
const touchTap = {
  name: 'touch-tap',
  async executeCommand({ command, payload, session }) {
    if (command !== 'touch-tap') return undefined;
    const page = session.browser.getPage(session.id);
    await page.touchscreen.tap(payload.x, payload.y);
    return true;
  },
};

const devToolsSessions = new WeakMap(); // an emulation lasts as long as its DevTools session

/** A mouse wheel turn at a point, optionally with Ctrl held (puppeteer's mouse and keyboard). */
const wheel = {
  name: 'wheel',
  async executeCommand({ command, payload, session }) {
    if (command !== 'wheel') return undefined;
    const page = session.browser.getPage(session.id);
    await page.mouse.move(payload.x, payload.y);
    if (payload.ctrlKey) await page.keyboard.down('Control');
    await page.mouse.wheel({ deltaY: payload.deltaY });
    if (payload.ctrlKey) await page.keyboard.up('Control');
    return true;
  },
};

/** Makes the page report a touch screen, as a phone does (Chromium's DevTools protocol). */
const emulateTouch = {
  name: 'emulate-touch',
  async executeCommand({ command, session }) {
    if (command !== 'emulate-touch') return undefined;
    const page = session.browser.getPage(session.id);
    if (!devToolsSessions.has(page)) devToolsSessions.set(page, await page.createCDPSession());
    await devToolsSessions.get(page).send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    return true;
  },
};

/**
 * Fingers moving on a touch screen, each from one point to another in a few steps: one finger
 * drags, two moving apart pinch open (Chromium's DevTools protocol).
 */
const touchGesture = {
  name: 'touch-gesture',
  async executeCommand({ command, payload, session }) {
    if (command !== 'touch-gesture') return undefined;
    const client = await session.browser.getPage(session.id).createCDPSession();
    const { fingers, steps = 8 } = payload;
    const at = (i) =>
      fingers.map(([from, to], id) => ({ x: from[0] + ((to[0] - from[0]) * i) / steps, y: from[1] + ((to[1] - from[1]) * i) / steps, id }));
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let i = 1; i <= steps; i++) await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await client.detach();
    return true;
  },
};

/**
 * Any CSS media feature through the DevTools protocol (Chromium only), e.g. forced-colors, which
 * the stock emulateMedia command does not cover.
 */
const emulateMediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!devToolsSessions.has(page)) devToolsSessions.set(page, await page.createCDPSession());
    await devToolsSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

/**
 * A picture of the page, or of a box of it, saved as test-results/screenshots/<name>-<browser>.png
 * for a person to look at (the tests check the same page by its boxes).
 */
const saveScreenshot = {
  name: 'save-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'save-screenshot') return undefined;
    const page = session.browser.getPage(session.id);
    const folder = 'test-results/screenshots';
    mkdirSync(folder, { recursive: true });
    const browser = session.browser.name.toLowerCase().includes('firefox') ? 'firefox' : 'chromium';
    await page.screenshot({ path: `${folder}/${payload.name}-${browser}.png`, clip: payload.clip });
    return true;
  },
};

/**
 * Story responses the tests hold back, for races between loads: a request with `?hold=KEY`
 * waits at the server until a test sends `release-response` for KEY, so that an older story can
 * be made to arrive after a newer one. Tests only: `npm start` serves every URL at once.
 */
const heldResponses = new Map();

function heldResponse(key) {
  let held = heldResponses.get(key);
  if (!held) {
    held = { clientGone: false };
    held.arrived = new Promise((resolve) => (held.markArrived = resolve));
    held.released = new Promise((resolve) => (held.release = resolve));
    held.done = new Promise((resolve) => (held.markDone = resolve));
    heldResponses.set(key, held);
  }
  return held;
}

/** Koa middleware: holds a `?hold=KEY` request, then serves it as usual once released. */
async function holdResponses(context, next) {
  const key = context.URL.searchParams.get('hold');
  if (!key) return next();
  const held = heldResponse(key);
  // 'close' before the response finished: the page gave the request up (an aborted fetch).
  context.res.once('close', () => {
    if (!context.res.writableFinished) held.clientGone = true;
    held.markDone();
  });
  context.res.once('finish', () => held.markDone());
  held.markArrived();
  await held.released;
  return next();
}

const heldResponseCommands = {
  name: 'held-responses',
  async executeCommand({ command, payload }) {
    if (command === 'await-held-request') {
      await heldResponse(payload.key).arrived;
      return true;
    }
    if (command === 'release-response') {
      const held = heldResponse(payload.key);
      await held.arrived;
      held.release();
      await held.done;
      heldResponses.delete(payload.key);
      // Sent in full to a page still waiting for it, or dropped because the page had let it go.
      return { delivered: !held.clientGone };
    }
    return undefined;
  },
};

/**
 * Holds back the requests whose path contains a given text (the zoom chunk, say) until a test lets
 * them through: what a reader on a slow network sees. One test file runs at a time, so one hold
 * serves all; a test that holds releases in its `after` hook, and a forgotten hold lets go by
 * itself after 30 s rather than stall every file after it.
 */
const heldRequests = {
  match: undefined,
  waiting: [],
  timer: undefined,
  release() {
    heldRequests.match = undefined;
    clearTimeout(heldRequests.timer);
    for (const resolve of heldRequests.waiting.splice(0)) resolve();
  },
  async middleware(context, next) {
    if (heldRequests.match && context.path.includes(heldRequests.match)) {
      await new Promise((resolve) => heldRequests.waiting.push(resolve));
    }
    return next();
  },
  plugin: {
    name: 'held-requests',
    executeCommand({ command, payload }) {
      if (command === 'hold-requests') {
        heldRequests.release();
        heldRequests.match = payload.match;
        heldRequests.timer = setTimeout(heldRequests.release, 30000);
        return true;
      }
      if (command === 'held-requests') return heldRequests.waiting.length;
      if (command === 'release-requests') {
        heldRequests.release();
        return true;
      }
      return undefined;
    },
  },
};

/**
 * The browser's own log of the requests a page makes (puppeteer's `request` event, which sees
 * every frame's requests, to any host): `start-request-log` begins a log for the test's page,
 * `read-request-log` returns the URLs asked for since, `stop-request-log` ends it. The media
 * tests use it to show that nothing is asked of a third party before the reader presses a button.
 */
const requestLogs = new Map();
const requestLog = {
  name: 'request-log',
  async executeCommand({ command, session }) {
    if (!['start-request-log', 'read-request-log', 'stop-request-log'].includes(command)) return undefined;
    const page = session.browser.getPage(session.id);
    const current = requestLogs.get(page);
    if (command === 'read-request-log') return current ? [...current.urls] : [];
    if (current) {
      page.off('request', current.listener);
      requestLogs.delete(page);
    }
    if (command === 'start-request-log') {
      const urls = [];
      const listener = (request) => urls.push(request.url());
      page.on('request', listener);
      requestLogs.set(page, { urls, listener });
    }
    return true;
  },
};

/**
 * Stories made on request, for the network tests: `/test-server/generated-story.json?events=N`
 * (the benchmarks' story with a paragraph of summary on every event, indented as an editor saves
 * it, sent with its Content-Length: 4.8 MB for 10,000 events), and `/test-server/oversized.json`, 11 MB
 * of JSON sent in pieces without a Content-Length, or with `?declared`, a Content-Length of
 * 11 MB and then nothing after the first piece (only a client that reads the header stops).
 */
async function generatedStories(context, next) {
  if (context.path === '/test-server/generated-story.json') {
    context.type = 'application/json';
    const story = generateStory(Number(context.query.events));
    for (const event of story.events) event.summary = `${event.title}: ${'what happened, who said what and why it mattered. '.repeat(5)}`;
    context.body = JSON.stringify(story, null, 2);
    return undefined;
  }
  if (context.path !== '/test-server/oversized.json') return next();
  const size = 11 * 2 ** 20;
  const piece = Buffer.alloc(64 * 1024, ' ');
  const declared = context.query.declared !== undefined;
  let sent = 0;
  context.type = 'application/json';
  context.body = new Readable({
    read() {
      if (declared && sent > 0) return; // stalls: the rest never comes
      sent += piece.length;
      this.push(sent >= size ? null : piece);
    },
  });
  if (declared) context.length = size;
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
function strictPage(context, next) {
  if (context.path !== '/test-server/strict-page.html') return next();
  const scripts = String(context.query.scripts ?? 'bundle').split(',').map((name) => builds[name]);
  if (scripts.some((script) => !script)) context.throw(400, 'scripts: bundle and/or all');
  const duplicates = context.query.duplicates !== undefined ? " 'allow-duplicates'" : '';
  const policy = `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html${duplicates}`;
  if (context.query.csp !== 'none') context.set('Content-Security-Policy', policy);
  context.type = 'html';
  context.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict page</title>
<script src="/tests/fixtures/csp-watch.js"></script>
${scripts.map((script) => `<script type="module" src="${script}"></script>`).join('\n')}
</head><body><resignation-timeline></resignation-timeline></body></html>`;
  return undefined;
}

/**
 * The builds are never cached by the browser: a test that holds a chunk back (heldRequests) must
 * see the request even when an earlier test file loaded the same chunk in the same browser. The
 * test runner marks every file cacheable for a year once all middleware has run, so the header is
 * set as the response head is written.
 */
function uncachedBuilds(context, next) {
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

export default {
  nodeResolve: true,
  rootDir: '.',
  files: ['tests/browser/*.test.ts'],
  browsers: onlyChromiumNamed ? available.filter((browser) => browser === chromium) : available,
  reporters: [defaultReporter(), summaryReporter({ missing })],
  // One browser at a time, one page at a time: this machine has two cores, and input commands
  // slow to seconds when both browsers run at once.
  concurrentBrowsers: 1,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  middleware: [uncachedBuilds, holdResponses, heldRequests.middleware, generatedStories, strictPage],
  plugins: [...devServerPlugins, heldResponseCommands, touchTap, wheel, emulateTouch, touchGesture, emulateMediaFeatures, saveScreenshot, heldRequests.plugin, requestLog],
  groups:
    available.includes(chromium) && chromiumOnlyFiles.length > 0 && !onlyChromiumNamed
      ? [
          {
            // Checks that only Chromium can make (each file says why).
            name: 'chromium-only',
            files: chromiumOnlyFiles,
            browsers: [chromium],
          },
        ]
      : [],
};
