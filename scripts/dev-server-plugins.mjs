// Shared by `npm start` (web-dev-server.config.mjs) and `npm test` (web-test-runner.config.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';

const isJsonForScript = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

/**
 * esbuild drops `with { type: 'json' }` when it compiles our TypeScript, so the browser then asks
 * for the story JSON as a script. Serve it as a module for script requests only; a fetch() of the
 * same file (a `src` story) still gets plain JSON, even after the page imported it: the module is
 * kept in the server's transform cache under a key of its own (that cache is keyed by URL), and
 * both answers say they vary with Sec-Fetch-Dest, so the browser's cache keeps them apart too
 * (Firefox otherwise answers the fetch with the module it has cached).
 */
const jsonAsModuleForScripts = {
  name: 'json-as-module-for-scripts',
  resolveMimeType(context) {
    return isJsonForScript(context) ? 'js' : undefined;
  },
  transformCacheKey(context) {
    return isJsonForScript(context) ? 'json-as-module' : undefined;
  },
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    const headers = { vary: 'Sec-Fetch-Dest' };
    return isJsonForScript(context) ? { body: `export default ${context.body};`, headers } : { headers };
  },
};

export const devServerPlugins = [
  esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  jsonAsModuleForScripts,
];
