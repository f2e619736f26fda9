import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const isDependency = (id) => Object.keys(dependencies).some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Collapses the white space and comments of the CSS in our `*.styles.ts` files: readers download
 * it, and terser leaves template literals alone.
 */
const compactStyles = {
  name: 'compact-styles',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    return {
      code: code.replace(/css\s*`([\s\S]*?)`;/g, (_, body) => {
        // Interpolations keep the spaces around them: "0 ${inset} 0 10px" is four values, not three.
        const expressions = [];
        const compacted = body
          .replace(/\$\{[^}]*\}/g, (expression) => `@${expressions.push(expression) - 1}@`)
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim()
          .replace(/@(\d+)@/g, (_, index) => expressions[Number(index)]);
        return `css\`${compacted}\`;`;
      }),
      map: null,
    };
  },
};

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
  {
    input: 'src/define.ts',
    plugins: [json({ preferConst: true, compact: true }), nodeResolve(), typescriptFor(false), compactStyles, minifyHTML({ include: ['src/**'], failOnError: true, options: { shouldMinifyCSS: () => false } }), terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
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
