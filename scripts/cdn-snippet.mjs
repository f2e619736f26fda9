// Writes README.md's CDN snippet for the version in package.json: the all-in-one file pinned to
// that version, with its subresource-integrity hash (sha384 of dist/resignation-timeline.all.js,
// so run `npm run build` first). `npm version` runs it (the "version" script), so each release's
// README carries the hash of the file it publishes. `--check` only says whether README is current.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../README.md', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = readFileSync(new URL('../dist/resignation-timeline.all.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
const snippet = [
  '```html',
  `<script type="module" src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/resignation-timeline.all.js"`,
  `  integrity="${integrity}" crossorigin="anonymous"></script>`,
  '```',
].join('\n');

const text = readFileSync(readme, 'utf8');
const block = /(<!-- cdn-snippet: written by scripts\/cdn-snippet\.mjs -->\n)[\s\S]*?(<!-- \/cdn-snippet -->)/;
if (!block.test(text)) throw new Error('README.md has no cdn-snippet block');
const updated = text.replace(block, `$1${snippet}\n$2`);
if (process.argv.includes('--check')) {
  console.log(
    updated === text
      ? 'README.md: CDN snippet is current'
      : 'README.md: CDN snippet is out of date (npm run cdn-snippet)',
  );
  process.exitCode = updated === text ? 0 : 1;
} else {
  writeFileSync(readme, updated);
  console.log(`README.md: ${name}@${version}, ${integrity}`);
}
