// Browser tests in the system's Chromium and Firefox ESR: see tests/runner/browsers.mjs; what the
// test server adds for them (commands, held requests, pages made on request): tests/runner/test-server.mjs.
import { defaultReporter } from '@web/test-runner';
import { devServerPlugins } from './scripts/dev-server-plugins.mjs';
import { chromium, findBrowsers } from './tests/runner/browsers.mjs';
import { chromiumOnlyRun } from './tests/runner/named-files.mjs';
import { summaryReporter } from './tests/runner/summary-reporter.mjs';
import { testServer } from './tests/runner/test-server.mjs';

// Browsers inherit this: the machine sits far from any story's time zone (UTC+14), so a date that
// shifted with the reader's zone would show in the tests.
process.env.TZ = 'Pacific/Kiritimati';

const { found: available, missing } = findBrowsers();
if (available.length === 0) throw new Error(missing.join('\n'));
if (process.env.CI && missing.length > 0) {
  throw new Error(`CI runs every test in both Chromium and Firefox.\n${missing.join('\n')}`);
}
for (const line of missing) console.warn(line);

const { chromiumOnlyFiles, onlyChromium } = chromiumOnlyRun(process.argv);
const { middleware, plugins } = testServer();

export default {
  nodeResolve: true,
  rootDir: '.',
  files: ['tests/browser/*.test.ts'],
  browsers: onlyChromium ? available.filter((browser) => browser === chromium) : available,
  reporters: [defaultReporter(), summaryReporter({ missing })],
  // One browser at a time, one page at a time: this machine has two cores, and input commands
  // slow to seconds when both browsers run at once.
  concurrentBrowsers: 1,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  middleware,
  plugins: [...devServerPlugins, ...plugins],
  groups:
    available.includes(chromium) && chromiumOnlyFiles.length > 0 && !onlyChromium
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
