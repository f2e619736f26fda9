import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync, rmSync } from 'node:fs';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const isDependency = (id) => Object.keys(dependencies).some((name) => id === name || id.startsWith(`${name}/`));

const typescriptFor = (declarations) =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: declarations
      ? { declaration: true, declarationMap: true, declarationDir: 'dist', rootDir: 'src', outDir: 'dist', sourceMap: true }
      : { declaration: false, declarationMap: false, rootDir: 'src', outDir: 'dist', sourceMap: false },
  });

const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

/** What the script-tag builds share: the story JSON, packages resolved, TS, minified HTML, CSS and JS. */
const bundlePlugins = () => [
  json({ preferConst: true, compact: true }),
  nodeResolve(),
  typescriptFor(false),
  // HTML in html`` and svg`` templates, CSS in css`` templates (Lightning CSS).
  minifyHTML({ include: ['src/**'], failOnError: true }),
  terser(terserOptions),
];

// d3-time builds its local-time intervals and ticks at module level, next to the UTC ones we use;
// both factories are pure, so the unused ones can go (about 350 bytes gzip).
const treeshake = { manualPureFunctions: ['ticker', 'timeInterval'] };

/**
 * A chunk built apart from the bundle, which the bundle loads by import(): zoom and pan, and the
 * story checker. Built apart so that it imports nothing from the bundle: a chunk that imported the
 * entry back by its plain URL would load and run the bundle a second time where the page loaded it
 * through a redirect (unpkg) or with a ?query (a CMS's cache-buster). Each carries its own copy of
 * the little it shares with the bundle. `specifier` is the import() that loads it, in a module
 * whose path ends with `importer`.
 */
function chunkApart(name, specifier, importer) {
  const id = `\0chunk-apart:${name}`;
  const chunk = {
    fileName: undefined,
    /** In the chunk's own build: remembers its file name. */
    remember: {
      name: `remember-${name}`,
      generateBundle(_, bundle) {
        chunk.fileName = Object.keys(bundle).find((file) => file.endsWith('.js'));
      },
    },
    /** In the bundle's build: the import() becomes the chunk's file, beside the bundle. */
    importIt: {
      name: `import-${name}`,
      resolveDynamicImport(imported, importerId) {
        if (imported !== specifier || !importerId?.endsWith(importer)) return null;
        if (!chunk.fileName) throw new Error(`The ${name} chunk is built before the bundle that imports it.`);
        return { id, external: true };
      },
    },
    path: (external) => (external === id ? `./${chunk.fileName}` : undefined),
  };
  return chunk;
}

const zoomChunk = chunkApart('d3-time-zoom', './d3-time-zoom.js', 'time-zoom-controller.ts');
const checkerChunk = chunkApart('story-checker', '../story/parse.js', 'story-source-controller.ts');
const htmlReaderChunk = chunkApart('html-reader', '../html-story/read.js', 'story-source-controller.ts');
const tableChunk = chunkApart('event-table', '../components/resignation-timeline/parts/event-table.js', 'table-view-controller.ts');
const chunks = [zoomChunk, checkerChunk, htmlReaderChunk, tableChunk];

/** Chunks of earlier builds have other hashes: the folder holds this build's alone. */
const freshChunksFolder = {
  name: 'fresh-chunks-folder',
  buildStart() {
    rmSync('dist/chunks', { recursive: true, force: true });
  },
};

export default [
  // The library: one module per source file, Lit, D3 and valibot left to the page's bundler.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', 'tools/index': 'src/tools/index.ts' },
    external: isDependency,
    plugins: [json({ preferConst: true }), typescriptFor(true)],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  // d3-zoom and our zoom code, and the story checker (valibot and the schema): chunks apart (see
  // chunkApart). The zoom chunk carries its own copy of the few d3-interpolate and d3-color
  // functions that transitions use (about 4 KB).
  {
    input: { 'd3-time-zoom': 'src/controllers/d3-time-zoom.ts' },
    plugins: [freshChunksFolder, nodeResolve(), typescriptFor(false), terser(terserOptions), zoomChunk.remember],
    output: { dir: 'dist', format: 'es', entryFileNames: 'chunks/[name]-[hash].js' },
  },
  {
    input: { 'story-checker': 'src/story/parse.ts' },
    plugins: [nodeResolve(), typescriptFor(false), terser(terserOptions), checkerChunk.remember],
    output: { dir: 'dist', format: 'es', entryFileNames: 'chunks/[name]-[hash].js' },
  },
  // The table view: a render function given Lit's html by the bundle, so it imports nothing.
  {
    input: { 'event-table': 'src/components/resignation-timeline/parts/event-table.ts' },
    plugins: [typescriptFor(false), minifyHTML({ include: ['src/**'], failOnError: true }), terser(terserOptions), tableChunk.remember],
    output: { dir: 'dist', format: 'es', entryFileNames: 'chunks/[name]-[hash].js' },
  },
  // The reader of stories written as HTML inside the element, loaded only for those.
  {
    input: { 'html-reader': 'src/html-story/read.ts' },
    plugins: [typescriptFor(false), terser(terserOptions), htmlReaderChunk.remember],
    output: { dir: 'dist', format: 'es', entryFileNames: 'chunks/[name]-[hash].js' },
  },
  // The standalone bundle: one script tag draws the timeline; the default story (only when no
  // other is given) and zoom load as chunks beside it, in dist/chunks/, by relative URL.
  {
    input: { 'resignation-timeline.bundle': 'src/define.ts' },
    plugins: [...chunks.map((chunk) => chunk.importIt), ...bundlePlugins()],
    treeshake,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      paths: (id) => chunks.map((chunk) => chunk.path(id)).find(Boolean) ?? id,
    },
  },
  // The same in one file, for pages that pin a script with a subresource-integrity hash or put it
  // through their own pipeline.
  {
    input: 'src/define.ts',
    plugins: bundlePlugins(),
    treeshake,
    output: { file: 'dist/resignation-timeline.all.js', format: 'es', inlineDynamicImports: true },
  },
];
