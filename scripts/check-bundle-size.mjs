// The script-tag builds' sizes, gzip -9 (Node's zlib), against the budgets readers pay for. Bytes
// are deterministic, so unlike timings these may fail the build.
//
// - the standalone bundle, the one script that checks and draws a story: at most 48 KB;
// - the bundle with every chunk one reader can load (the default story, zoom, the table, and one
//   language pack: the largest, as a reader reads in one language): at most 70 KB; each language
//   pack (chunks/i18n-*) is counted and listed, but only the largest summed;
// - the all-in-one file, which must load nothing else (English only): at most 66 KB.
// Both were 64 and 60 KB until languages (issue 21, one pack of about 2.4 KB and the code that
// reads packs) and media (issue 22: each kind's address checks in the story checker, +2.8 KB,
// and the placeholders and players) came in. The first download was at most 40 KB while the story
// checker (9.0 KB) was a chunk of its own; every story is checked before it is drawn, so that chunk
// saved no reader a byte and cost each a round trip, and it is in the bundle now (issue 20), which
// made the sum 0.7 KB smaller. Taking media's checks back out of the checker is the next place to
// find bytes.
import { init, parse } from 'es-module-lexer';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const ENTRY = { file: 'dist/resignation-timeline.bundle.js', budget: 48 * KB };
const WITH_CHUNKS = 70 * KB;
const { dirname, join, relative } = posix; // URLs, and paths on any system
const FOLDER = dirname(ENTRY.file);
const ALL_IN_ONE = { file: 'dist/resignation-timeline.all.js', budget: 66 * KB };

await init;
const failures = [];
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files a module imports, statically or by import(), as paths. */
function importsOf(file) {
  const [imports] = parse(readFileSync(file, 'utf8'), file);
  return imports.flatMap(({ n: specifier }) => {
    if (specifier === undefined) {
      failures.push(`${file} imports something it names only at run time.`);
      return [];
    }
    // Relative, and inside the bundle's folder wherever a page puts it under whatever name: found
    // from a folder of another name, "../dist/chunks/x.js" would miss.
    const elsewhere = join('/elsewhere', relative(FOLDER, dirname(file)), specifier);
    if (!specifier.startsWith('.') || !elsewhere.startsWith('/elsewhere/')) {
      failures.push(`${file} imports "${specifier}": the bundle's folder alone must hold what it loads.`);
      return [];
    }
    return [join(FOLDER, relative('/elsewhere', elsewhere))];
  });
}

/** The entry and every file it can load, directly or through another. */
function reachableFrom(entry) {
  const seen = new Set([entry]);
  for (const file of seen) for (const imported of importsOf(file)) seen.add(imported);
  return [...seen];
}

function report(label, bytes, budget) {
  console.log(`${label}: ${bytes} bytes gzip -9${budget ? ` (budget ${budget})` : ''}`);
  if (budget && bytes > budget) failures.push(`${label} is over its budget of ${budget} by ${bytes - budget} bytes.`);
}

const isLanguagePack = (file) => /\/chunks\/i18n-[^/]+\.js$/.test(file);
let total = 0;
let largestPack = 0;
const packs = [];
for (const file of reachableFrom(ENTRY.file)) {
  const bytes = gzipped(file);
  if (isLanguagePack(file)) {
    packs.push(`${relative('dist/chunks', file).replace(/^i18n-|-[\w-]{8}\.js$/g, '')} ${bytes}`);
    largestPack = Math.max(largestPack, bytes);
    continue;
  }
  total += bytes;
  report(
    file === ENTRY.file ? `${file} (the first download)` : `  + ${relative('dist', file)}`,
    bytes,
    file === ENTRY.file ? ENTRY.budget : 0,
  );
}
if (packs.length === 0) failures.push('The bundle loads no language pack (chunks/i18n-*).');
report(`  + the largest of ${packs.length} language packs (${packs.join(', ')})`, largestPack);
total += largestPack;
report('  = the bundle with every chunk one reader can load', total, WITH_CHUNKS);

report(`${ALL_IN_ONE.file} (no chunks)`, gzipped(ALL_IN_ONE.file), ALL_IN_ONE.budget);
if (importsOf(ALL_IN_ONE.file).length > 0) failures.push(`${ALL_IN_ONE.file} loads other files.`);

for (const failure of failures) console.error(failure);
if (failures.length > 0) process.exit(1);
