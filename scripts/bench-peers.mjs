// `npm run bench -- --peers`: cold first render of this timeline against its peers, vis-timeline
// 8 (its standalone build) and TimelineJS3 (its dist build, with its CSS), all loaded offline from
// node_modules by one local server, given the same generated stories in one headless Chromium run.
//
// Cold: every render is a new page with the HTTP cache off, so each loads its script(s) (this
// timeline: the bundle and the chunks it loads) as a first visit would. A render is timed from the
// start of navigation (performance.now() in the page) until the first event markers are in the
// DOM and laid out (a layout forced once they appear: the next frame paints them). Peers are
// interleaved, size by size and run by run, so that the machine's other work falls on all of
// them; the table gives medians and each peer's ratio to vis-timeline's median in the same run.
// Ratios are what count: absolute times vary by machine. Asserts nothing.
//
// BENCH_SIZES (10,100,1000,10000), BENCH_RUNS (7), BENCH_PEERS (bundle,all,vis,tl) narrow a run
// (or add no-intl, a bound: the bundle with `Intl` stubbed, so that no locale data loads);
// BENCH_BUILDS=before:dir adds the build in dir (a copy of dist/ from before a change) as the
// peer `before` (BENCH_PEERS=before,bundle,vis);
// BENCH_PROFILE=dir writes a DevTools trace of each peer's first run per size there.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStory } from '../bench/generate-story.js';
import { launchBenchBrowser, startBenchServer } from './bench-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const profileDir = process.env.BENCH_PROFILE;
/** TimelineJS3 builds a slide per event: past 1,000 it takes minutes, and is left out. */
const TIMELINEJS_MAX = 1000;

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * What every page shares: a 1200 px column, the story as JSON in the page (parsed by each the same
 * way), and `ready(found)`, which notes the time once `found()` returns a laid-out marker.
 */
const page = (
  head,
  body,
  size,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${size} events</title>
<style>body { margin: 0; width: 1200px; font-family: sans-serif; }</style>
<script>
  window.ready = (found, watched) => {
    const check = () => {
      const marker = found();
      if (!marker || window.firstRender) return;
      marker.getBoundingClientRect(); // style and layout: the next frame paints it
      window.firstRender = performance.now();
      performance.mark('first-render'); // for traces (BENCH_PROFILE)
      window.markers = found.count?.();
    };
    new MutationObserver(check).observe(watched, { childList: true, subtree: true });
    check();
  };
</script>
${head}</head><body>
<script type="application/json" id="story">${json(generateStory(size))}</script>
${body}</body></html>`;

const peers = {
  /**
   * The standalone bundle, with the chunks it loads (zoom, the table) as a page loads them;
   * `before` is markup put ahead of its script tag.
   */
  bundle: {
    label: 'this timeline (bundle + chunks)',
    html: (size, script = '/dist/resignation-timeline.bundle.js', before = '') =>
      page(
        `${before}<script type="module" src="${script}"></script>`,
        `<script type="module">
  const story = JSON.parse(document.getElementById('story').textContent);
  await customElements.whenDefined('resignation-timeline');
  const el = document.createElement('resignation-timeline');
  el.data = story;
  document.body.append(el);
  const found = () => el.shadowRoot.querySelector('[role="tab"]');
  found.count = () => el.shadowRoot.querySelectorAll('[role="tab"]').length;
  ready(found, el.shadowRoot);
</script>`,
        size,
      ),
  },
  /**
   * A bound, not a product: the bundle in a page whose `Intl` loads no locale data (stubs that
   * write dates as ISO text), to show what a first render would gain from dates written without
   * `Intl`. Only when asked for: BENCH_PEERS=bundle,no-intl,vis.
   */
  'no-intl': {
    label: 'this timeline, Intl stubbed (a bound)',
    html: (size) =>
      peers.bundle.html(
        size,
        undefined,
        `<script>
  const iso = (time) => new Date(time).toISOString().slice(0, 16);
  Intl.DateTimeFormat = function () {
    return {
      format: iso,
      formatRange: (start, end) => \`\${iso(start)} – \${iso(end)}\`,
      formatToParts: () => [],
      resolvedOptions: () => ({ locale: 'en-US', timeZone: 'UTC' }),
    };
  };
  Intl.Locale = class {
    maximize() {
      return { language: 'en', script: 'Latn', region: 'US', baseName: 'en-Latn-US' };
    }
  };
  Intl.PluralRules = class {
    select(count) {
      return count === 1 ? 'one' : 'other';
    }
  };
  Intl.NumberFormat = class {
    format(number) {
      return String(number);
    }
  };
  Intl.ListFormat = class {
    format(items) {
      return [...items].join(', ');
    }
  };
  Intl.getCanonicalLocales = (tags) => [tags].flat().filter(Boolean);
</script>
`,
      ),
  },
  all: {
    label: 'this timeline (all-in-one file)',
    html: (size) => peers.bundle.html(size, '/dist/resignation-timeline.all.js'),
  },
  vis: {
    label: 'vis-timeline 8.5.4 (standalone)',
    html: (size) =>
      page(
        `<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>`,
        `<div id="timeline"></div>
<script>
  const story = JSON.parse(document.getElementById('story').textContent);
  const container = document.getElementById('timeline');
  const found = () => container.querySelector('.vis-item');
  found.count = () => container.querySelectorAll('.vis-item.vis-box').length;
  ready(found, container);
  const items = new vis.DataSet(
    story.events.map((event) => ({ id: event.id, content: event.title, start: event.date })),
  );
  new vis.Timeline(container, items, { width: '100%' });
</script>`,
        size,
      ),
  },
  tl: {
    label: 'TimelineJS3 3.9.11 (dist)',
    max: TIMELINEJS_MAX,
    html: (size) =>
      page(
        `<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>`,
        `<div id="timeline" style="width: 1200px; height: 600px"></div>
<script>
  const story = JSON.parse(document.getElementById('story').textContent);
  const container = document.getElementById('timeline');
  const found = () => container.querySelector('.tl-timemarker');
  found.count = () => container.querySelectorAll('.tl-timemarker').length;
  ready(found, container);
  const date = (text) => {
    const [day, time = ''] = text.split('T');
    const [year, month, dayOfMonth] = day.split('-').map(Number);
    const [hour, minute] = time ? time.split(':').map(Number) : [];
    return { year, month, day: dayOfMonth, ...(time ? { hour, minute } : {}) };
  };
  const events = story.events.map((event) => ({
    unique_id: event.id,
    start_date: date(event.date),
    text: { headline: event.title, text: event.summary },
  }));
  // Offline: no web font, and language files from node_modules.
  new TL.Timeline(container, { events }, { font: null, script_path: '/node_modules/@knight-lab/timelinejs/dist/js/' });
</script>`,
        size,
      ),
  },
};
/** BENCH_BUILDS=name:dir,...: other builds' dist folders (copies made before a change), each timed as a peer. */
const builds = new Map(
  (process.env.BENCH_BUILDS ?? '')
    .split(',')
    .filter(Boolean)
    .map((entry) => entry.split(':')),
);
for (const [name, dir] of builds) {
  peers[name] = {
    label: `this timeline, build ${name} (${dir})`,
    html: (size) => peers.bundle.html(size, `/builds/${name}/resignation-timeline.bundle.js`),
  };
}
const chosen = (process.env.BENCH_PEERS ?? 'bundle,all,vis,tl').split(',');
for (const name of chosen) if (!peers[name]) throw new Error(`No peer "${name}": ${Object.keys(peers).join(', ')}.`);
for (const file of [
  'dist/resignation-timeline.bundle.js',
  'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
]) {
  if (!existsSync(join(root, file))) throw new Error(`No ${file}: npm install, then npm run build.`);
}

