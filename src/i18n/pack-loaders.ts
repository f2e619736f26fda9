import type { Pack } from './messages.js';

/**
 * Each language pack but English as a chunk of its own, loaded only for a timeline in that
 * language. (The all-in-one build, which loads nothing, puts an empty list in place of this one:
 * see rollup.config.mjs.) A test holds this list to the files in packs/ and to LANGUAGES.
 */
export const packLoaders: Readonly<Record<string, () => Promise<{ default: Pack }>>> = {
  de: () => import('./packs/de.json'),
  fr: () => import('./packs/fr.json'),
  es: () => import('./packs/es.json'),
  pt: () => import('./packs/pt.json'),
  it: () => import('./packs/it.json'),
  nl: () => import('./packs/nl.json'),
  pl: () => import('./packs/pl.json'),
  sv: () => import('./packs/sv.json'),
  tr: () => import('./packs/tr.json'),
  ru: () => import('./packs/ru.json'),
  uk: () => import('./packs/uk.json'),
  ar: () => import('./packs/ar.json'),
  he: () => import('./packs/he.json'),
  fa: () => import('./packs/fa.json'),
  hi: () => import('./packs/hi.json'),
  id: () => import('./packs/id.json'),
  ja: () => import('./packs/ja.json'),
  ko: () => import('./packs/ko.json'),
  'zh-Hans': () => import('./packs/zh-Hans.json'),
  'zh-Hant': () => import('./packs/zh-Hant.json'),
};
