/**
 * The files named on the command line (`wtr --files a.test.ts b.test.ts`), if any. The runner
 * narrows the default group to them but would still run every group's own files, so the
 * config narrows the Chromium-only group the same way.
 */
export function filesNamedOnCommandLine(argv) {
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

/** Checks that only Chromium can make live in tests/browser/chromium/ (each file says why). */
export const isChromiumOnly = (file) => file.replace(/^\.\//, '').startsWith('tests/browser/chromium/');

/**
 * Which files run in Chromium alone: `chromiumOnlyFiles`, the group's, and `onlyChromium`, when
 * the files named are all Chromium-only (named alone, they replace the default group's, which
 * runs in every browser, so the run is Chromium's alone).
 */
export function chromiumOnlyRun(argv) {
  const named = filesNamedOnCommandLine(argv);
  const chromiumOnlyFiles = named ? named.filter(isChromiumOnly) : ['tests/browser/chromium/*.test.ts'];
  const onlyChromium = named !== undefined && named.length > 0 && named.every(isChromiumOnly);
  if (named && chromiumOnlyFiles.length > 0 && !onlyChromium) {
    console.warn(
      'Name the files of tests/browser/chromium/ in a run of their own: with others, Firefox runs them too.',
    );
  }
  return { chromiumOnlyFiles, onlyChromium };
}
