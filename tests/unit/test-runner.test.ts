import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProtocolError } from 'puppeteer-core';
import { tolerateUnknownOrientationCommand } from '../runner/browsers.mjs';
import { summarise, summaryLines } from '../runner/summary-reporter.mjs';

/** A page whose browsing context answers the orientation command as a given browser would. */
function pageAnswering(answer: () => Promise<void>) {
  const context = { setScreenOrientationOverride: answer };
  return { mainFrame: () => ({ browsingContext: context }), context };
}

describe('browsers for the tests', () => {
  it('lets a Firefox that does not know the orientation command set the viewport', async () => {
    const unknown = new ProtocolError('Protocol error (emulation.setScreenOrientationOverride): unknown command');
    const { context } = tolerateUnknownOrientationCommand(pageAnswering(() => Promise.reject(unknown)));
    await context.setScreenOrientationOverride();
  });

  it('still fails on any other answer', async () => {
    const refused = new ProtocolError('Protocol error (emulation.setScreenOrientationOverride): invalid argument');
    const { context } = tolerateUnknownOrientationCommand(pageAnswering(() => Promise.reject(refused)));
    await assert.rejects(context.setScreenOrientationOverride(), /invalid argument/);
    const lost = new Error('unknown command, but not from the browser');
    const second = tolerateUnknownOrientationCommand(pageAnswering(() => Promise.reject(lost)));
    await assert.rejects(second.context.setScreenOrientationOverride(), lost);
  });
});

describe('the browser tests’ closing summary', () => {
  const suite = (...results: [passed: boolean, skipped?: boolean][]) => ({
    name: '',
    tests: results.map(([passed, skipped = false], i) => ({ name: `test ${i}`, passed, skipped })),
    suites: [],
  });
  const session = (browser: string, passed: boolean, testResults?: object) => ({
    browser: { name: browser },
    passed,
    testResults,
  });

  it('counts tests per browser, nested suites included, and names Chrome as Chromium', () => {
    const nested = { name: '', tests: [], suites: [suite([true], [false]), suite([true], [true])] };
    const totals = summarise([
      session('Chrome', false, nested),
      session('Chrome', true, suite([true])),
      session('Firefox', true, suite([true], [true, true])),
    ]);
    assert.deepEqual(Object.fromEntries(totals), {
      Chromium: { files: 2, passed: 4, failed: 1, skipped: 0, slowest: [] },
      Firefox: { files: 1, passed: 1, failed: 0, skipped: 1, slowest: [] },
    });
    assert.deepEqual(summaryLines(totals), [
      'Chromium: 4 passed, 1 failed (2 test files)',
      'Firefox: 1 passed, 0 failed, 1 skipped (1 test file)',
      'Browsers: 5 passed, 1 failed, 1 skipped',
    ]);
  });

  it('counts a file that failed before any test as a failure, never as 0 failed', () => {
    const totals = summarise([session('Firefox', false, undefined), session('Firefox', false, suite())]);
    assert.deepEqual(summaryLines(totals).at(-1), 'Browsers: 0 passed, 2 failed');
  });

  it('names each browser’s three slowest tests, when asked', () => {
    const test = (name: string, duration: number) => ({ name, passed: true, skipped: false, duration });
    const zoom = {
      name: '',
      tests: [test('loads', 300)],
      suites: [{ name: 'zoom', tests: [test('pinches', 7400), test('pans', 900)], suites: [] }],
    };
    const vertical = { name: '', tests: [test('reaches every event', 51000), test('draws', 100)], suites: [] };
    const totals = summarise([
      { browser: { name: 'Chrome' }, passed: true, testFile: 'tests/browser/zoom.test.ts', testResults: zoom },
      { browser: { name: 'Chrome' }, passed: true, testFile: 'tests/browser/vertical.test.ts', testResults: vertical },
    ]);
    assert.deepEqual(summaryLines(totals, [], { timings: true }).slice(0, 2), [
      "Chromium's slowest tests: 51.0 s tests/browser/vertical.test.ts › reaches every event; 7.4 s " +
        'tests/browser/zoom.test.ts › zoom › pinches; 0.9 s tests/browser/zoom.test.ts › zoom › pans',
      'Chromium: 5 passed, 0 failed (2 test files)',
    ]);
    assert.equal(summaryLines(totals).length, 2, 'no timings unless asked');
  });

  it('says in one line which browser did not run', () => {
    const lines = summaryLines(summarise([session('Chrome', true, suite([true]))]), [
      'Firefox: not run, no browser at /usr/bin/firefox-esr',
    ]);
    assert.deepEqual(lines.slice(1), [
      'Firefox: not run, no browser at /usr/bin/firefox-esr',
      'Browsers: 1 passed, 0 failed',
    ]);
  });
});
