import { englishPack } from '../strings.js';
import { packAmong } from './languages.js';
import type { Pack } from './messages.js';
import { packLoaders } from './pack-loaders.js';

/** The pack a locale gets, among those this build can load (the all-in-one file: English alone). */
export const languageOf = (locale: string | undefined) => packAmong(locale, ['en', ...Object.keys(packLoaders)]);

/** Packs loaded so far, shared by every timeline on the page. */
const loaded = new Map<string, Pack>([['en', englishPack]]);
const loading = new Map<string, Promise<unknown>>();

/**
 * The pack of `language` if it is here. If not, starts loading it (once for the page) and returns
 * undefined; `arrived` is called when it is here. A language without a pack, or whose pack
 * cannot be fetched (offline, say), gets English.
 */
export function packOf(language: string, arrived: () => void): Pack | undefined {
  const pack = loaded.get(language);
  if (pack) return pack;
  const load = packLoaders[language];
  if (!load) return englishPack;
  let promise = loading.get(language);
  if (!promise) {
    promise = load().then(
      (module) => loaded.set(language, module.default),
      () => loaded.set(language, englishPack),
    );
    loading.set(language, promise);
  }
  void promise.then(arrived);
  return undefined;
}
