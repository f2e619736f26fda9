// `npm run bench`: render and gesture timings of the built standalone bundle in headless
// Chromium, for generated stories of 10 to 10,000 events in a 1200 px column, then the narrow
// layout's render of 10,000 events in a 360 px column (a phone's). Reports medians and p95, and
// the elements each leaves in the shadow root; asserts nothing, since timings depend on the machine.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);
const narrowSizes = (process.env.BENCH_NARROW_SIZES ?? '10000').split(',').filter(Boolean).map(Number);
const narrowWidth = 360;
const renders = Number(process.env.BENCH_RUNS ?? 7);
const steps = 20;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

if (!existsSync('dist/resignation-timeline.bundle.js')) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const server = createServer((request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
    '--window-size=1280,900',
  ],
});

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/bench/bench.html`);
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
  const narrowRows = [];
  for (const size of narrowSizes) {
    const times = [];
    let result;
    for (let run = 0; run < Math.min(renders, size >= 10_000 ? 3 : renders); run++) {
      result = await page.evaluate((count, width) => window.benchRender(count, width), size, narrowWidth);
      times.push(result.rendered);
    }
    narrowRows.push({
      events: size,
      width: `${narrowWidth} px (${result.orientation})`,
      'render median': ms(quantile(times, 0.5)),
      'render min / max': `${ms(Math.min(...times))} / ${ms(Math.max(...times))}`,
      'markers in DOM': result.tabs,
      'elements in shadow root': result.elements,
    });
  }
  console.log(`Chromium ${await browser.version()}, ${renders} renders per size (3 at 10,000), ${steps} zoom and ${steps} pan steps.`);
  console.table(rows);
  if (narrowRows.length > 0) {
    console.log(`Narrow: the same stories in a ${narrowWidth} px column, rows drawn near the viewport only.`);
    console.table(narrowRows);
  }
} finally {
  await browser.close();
  server.close();
}
