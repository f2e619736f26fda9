// The standalone bundle's size, gzip -9, against the budget every reader pays for. Bytes are
// deterministic, so unlike timings this may fail the build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 50 * 1024;
const GOAL = 40 * 1024;
const file = 'dist/resignation-timeline.bundle.js';
const source = readFileSync(file);
const gzipped = gzipSync(source, { level: 9 }).length;
console.log(`${file}: ${source.length} bytes, ${gzipped} bytes gzip -9 (budget ${BUDGET}, goal ${GOAL})`);
if (gzipped > BUDGET) {
  console.error(`Over budget by ${gzipped - BUDGET} bytes.`);
  process.exit(1);
}
