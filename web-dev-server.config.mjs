// `npm start`: the demo pages at http://localhost:8000, the element served from its TypeScript source.
import { devServerPlugins } from './scripts/dev-server-plugins.mjs';

export default {
  port: 8000,
  rootDir: '.',
  nodeResolve: true,
  watch: process.env.CI === undefined,
  plugins: devServerPlugins,
  middleware: [
    function demoHome(context, next) {
      if (context.url === '/' || context.url === '/index.html') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
