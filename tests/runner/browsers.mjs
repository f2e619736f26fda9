// The browsers the tests run in: the system's Chromium and Firefox ESR (Debian: apt-get install
// chromium firefox-esr). No browser is ever downloaded. CHROMIUM_PATH and FIREFOX_PATH point
// elsewhere if needed.
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import * as puppeteerCore from 'puppeteer-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** True for a browser's answer that it does not know a protocol command (WebDriver BiDi). */
export function isUnknownCommand(error) {
  return error instanceof puppeteerCore.ProtocolError && /unknown command|unsupported operation/.test(error.message);
}

/**
 * Firefox ESR releases differ in the WebDriver BiDi commands they know, and puppeteer-core's
 * `setViewport` sends `emulation.setScreenOrientationOverride` beside the viewport itself.
 * Firefox ESR 140 (Debian bookworm's) answers "unknown command", which failed every test file
 * before its first test; ESR 153 knows it. No test depends on screen orientation, so that one
 * command may go unanswered, as puppeteer already allows for `emulation.setTouchOverride`. This
 * wraps the page's own browsing context rather than patching node_modules, so it holds for any
 * Firefox and any puppeteer-core 24 release, old or new.
 */
export function tolerateUnknownOrientationCommand(page) {
  const context = page.mainFrame().browsingContext;
  if (typeof context?.setScreenOrientationOverride !== 'function') return page;
  const override = context.setScreenOrientationOverride.bind(context);
  context.setScreenOrientationOverride = (orientation) =>
    override(orientation).catch((error) => {
      if (!isUnknownCommand(error)) throw error;
    });
  return page;
}

// --no-sandbox: Debian's Chromium will not start as root without it. The rest keep Chromium
// from reaching for the network at start-up (this machine has none) and keep runs repeatable.
export const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  },
});

export const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
  createPage: async ({ context }) => tolerateUnknownOrientationCommand(await context.newPage()),
});

/** The browsers found on this machine, and one line for each that is missing. */
export function findBrowsers() {
  const found = [];
  const missing = [];
  for (const [name, path, launcher, variable] of [
    ['Chromium', chromiumPath, chromium, 'CHROMIUM_PATH'],
    ['Firefox', firefoxPath, firefox, 'FIREFOX_PATH'],
  ]) {
    if (existsSync(path)) found.push(launcher);
    else
      missing.push(
        `${name}: not run, no browser at ${path} (install it, or set ${variable}; see "Testing" in README.md)`,
      );
  }
  return { found, missing };
}
