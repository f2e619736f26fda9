import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const isDependency = (id) => Object.keys(dependencies).some((name) => id === name || id.startsWith(`${name}/`));

const typescriptFor = (declarations) =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: declarations
      ? { declaration: true, declarationMap: true, declarationDir: 'dist', rootDir: 'src', outDir: 'dist', sourceMap: true }
      : { declaration: false, declarationMap: false, rootDir: 'src', outDir: 'dist', sourceMap: false },
  });

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
  // The standalone bundle: everything, the default story included, in one file for a script tag.
  // HTML in html`` and svg`` templates and CSS in css`` templates (Lightning CSS) are minified.
  {
    input: 'src/define.ts',
    plugins: [json({ preferConst: true, compact: true }), nodeResolve(), typescriptFor(false), minifyHTML({ include: ['src/**'], failOnError: true }), terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
    // d3-time builds its local-time intervals and ticks at module level, next to the UTC ones we
    // use; both factories are pure, so the unused ones can go (about 350 bytes gzip).
    treeshake: { manualPureFunctions: ['ticker', 'timeInterval'] },
    output: {
      file: 'dist/resignation-timeline.bundle.js',
      format: 'es',
      inlineDynamicImports: true,
    },
  },
];
