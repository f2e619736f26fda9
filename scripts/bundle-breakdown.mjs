// `node scripts/bundle-breakdown.mjs [rollup config]`: what each part of the script-tag builds
// costs. Builds every non-library output of the config in memory (nothing is written) and prints,
// per output file, its exact size and gzip -9, and per part (Lit, each d3 module, valibot, our code
// by folder, the story): the bytes rollup rendered for it after tree-shaking, and an estimate of
// its gzip. The estimate minifies each part's code alone with terser and gzips it; since parts
// compress better together, "share" scales those figures so that they add up to the file's exact
// gzip. For looking, not for budgets: `npm run size` checks those.
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';

const configPath = resolve(process.argv[2] ?? 'rollup.config.mjs');
const { default: configs } = await import(pathToFileURL(configPath).href);
const root = resolve(configPath, '..') + sep;
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** The part a module belongs to: a package (Lit's four as one), a folder of ours, or the story. */
function partOf(id) {
  const path = id.startsWith(root) ? id.slice(root.length) : id;
  const inPackage = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(inPackage[1]) ? 'lit' : inPackage[1];
  if (path.startsWith('data/')) return 'story (data/*.json)';
  const folder = path.match(/^src\/([^/]+)\//);
  if (folder) return `src/${folder[1]}/`;
  if (path.startsWith('src/')) return 'src/*.ts';
  return path;
}

async function estimate(code) {
  // unused: false keeps declarations that only other parts use; top-level names are mangled, as
  // they are in the bundle.
  const minified = await minify(code, {
    ecma: 2022,
    module: true,
    compress: { passes: 2, unused: false },
    mangle: { toplevel: true },
  });
  return gzip(minified.code ?? '');
}

for (const config of configs) {
  for (const output of [config.output].flat()) {
    if (output.preserveModules) continue;
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const { output: files } = await bundle.generate(output);
    await bundle.close();
    for (const file of files) {
      if (file.type !== 'chunk') continue;
      const parts = new Map();
      for (const [id, module] of Object.entries(file.modules)) {
        if (!module.renderedLength) continue;
        const part = partOf(id);
        const entry = parts.get(part) ?? { rendered: 0, code: '' };
        entry.rendered += module.renderedLength;
        entry.code += `${module.code}\n`;
        parts.set(part, entry);
      }
      const rows = [];
      for (const [part, { rendered, code }] of parts) rows.push({ part, rendered, alone: await estimate(code) });
      const exact = gzip(file.code);
      const sumAlone = rows.reduce((sum, row) => sum + row.alone, 0);
      rows.sort((a, b) => b.alone - a.alone);
      console.log(
        `\n${output.file ?? `${output.dir}/${file.fileName}`}: ${Buffer.byteLength(file.code)} bytes, ${exact} gzip -9`,
      );
      console.table(
        rows.map(({ part, rendered, alone }) => ({
          part,
          rendered,
          'gzip alone': alone,
          'gzip share': Math.round((alone * exact) / sumAlone),
        })),
      );
    }
  }
}
