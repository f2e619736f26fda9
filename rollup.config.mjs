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
      ? {
          declaration: true,
          declarationMap: true,
          declarationDir: 'dist',
          rootDir: 'src',
          outDir: 'dist',
          sourceMap: true,
        }
      : { declaration: false, declarationMap: false, rootDir: 'src', outDir: 'dist', sourceMap: false },
  });

const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

/** What the script-tag builds share: the story JSON, packages resolved, TS, minified HTML, CSS and JS. */
const bundlePlugins = () => [
  d3WithoutUnusedParts(),
  json({ preferConst: true, compact: true }),
  nodeResolve(),
  typescriptFor(false),
  withoutDescriptions,
  // HTML in html`` and svg`` templates, CSS in css`` templates (Lightning CSS).
  minifyHTML({ include: ['src/**'], failOnError: true }),
  terser(terserOptions),
];

/**
 * D3 without the parts this timeline never uses, which two modules pull in:
 * - d3-color (about 5 KB gzip in the bundle, 4 KB in the zoom chunk, 4.5 KB in the all-in-one
 *   file, with the colour half of d3-interpolate), for d3-scale's default interpolator, which also
 *   handles colours, dates and objects (our scales map numbers to pixels), and for d3-transition's
 *   `attr()` and `style()` tweens, which recognise colours (our one transition is d3-zoom's own, a
 *   tween of the zoom transform);
 * - d3-format (about 2 KB), for d3-scale's `tickFormat()` (our tick labels come from Intl, see
 *   format/tick-label.ts).
 * For those two importers, d3-color, d3-format and d3-interpolate resolve to the module below:
 * numbers go to D3's own number interpolator as before, and colours and tick formats throw an error
 * that points here instead of quietly drawing the wrong thing. A build that still reaches d3-color
 * or d3-format fails, so that neither comes back unnoticed; a feature that needs one removes it
 * from this plugin and pays for it.
 * d3-ease's adjustable easings (poly, back, elastic: about 300 bytes gzip in the zoom chunk and in
 * the all-in-one file), made by calls at module level, are marked pure so that they go too.
 */
const D3_UNUSED_PARTS = '\0d3-without-unused-parts';
function d3WithoutUnusedParts() {
  const importers = /[/\\]node_modules[/\\](d3-scale|d3-transition)[/\\]/;
  const leftOut = /[/\\]node_modules[/\\](d3-color|d3-format)[/\\]/;
  let interpolateModule;
  return {
    name: 'd3-without-unused-parts',
    async resolveId(source, importer) {
      if (!['d3-color', 'd3-format', 'd3-interpolate'].includes(source) || !importer || !importers.test(importer))
        return null;
      interpolateModule ??= (await this.resolve('d3-interpolate', importer, { skipSelf: true }))?.id;
      return D3_UNUSED_PARTS;
    },
    // d3-interpolate builds its interpolators (colour ones included), and d3-ease its adjustable
    // easings (d3-transition uses one fixed easing), by calls at module level, which rollup keeps even
    // when unused: they are pure, and marked so.
    transform(code, id) {
      const module = /[/\\]node_modules[/\\](d3-interpolate|d3-ease)[/\\]/.exec(id)?.[1];
      if (!module) return null;
      const marked = code.replace(/^(var \w+ = )(?=\(function \w+\(|\w+\()/gm, '$1/*#__PURE__*/ ');
      const sign =
        module === 'd3-ease'
          ? 'var elasticIn = /*#__PURE__*/ (function custom('
          : 'var rgb = /*#__PURE__*/ (function rgbGamma(';
      if (!marked.includes(sign)) this.error(`${module} has changed: see d3WithoutUnusedParts.`);
      return { code: marked, map: null };
    },
    load(id) {
      if (id !== D3_UNUSED_PARTS) return null;
      const real = JSON.stringify(interpolateModule);
      return `import { interpolateNumber } from ${real};
export {
  interpolateNumber,
  interpolateRound,
  interpolateString,
  interpolateTransformCss,
  interpolateTransformSvg,
  piecewise,
} from ${real};
function leftOut() {
  throw new Error(
    'Colours and number formats are left out of this build of D3: see d3WithoutUnusedParts in rollup.config.mjs.',
  );
}
export { leftOut as color, leftOut as interpolateRgb, leftOut as format };
export const interpolate = (a, b) => (typeof b === 'number' ? interpolateNumber(a, b) : leftOut());
export {
  leftOut as formatPrefix,
  leftOut as formatSpecifier,
  leftOut as precisionFixed,
  leftOut as precisionPrefix,
  leftOut as precisionRound,
};
`;
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const back = Object.keys(file.modules).find((id) => leftOut.test(id) && file.modules[id].renderedLength > 0);
        if (back)
          this.error(
            `${back.match(leftOut)[1]} is back in ${file.fileName}: see d3WithoutUnusedParts in rollup.config.mjs.`,
          );
      }
    },
  };
}

/**
 * The schema's `v.description(...)` texts are for data/story.schema.json (`npm run schema`), not for
 * checking a story: the script-tag builds leave them out of the schema's pipes (about 700 bytes
 * gzip). Found in the syntax tree, not by pattern, so that nothing else can be cut.
 */
const withoutDescriptions = {
  name: 'without-descriptions',
  transform(code, id) {
    if (!id.endsWith('/src/story/schema.ts')) return null;
    const cuts = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (
        node.type === 'CallExpression' &&
        node.callee.type === 'MemberExpression' &&
        node.callee.property.name === 'pipe'
      ) {
        node.arguments.forEach((argument, i) => {
          if (
            argument.type === 'CallExpression' &&
            argument.callee.type === 'MemberExpression' &&
            argument.callee.property.name === 'description'
          ) {
            cuts.push([node.arguments[i - 1].end, argument.end]); // from the comma after the previous argument
          }
        });
      }
      for (const value of Object.values(node))
        for (const child of [value].flat()) if (child && typeof child === 'object') visit(child);
    };
    visit(this.parse(code));
    if (cuts.length === 0) this.error('No v.description(...) found in the schema: see withoutDescriptions.');
    let cut = code;
    for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) cut = cut.slice(0, start) + cut.slice(end);
    return { code: cut, map: null };
  },
};

