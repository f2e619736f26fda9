// `node scripts/bench-intl.mjs`: what a page's first `Intl` call costs, and what a date format made
// after it then costs, each pair in a new page of the benchmarks' headless Chromium (a new page
// is a new process, as a reader's first visit is). Prints the medians of BENCH_RUNS (7) pages per
// call. It answers whether the time of a first date format is the formatting data of the locale
// asked for, or something the browser does once whatever is asked: a call that only asks which
// locales are supported, and formats nothing, shows which. Asserts nothing.
import { launchBenchBrowser, startBenchServer } from './bench-server.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const firstCalls = {
  nothing: `0`,
  'new Intl.DateTimeFormat': `new Intl.DateTimeFormat('en')`,
  'DateTimeFormat.supportedLocalesOf': `Intl.DateTimeFormat.supportedLocalesOf(['en'])`,
  'NumberFormat.supportedLocalesOf': `Intl.NumberFormat.supportedLocalesOf(['en'])`,
  'new Intl.NumberFormat': `new Intl.NumberFormat('en').format(1)`,
  'PluralRules.supportedLocalesOf': `Intl.PluralRules.supportedLocalesOf(['en'])`,
  'new Intl.PluralRules': `new Intl.PluralRules('en').select(1)`,
  'Intl.Locale#maximize': `new Intl.Locale('en').maximize()`,
};
const names = Object.keys(firstCalls);

const page = (name) => `<!doctype html><title>Intl</title><script>
const start = performance.now();
${firstCalls[name]};
const between = performance.now();
new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long' }).format(0);
window.costs = [between - start, performance.now() - between];
</script>`;

const server = await startBenchServer({
  root: process.cwd(),
  page: (url) => (url.pathname === '/intl' ? page(url.searchParams.get('first')) : undefined),
});
const browser = await launchBenchBrowser();
const version = await browser.version();
const costs = new Map(names.map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  for (const name of names) {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.port}/intl?first=${encodeURIComponent(name)}`);
    costs.get(name).push(await tab.evaluate(() => window.costs));
    await tab.close();
  }
}
await browser.close();
server.close();

const median = (values) => values.toSorted((a, b) => a - b)[values.length >> 1];
console.table(
  names.map((name) => ({
    'first call': name,
    'its time (ms)': +median(costs.get(name).map(([first]) => first)).toFixed(1),
    'a date format after it (ms)': +median(costs.get(name).map(([, after]) => after)).toFixed(1),
  })),
);
console.log(`Medians of ${runs} new pages each, ${version}.`);
