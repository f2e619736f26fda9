// `npm run bench`: render and gesture timings of the built standalone bundle in headless
// Chromium, for generated stories of 10 to 10,000 events in a 1200 px column, then the vertical
// layout's render of 10,000 events in a 360 px column (a phone's); and the time a page that embeds
// the timeline takes to draw it, locally and through an emulated 4G network. Reports medians and
// p95, and the elements each leaves in the shadow root; asserts nothing, since timings depend on
// the machine. Another build: `node scripts/bench.mjs dist/resignation-timeline.all.js`.
// Against vis-timeline and TimelineJS3, cold: `npm run bench -- --peers` (scripts/bench-peers.mjs).
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStory } from '../bench/generate-story.js';
import { launchBenchBrowser, startBenchServer } from './bench-server.mjs';

if (process.argv.includes('--peers')) {
  await import('./bench-peers.mjs');
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);
const verticalSizes = (process.env.BENCH_VERTICAL_SIZES ?? '10000').split(',').filter(Boolean).map(Number);
const verticalWidth = 360;
const renders = Number(process.env.BENCH_RUNS ?? 7);
const steps = 20;

const bundle = process.argv[2] ?? 'dist/resignation-timeline.bundle.js';
if (!existsSync(join(root, bundle))) {
  console.error(`No ${bundle}: build first (npm run build).`);
  process.exit(1);
}
const bundleUrl = `/${relative(root, join(root, bundle)).split(sep).join('/')}`;

/**
 * A page as an article embeds the timeline: the script tag, then the tag, bare (the default
 * story) or with a story of 1,000 events inline. It notes when the timeline is first drawn, from
 * the start of navigation: the script's download and parse, the story, the first render.
 */
const articlePage = (inline) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>article</title>
<style>body { margin: 0; width: 1200px; }</style>
<script type="module" src="${bundleUrl}"></script>
<script type="module">
  const el = document.querySelector('resignation-timeline');
  await customElements.whenDefined('resignation-timeline');
  await new Promise((resolve) => {
    const drawn = () => el.shadowRoot.querySelector('[role="tab"]') && resolve();
    new MutationObserver(drawn).observe(el.shadowRoot, { childList: true, subtree: true });
    drawn();
  });
  await el.updateComplete;
  el.shadowRoot.querySelector('.chart').getBoundingClientRect();
  window.firstRender = performance.now();
</script></head><body><resignation-timeline>${
  inline
    ? `<script type="application/json">${JSON.stringify(generateStory(1000)).replace(/</g, '\\u003c')}</script>`
    : ''
}</resignation-timeline></body></html>`;
const articles = { 'bare tag': articlePage(false), '1,000 events inline': articlePage(true) };

/** Page loads without throttling, and as a phone on 4G might see them (Chrome's emulation). */
const networks = {
  local: undefined,
  '4G: 165 ms round trip, 1.1 MB/s': {
    offline: false,
    latency: 165,
    downloadThroughput: 1.1e6,
    uploadThroughput: 0.4e6,
  },
};

const server = await startBenchServer({
  root,
  page: (url) => (url.pathname === '/bench/article.html' ? articles[url.searchParams.get('page')] : undefined),
});
const { port } = server;

const browser = await launchBenchBrowser({ args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/bench/bench.html?bundle=${encodeURIComponent(bundleUrl)}`);
  await page.waitForFunction('window.benchReady === true');
  const rows = [];
  for (const size of sizes) {
    const times = [];
    let tabs = 0;
    let elements = 0;
    const runs = size >= 10_000 ? Math.min(renders, 3) : renders;
    for (let run = 0; run < runs; run++) {
      const result = await page.evaluate((count) => window.benchRender(count), size);
      times.push(result.rendered);
      ({ tabs, elements } = result);
    }
    const { zoom, pan } = await page.evaluate((count) => window.benchGestures(count), steps);
    await page.evaluate(() => window.gc?.());
    const heap = await page.evaluate(() => window.benchHeap());
    rows.push({
      events: size,
      'render median': ms(quantile(times, 0.5)),
      'zoom median': ms(quantile(zoom, 0.5)),
      'zoom p95': ms(quantile(zoom, 0.95)),
      'pan median': ms(quantile(pan, 0.5)),
      'pan p95': ms(quantile(pan, 0.95)),
      'JS heap': `${(heap / 1048576).toFixed(1)} MB`,
      'markers in DOM': tabs,
      'elements in shadow root': elements,
    });
  }
  const verticalRows = [];
  for (const size of verticalSizes) {
    const times = [];
    let result;
    for (let run = 0; run < Math.min(renders, size >= 10_000 ? 3 : renders); run++) {
      result = await page.evaluate((count, width) => window.benchRender(count, width), size, verticalWidth);
      times.push(result.rendered);
    }
    verticalRows.push({
      events: size,
      width: `${verticalWidth} px (${result.orientation})`,
      'render median': ms(quantile(times, 0.5)),
      'render min / max': `${ms(Math.min(...times))} / ${ms(Math.max(...times))}`,
      'markers in DOM': result.tabs,
      'elements in shadow root': result.elements,
    });
  }
  const pageRows = [];
  // In a page of their own, so that the timings above start from a fresh page, as before.
  const loadsPage = await browser.newPage();
  await loadsPage.setViewport({ width: 1280, height: 900 });
  const client = await loadsPage.createCDPSession();
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true }); // each load a first visit
  for (const [network, conditions] of Object.entries(networks)) {
    const row = { network };
    if (conditions) await client.send('Network.emulateNetworkConditions', conditions);
    for (const name of Object.keys(articles)) {
      const loads = [];
      for (let run = 0; run < renders; run++) {
        await loadsPage.goto(`http://127.0.0.1:${port}/bench/article.html?page=${encodeURIComponent(name)}`);
        loads.push(
          await loadsPage
            .waitForFunction('window.firstRender', { polling: 'raf' })
            .then((handle) => handle.jsonValue()),
        );
      }
      row[name] = ms(quantile(loads, 0.5));
    }
    pageRows.push(row);
  }
  await loadsPage.close();
  console.log(
    `${bundle}, Chromium ${await browser.version()}, ${renders} renders per size (3 at 10,000), ${steps} zoom ` +
      `and ${steps} pan steps.`,
  );
  console.table(rows);
  if (verticalRows.length > 0) {
    console.log(`Vertical: the same stories in a ${verticalWidth} px column, rows drawn near the viewport only.`);
    console.table(verticalRows);
  }
  console.log(`A page that embeds the timeline, from navigation to the timeline drawn: median of ${renders} loads.`);
  console.table(pageRows);
} finally {
  await browser.close();
  server.close();
}
