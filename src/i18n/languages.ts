/**
 * The languages the interface is written in, and which one a locale gets. Pure: no DOM.
 */

/** Every language with a pack in `packs/`, by the tag its file is named after. */
export const LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'pl',
  'sv',
  'tr',
  'ru',
  'uk',
  'ar',
  'he',
  'fa',
  'hi',
  'id',
  'ja',
  'ko',
  'zh-Hans',
  'zh-Hant',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Scripts written right to left. */
const RIGHT_TO_LEFT = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Mand', 'Samr', 'Rohg']);

/**
 * The first `Intl` object a page makes loads the browser's locale data: 25 to 90 ms on a slow
 * machine, every page view. A `DateTimeFormat` loads what `Locale#maximize` needs as well, but
 * not the other way round: a page that maximized first paid again (about 30 ms) for its first
 * date format. Every timeline maximizes its language in its first update and formats dates as it
 * draws, so the locale data starts with a date format.
 */
let intlStarted = false;
function startIntl(): void {
  if (intlStarted) return;
  intlStarted = true;
  // Formatted, not only made: the bundler drops an unused `new Intl.DateTimeFormat()` as pure.
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0);
}

function maximized(tag: string | undefined): Intl.Locale | undefined {
  if (!tag) return undefined;
  startIntl();
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}

/**
 * The pack for a locale: the pack of its language and script ("zh-TW" is "zh-Hant"), else of its
 * language and region, else of its language ("de-CH" is "de"), else English.
 */
export function languageFor(tag: string | undefined): string {
  return packAmong(tag, LANGUAGES);
}

/** `languageFor` among the given languages (the build's: the all-in-one file has English alone). */
export function packAmong(tag: string | undefined, among: readonly string[]): string {
  const locale = maximized(tag);
  if (!locale) return 'en';
  const { language, script, region } = locale;
  return (
    [`${language}-${script}`, `${language}-${region}`, language].find((candidate) => among.includes(candidate)) ?? 'en'
  );
}

/** True when a locale's script runs right to left (Arabic, Hebrew, Persian, Urdu, …). */
export function isRightToLeft(tag: string | undefined): boolean {
  return RIGHT_TO_LEFT.has(maximized(tag)?.script ?? '');
}
