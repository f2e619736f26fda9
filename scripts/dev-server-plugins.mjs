// Shared by `npm start` (web-dev-server.config.mjs) and `npm test` (web-test-runner.config.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * esbuild drops `with { type: 'json' }` when it compiles our TypeScript, so the browser then asks
 * for the story JSON as a script. Serve it as a module for script requests only; a fetch() of the
 * same file (a `src` story) still gets plain JSON.
 */
const jsonAsModuleForScripts = {
  name: 'json-as-module-for-scripts',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
    return undefined;
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};` };
    }
    return undefined;
  },
};

export const devServerPlugins = [
  esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  jsonAsModuleForScripts,
];
