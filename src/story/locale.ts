import { isTimeZone } from './dates.js';

/** True when `tag` is a well-formed BCP 47 language tag that Intl accepts ("en-GB", not "en_GB"). */
export function isLocale(tag: string): boolean {
  let known = knownTags.get(tag);
  if (known === undefined) {
    try {
      known = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      known = false;
    }
    knownTags.set(tag, known);
  }
  return known;
}

const knownTags = new Map<string, boolean>();

/** The first well-formed tag of `candidates`, or undefined (the runtime's default). */
export function firstLocale(...candidates: (string | undefined | null)[]): string | undefined {
  return candidates.find((tag): tag is string => !!tag && isLocale(tag));
}

/**
 * The time zone dates are shown in: the one asked for (`reader`: the reader's own) where the
 * runtime knows it, else the story's.
 */
export function displayTimeZone({ asked, story }: { asked: string | undefined; story: { timeZone: string } }): string {
  const zone = asked === 'reader' ? new Intl.DateTimeFormat().resolvedOptions().timeZone : asked;
  return zone && isTimeZone(zone) ? zone : story.timeZone;
}
