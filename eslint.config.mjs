import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrictedImports = [
  { name: 'lit/directives/unsafe-html.js', message: 'Story data is untrusted: never render it as HTML.' },
  { name: 'd3', message: 'Import the d3-* module you need, not the whole of D3.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'max-len': ['error', { code: 120 }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML'], MemberExpression[property.name='outerHTML']",
          message: 'Story data is untrusted: render text through Lit templates.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Story data is untrusted: render text through Lit templates.',
        },
      ],
      'no-restricted-imports': ['error', { paths: restrictedImports }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['tests/browser/**/*.ts'],
    ignores: ['tests/browser/helpers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...restrictedImports,
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: "Use waitUntil from './helpers.js': its time limit holds on a busy machine.",
            },
          ],
        },
      ],
    },
  },
);