/**
 * V8's explicit compile hint (Chrome 136 on; other engines read a comment): every function in the
 * file is compiled as the file streams in, on a background thread, instead of on the main thread
 * the first time it runs. For the bundle, whose code nearly all runs before the first drawing: a
 * cold first render's profile spent about a fifth of its main thread's time compiling it (with the
 * story checker, then a chunk) lazily. After terser, which drops comments; first in the file.
 */
const compiledOnLoad = {
  name: 'compiled-on-load',
  renderChunk: (code, chunk) => (chunk.isEntry ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null),
};

// d3-time builds its local-time intervals and ticks at module level, next to the UTC ones we use;
// both factories are pure, so the unused ones can go (about 350 bytes gzip).
const treeshake = { manualPureFunctions: ['ticker', 'timeInterval'] };

/**
 * The chunks built apart from the bundle, which the bundle loads by import(): zoom and pan (d3-zoom
 * and our zoom code, with its own copy of the few d3-interpolate functions that transitions use;
 * d3-color is left out, see d3WithoutUnusedParts), the table view (a render function given Lit's
 * html by the bundle) and the reader of stories written as HTML inside the element. The story
 * checker is not one of them: every story is checked before it is drawn, so as a chunk it only
 * added a round trip (about 200 ms of a first render over 4G). Built apart so that each imports
 * nothing from the bundle: a chunk that imported the entry back by its plain URL would load and run
 * the bundle a second time where the page loaded it through a redirect (unpkg) or with a ?query (a
 * CMS's cache-buster). Each carries its own copy of the little it shares with the bundle, and a
 * build fails if one imports anything. `specifier` is the import() that loads it, in a module whose
 * path ends with `importer`. (Rollup's own code splitting puts a module in one chunk only, so its
 * chunks would import what they share with the bundle.)
 */
