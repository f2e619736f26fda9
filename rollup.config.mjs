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

/** The zoom chunk's file name, from its own build, for the bundle's import() of it. */
const zoomChunk = {
  fileName: undefined,
  remember: {
    name: 'remember-zoom-chunk',
    generateBundle(_, bundle, isWrite) {
      zoomChunk.fileName = Object.keys(bundle).find((name) => name.endsWith('.js'));
      // Chunks of earlier builds have other hashes: the folder holds this build's alone.
      if (isWrite) rmSync('dist/chunks', { recursive: true, force: true });
    },
  },
  importIt: {
    name: 'import-zoom-chunk',
    resolveDynamicImport(specifier, importer) {
      if (specifier !== './d3-time-zoom.js' || !importer?.endsWith('time-zoom-controller.ts')) return null;
      if (!zoomChunk.fileName) throw new Error('The zoom chunk is built before the bundle that imports it.');
      return { id: ZOOM_CHUNK_ID, external: true };
    },
  },
  /** As the bundle, in dist/, writes the import: ./chunks/d3-time-zoom-<hash>.js */
  path: (id) => (id === ZOOM_CHUNK_ID ? `./${zoomChunk.fileName}` : id),
};
const ZOOM_CHUNK_ID = '\0zoom-chunk';

export default [
  // The library: one module per source file, Lit, D3 and valibot left to the page's bundler.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
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
  // d3-zoom and our zoom code, a chunk of their own that the standalone bundle loads after its
  // first render. Built apart so that it imports nothing from the bundle: a chunk that imported
  // the entry back by its plain URL would load and run the bundle a second time where the page
  // loaded it through a redirect (unpkg) or with a ?query (a CMS's cache-buster). It carries its
  // own copy of the few d3-interpolate and d3-color functions that transitions use (about 4 KB).
  {
    input: { 'd3-time-zoom': 'src/controllers/d3-time-zoom.ts' },
    plugins: [nodeResolve(), typescriptFor(false), terser(terserOptions), zoomChunk.remember],
    output: { dir: 'dist', format: 'es', entryFileNames: 'chunks/[name]-[hash].js' },
  },
  // The standalone bundle: one script tag draws the timeline; the default story (only when no
  // other is given) and zoom load as chunks beside it, in dist/chunks/, by relative URL.
  {
    input: { 'resignation-timeline.bundle': 'src/define.ts' },
    plugins: [zoomChunk.importIt, ...bundlePlugins()],
    treeshake,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', paths: zoomChunk.path },
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
