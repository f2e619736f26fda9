// The benchmarks' local server: files of the repository (and of other builds' folders, under
// /builds/NAME/), plus pages a benchmark makes, on a free loopback port. Nothing is cached.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Starts the server. `page(url)` returns the HTML of a page the benchmark made for that URL, or
 * undefined for a file; `folders` maps a build's name to the folder served as /builds/NAME/.
 */
export async function startBenchServer({ root, page = () => undefined, folders = new Map() }) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const html = page(url);
    if (html !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(html);
      return;
    }
    const build = url.pathname.match(/^\/builds\/([^/]+)\/(.*)$/);
    const base = build && folders.has(build[1]) ? normalize(folders.get(build[1]) + '/') : root;
    const path = normalize(join(base, decodeURIComponent(build ? build[2] : url.pathname)));
    if (!path.startsWith(base) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => server.close() };
}

/**
 * The benchmarks' headless Chromium (CHROMIUM_PATH, else Debian's), with nothing of its own running
 * beside the page (no first-run work, background networking or component updates), in a 1280 × 900
 * window, once its own start-up work is over; `args` adds to the flags, `options` to puppeteer's launch
 * options.
 */
export async function launchBenchBrowser({ args = [], ...options } = {}) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--window-size=1280,900',
      ...args,
    ],
  });
  // The browser's first tab starts its own pages too (Chromium 156 loads a WebUI omnibox popup, about
  // 2 s of CPU on a two-core machine): open and close one before anything is timed, and let it finish.
  const tab = await browser.newPage();
  await tab.close();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return browser;
}
