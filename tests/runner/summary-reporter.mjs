// One closing summary for `npm test`: what ran in which browser, and which browser did not run.
// The default reporter prints per-file progress bars but no total, and a browser missing from
// the machine would otherwise pass unnoticed.
import { relative } from 'node:path';

const browserNames = { Chrome: 'Chromium' };

/** Counts a test suite's tests, its child suites' included, and notes how long each took. */
function countTests(suite, counts, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
    if (test.duration !== undefined)
      counts.durations.push({ duration: test.duration, name: [...path, test.name].join(' › ') });
  }
  for (const child of suite?.suites ?? []) countTests(child, counts, [...path, child.name]);
  return counts;
}

/**
 * Totals per browser from the runner's finished sessions (one session = one test file in one
 * browser). A file that failed without a failing test (it did not load, the browser went away,
 * it timed out) counts as one failure, so that it cannot pass as "0 failed".
 */
export function summarise(sessions) {
  const byBrowser = new Map();
  for (const session of sessions) {
    const name = browserNames[session.browser.name] ?? session.browser.name;
    const totals = byBrowser.get(name) ?? { files: 0, passed: 0, failed: 0, skipped: 0, slowest: [] };
    const counts = countTests(session.testResults, { passed: 0, failed: 0, skipped: 0, durations: [] });
    const file = session.testFile && relative(process.cwd(), session.testFile);
    totals.slowest = [...totals.slowest, ...counts.durations.map((test) => ({ ...test, file }))]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3);
    if (!session.passed && counts.failed === 0) counts.failed = 1;
    totals.files++;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    byBrowser.set(name, totals);
  }
  return byBrowser;
}

/**
 * The closing lines: one per browser, one per missing browser, then the total; with `timings`,
 * each browser's three slowest tests first, so that time limits can be set from what runs take.
 */
export function summaryLines(byBrowser, missing = [], { timings = false } = {}) {
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, { files, passed, failed, skipped, slowest }] of byBrowser) {
    if (timings && slowest.length > 0) {
      const described = slowest.map((test) => `${(test.duration / 1000).toFixed(1)} s ${test.file} › ${test.name}`);
      lines.push(`${name}'s slowest tests: ${described.join('; ')}`);
    }
    lines.push(
      `${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${files} test ` +
        `file${files === 1 ? '' : 's'})`,
    );
    total.passed += passed;
    total.failed += failed;
    total.skipped += skipped;
  }
  lines.push(...missing);
  lines.push(
    `Browsers: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
  );
  return lines;
}

export function summaryReporter({ missing = [] } = {}) {
  return {
    stop({ sessions }) {
      const lines = summaryLines(summarise(sessions), missing, { timings: true });
      // After the runner's own closing progress bars, which it prints once the reporters stop.
      process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
    },
  };
}
