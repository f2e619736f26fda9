// `npm run analyze` writes custom-elements.json from the JSDoc in src/ (never from dist/).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