const CHUNKS_APART = [
  {
    name: 'd3-time-zoom',
    input: 'src/components/resignation-timeline/controllers/d3-time-zoom.ts',
    specifier: './d3-time-zoom.js',
    importer: 'time-zoom-controller.ts',
  },
  {
    name: 'html-reader',
    input: 'src/html-story/read.ts',
    specifier: '../../../html-story/read.js',
    importer: 'story-source-controller.ts',
  },
  {
    name: 'event-table',
    input: 'src/components/resignation-timeline/parts/event-table.ts',
    specifier: '../parts/event-table.js',
    importer: 'table-view-controller.ts',
  },
];

const apartId = (name) => `\0chunk-apart:${name}`;
const builtApart = new Map(); // name -> file name, once the chunk's own build has written it

/** In a chunk's own build: fails if it imports anything, and remembers its file name. */
const selfContained = (name) => ({
  name: `self-contained-${name}`,
  generateBundle(_, bundle) {
    const files = Object.values(bundle).filter((file) => file.type === 'chunk');
    const imports = files.flatMap((file) => [...file.imports, ...file.dynamicImports]);
    if (files.length !== 1 || imports.length > 0) {
      this.error(`The ${name} chunk must be one file that imports nothing; it imports ${imports.join(', ')}.`);
    }
    builtApart.set(name, files[0].fileName);
  },
});

/** In the bundle's build: each chunk's import() becomes the chunk's file, beside the bundle. */
const importChunksApart = {
  name: 'import-chunks-apart',
  resolveDynamicImport(imported, importerId) {
    const loads = ({ specifier, importer }) => imported === specifier && importerId?.endsWith(importer);
    const chunk = CHUNKS_APART.find(loads);
    if (!chunk) return null;
    if (!builtApart.has(chunk.name)) throw new Error(`The ${chunk.name} chunk must be built before the bundle.`);
    return { id: apartId(chunk.name), external: true };
  },
};
const chunkApartPath = (id) => {
  const chunk = CHUNKS_APART.find(({ name }) => apartId(name) === id);
  return chunk ? `./${builtApart.get(chunk.name)}` : id;
};

/**
 * The all-in-one file loads nothing else, and every language pack would not fit its budget: its
 * interface is English, the other packs' loaders left out. A page using it in another language
 * gives the pack's JSON as `strings` (see README, Languages).
 */
const noLanguagePacks = {
  name: 'no-language-packs',
  load(id) {
    return /[/\\]src[/\\]i18n[/\\]pack-loaders\.ts$/.test(id) ? 'export const packLoaders = {};' : null;
  },
};

/** Language packs as chunks named `i18n-<language>`: the size check counts one of them per reader. */
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId && /[/\\]src[/\\]i18n[/\\]packs[/\\]/.test(chunk.facadeModuleId)
    ? 'chunks/i18n-[name]-[hash].js'
    : 'chunks/[name]-[hash].js';

/**
 * Chunks of earlier builds have other hashes: the folder holds this build's alone. Emptied only
 * when the build writes, so that a build in memory (scripts/bundle-breakdown.mjs) leaves it be.
 */
const freshChunksFolder = {
  name: 'fresh-chunks-folder',
  generateBundle(_options, _bundle, isWrite) {
    if (isWrite) rmSync('dist/chunks', { recursive: true, force: true });
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
  // The chunks built apart (see CHUNKS_APART), each with the bundle's plugins.
  ...CHUNKS_APART.map(({ name, input }, i) => ({
    input: { [name]: input },
    plugins: [...(i === 0 ? [freshChunksFolder] : []), ...bundlePlugins(), selfContained(name)],
    treeshake,
    output: { dir: 'dist', format: 'es', entryFileNames: 'chunks/[name]-[hash].js' },
  })),
  // The standalone bundle: one script tag draws the timeline; the default story (only when no
  // other is given) and zoom load as chunks beside it, in dist/chunks/, by relative URL.
  {
    input: { 'resignation-timeline.bundle': 'src/define.ts' },
    plugins: [importChunksApart, ...bundlePlugins(), compiledOnLoad],
    treeshake,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      paths: chunkApartPath,
    },
  },
  // The same in one file, for pages that pin a script with a subresource-integrity hash or put it
  // through their own pipeline.
  {
    input: 'src/define.ts',
    plugins: [noLanguagePacks, ...bundlePlugins()],
    treeshake,
    output: { file: 'dist/resignation-timeline.all.js', format: 'es', inlineDynamicImports: true },
  },
];
