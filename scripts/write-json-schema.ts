/**
 * Writes data/story.schema.json from the valibot schema, so that "$schema" in a story file gives
 * editors completion and checking. `--check` only compares, for CI and tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storyJsonSchemaText } from '../src/story/json-schema.js';

const target = fileURLToPath(new URL('../data/story.schema.json', import.meta.url));
const text = storyJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is reported below like a stale one
  }
  if (current !== text) {
    console.error('data/story.schema.json is out of date: run `npm run schema`.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