/** Pages by peer and size, built once, before any is timed. */
const pages = new Map();
const server = await startBenchServer({
  root,
  folders: builds,
  page: (url) =>
    url.pathname === '/bench/peer.html'
      ? pages.get(`${url.searchParams.get('peer')}:${url.searchParams.get('size')}`)
      : undefined,
});
const { port } = server;

const browser = await launchBenchBrowser({ protocolTimeout: 600_000 });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One cold render: a new page, no cache; the time from navigation to the first marker laid out. */
async function render(name, size, trace) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.setCacheEnabled(false);
    if (trace) await tab.tracing.start({ path: trace, screenshots: false });
    // Some peers take many seconds at 10,000 events, in scripts that hold the page's load back.
    await tab.goto(`http://127.0.0.1:${port}/bench/peer.html?peer=${name}&size=${size}`, {
      waitUntil: 'domcontentloaded',
      timeout: 300_000,
    });
    // Polled by time, not by frame: the time is taken in the page, when the marker appears.
    const handle = await tab.waitForFunction('window.firstRender', { polling: 50, timeout: 300_000 });
    const time = await handle.jsonValue();
    const markers = await tab.evaluate(() => window.markers);
    if (trace) await tab.tracing.stop();
    return { time, markers };
  } finally {
    await tab.close();
  }
}

try {
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const results = new Map(); // "peer:size" -> times
  const markers = new Map();
  for (const size of sizes) {
    const here = chosen.filter((name) => !peers[name].max || size <= peers[name].max);
    for (const name of here) pages.set(`${name}:${size}`, peers[name].html(size));
    const count = size >= 10_000 ? Math.min(runs, 5) : runs;
    for (let run = 0; run < count; run++) {
      // Each run in another order, so that no peer always follows the same one.
      const order = here.map((_, i) => here[(i + run) % here.length]);
      for (const name of order) {
        const trace = profileDir && run === 0 ? join(profileDir, `${name}-${size}.json`) : undefined;
        const result = await render(name, size, trace).catch((error) => {
          console.error(`${name} at ${size} events, run ${run + 1}: ${error.message} (left out)`);
          return undefined;
        });
        if (!result) continue;
        const { time, markers: shown } = result;
        if (process.env.BENCH_VERBOSE) console.error(`${name} ${size}: ${time.toFixed(0)} ms`);
        const key = `${name}:${size}`;
        results.set(key, [...(results.get(key) ?? []), time]);
        markers.set(key, shown);
      }
    }
  }
  const version = await browser.version();
  console.log(
    `Cold first render, navigation to the first event markers laid out; ${version}; median of ${runs} new pages ` +
      `per peer and size (5 at 10,000), HTTP cache off.`,
  );
  const rows = [];
  for (const size of sizes) {
    const vis = results.get(`vis:${size}`);
    for (const name of chosen) {
      const times = results.get(`${name}:${size}`);
      if (!times) continue;
      rows.push({
        events: size,
        timeline: peers[name].label,
        'median ms': Math.round(median(times)),
        'min–max ms': `${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))}`,
        'x vis-timeline': vis ? (median(times) / median(vis)).toFixed(2) : '',
        'markers in DOM': markers.get(`${name}:${size}`),
      });
    }
  }
  console.table(rows);
  if (process.env.BENCH_JSON)
    writeFileSync(process.env.BENCH_JSON, JSON.stringify(Object.fromEntries(results), null, 1));
} finally {
  await browser.close();
  server.close();
}
