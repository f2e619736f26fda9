import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isRightToLeft, LANGUAGES, languageFor } from '../../src/i18n/languages.js';
import { formatMessage, placeholdersOf, type Message, type Pack } from '../../src/i18n/messages.js';
import { packLoaders } from '../../src/i18n/pack-loaders.js';
import {
  defaultStrings,
  englishPack,
  MESSAGE_PARAMETERS,
  stringsFromPack,
  type TimelineStrings,
} from '../../src/strings.js';

const PACKS = new URL('../../src/i18n/packs/', import.meta.url);
const packFiles = readdirSync(PACKS).filter((file) => file.endsWith('.json'));
const packOf = (language: string): Pack => JSON.parse(readFileSync(new URL(`${language}.json`, PACKS), 'utf8'));

describe('formatMessage', () => {
  it('fills named placeholders, numbers as the language writes them', () => {
    assert.equal(formatMessage('{a} and {b}', { a: 'x', b: 'y' }, 'en'), 'x and y');
    assert.equal(formatMessage('{count} events', { count: 12345 }, 'en'), '12,345 events');
    assert.equal(formatMessage('{count} Ereignisse', { count: 12345 }, 'de'), '12.345 Ereignisse');
    assert.equal(formatMessage('{count}', { count: 5 }, 'fa'), '۵');
  });

  it('leaves a placeholder with no value as written', () => {
    assert.equal(formatMessage('{a} {missing}', { a: 'x' }, 'en'), 'x {missing}');
  });

  it('chooses plural variants by Intl.PluralRules, an exact =N first, then other', () => {
    const events: Message = { one: '{count} event', other: '{count} events' };
    assert.equal(formatMessage(events, { count: 1 }, 'en'), '1 event');
    assert.equal(formatMessage(events, { count: 2 }, 'en'), '2 events');
    const russian: Message = {
      one: '{count} событие',
      few: '{count} события',
      many: '{count} событий',
      other: '{count} события',
    };
    assert.deepEqual(
      [1, 2, 5, 21, 22, 25, 1.5].map((count) => formatMessage(russian, { count }, 'ru')),
      ['1 событие', '2 события', '5 событий', '21 событие', '22 события', '25 событий', '1,5 события'],
    );
    const exact: Message = { '=0': 'none', one: 'one', other: 'many' };
    assert.equal(formatMessage(exact, { count: 0 }, 'en'), 'none');
    assert.equal(formatMessage({ other: 'only other' }, { count: 1 }, 'en'), 'only other');
  });

  it('lists a message’s placeholders in every variant', () => {
    assert.deepEqual(placeholdersOf({ '=0': '{date}', other: '{date}, {count} x' }), ['count', 'date']);
  });
});

describe('languageFor', () => {
  it('takes the language of a regional tag, the script of Chinese, else English', () => {
    assert.equal(languageFor('de-CH'), 'de');
    assert.equal(languageFor('pt-BR'), 'pt');
    assert.equal(languageFor('zh'), 'zh-Hans');
    assert.equal(languageFor('zh-CN'), 'zh-Hans');
    assert.equal(languageFor('zh-TW'), 'zh-Hant');
    assert.equal(languageFor('zh-HK'), 'zh-Hant');
    assert.equal(languageFor('iw'), 'he');
    assert.equal(languageFor('xx'), 'en');
    assert.equal(languageFor('en-GB'), 'en');
    assert.equal(languageFor('not a tag'), 'en');
    assert.equal(languageFor(undefined), 'en');
  });

  it('knows which languages run right to left', () => {
    assert.deepEqual(['ar', 'he', 'fa', 'ur', 'ar-EG', 'en', 'de', 'ja', 'hi', undefined].map(isRightToLeft), [
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('language packs', () => {
  it('are the languages listed, each loaded as its own chunk (English in the entry)', () => {
    assert.deepEqual(packFiles.map((file) => file.replace(/\.json$/, '')).sort(), [...LANGUAGES].sort());
    assert.deepEqual(Object.keys(packLoaders).sort(), LANGUAGES.filter((language) => language !== 'en').sort());
  });

  const english = Object.keys(englishPack);
  for (const language of LANGUAGES) {
    describe(language, () => {
      const pack = packOf(language);
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

      it('has every string English has, and no other', () => {
        assert.deepEqual(
          Object.keys(pack).filter((key) => !english.includes(key)),
          [],
          'keys English does not have',
        );
        assert.deepEqual(
          english.filter((key) => !(key in pack)),
          [],
          'keys missing',
        );
      });

      it('uses the placeholders English uses, no more and no fewer', () => {
        for (const key of english) {
          if (!(key in pack)) continue;
          const expected = placeholdersOf(englishPack[key]!).filter(
            (name) => name !== 'count' || typeof englishPack[key] === 'string',
          );
          const found = placeholdersOf(pack[key]!);
          for (const name of expected) assert.ok(found.includes(name), `${key} lacks {${name}}`);
          const allowed = MESSAGE_PARAMETERS[key as keyof TimelineStrings] ?? [];
          for (const name of found) assert.ok(allowed.includes(name), `${key} has {${name}}, which it is never given`);
        }
      });

      it(`writes numbers in plural messages with every category ${language} needs (${categories.join(', ')})`, () => {
        for (const key of english) {
          const message = pack[key];
          // A translator may word a count so that no word changes with it ("Shown: 2 of 3").
          if (message === undefined || typeof message === 'string') continue;
          for (const category of categories) assert.ok(category in message, `${key} lacks "${category}"`);
          const extra = Object.keys(message).filter(
            (variant) => !variant.startsWith('=') && !(categories as string[]).includes(variant),
          );
          assert.deepEqual(extra, [], `${key} has categories ${language} never uses`);
        }
      });

      it('leaves no string empty that English fills', () => {
        for (const key of english) {
          if (typeof englishPack[key] === 'string' && englishPack[key] !== '') assert.notEqual(pack[key], '', key);
        }
      });

      it('compiles to strings the timeline can call', () => {
        const strings = stringsFromPack(pack, language);
        assert.equal(typeof strings.laterEvents(3), 'string');
        assert.doesNotMatch(strings.storyStep(1, 2, 'T', 'D'), /\{/);
        assert.doesNotMatch(strings.tabDescription('D', 'C', 0), /\{/);
        assert.equal(typeof strings.status.scheduled, 'string');
      });
    });
  }
});

describe('stringsFromPack', () => {
  it('gives the English strings as before', () => {
    assert.equal(defaultStrings.laterEvents(1), '1 later event');
    assert.equal(defaultStrings.laterEvents(2), '2 later events');
    assert.equal(defaultStrings.problemsHeading(1), 'The story has a problem');
    assert.equal(defaultStrings.tabDescription('10 July 2019', 'Leak', 0), '10 July 2019, Leak');
    assert.equal(defaultStrings.tabDescription('10 July 2019', 'Leak', 1), '10 July 2019, Leak, 1 quote');
    assert.equal(defaultStrings.viewChanged('July 2019', 3, 7), 'July 2019: 3 of 7 events');
    assert.equal(defaultStrings.status.scheduled, 'Scheduled');
    assert.equal(defaultStrings.medium.tweet, 'post on Twitter');
  });

  it('takes overrides as functions, messages, plural messages, records, or a pack’s own keys', () => {
    const strings = stringsFromPack(englishPack, 'en', {
      zoomIn: 'Agrandir',
      laterEvents: (n: number) => `${n} plus tard`,
      earlierEvents: { one: '{count} plus tôt', other: '{count} plus tôt (pl.)' },
      storyLoaded: 'Voici : {title}',
      status: { scheduled: 'Prévu' },
      'medium.tweet': 'tweet',
    });
    assert.equal(strings.zoomIn, 'Agrandir');
    assert.equal(strings.laterEvents(2), '2 plus tard');
    assert.equal(strings.earlierEvents(2), '2 plus tôt (pl.)');
    assert.equal(strings.storyLoaded('X'), 'Voici : X');
    assert.equal(strings.status.scheduled, 'Prévu');
    assert.equal(strings.status.cancelled, 'Cancelled');
    assert.equal(strings.medium.tweet, 'tweet');
  });

  it('writes overrides by their own language’s plural rules: a whole pack given to an English build', () => {
    const strings = stringsFromPack(englishPack, 'en', packOf('ru'), 'ru');
    assert.deepEqual(
      [1, 3, 5].map((count) => strings.earlierEvents(count)),
      ['Раньше: 1 событие', 'Раньше: 3 события', 'Раньше: 5 событий'],
    );
    assert.equal(strings.zoomIn, 'Приблизить');
  });

  it('falls back to English for a key a pack lacks', () => {
    const strings = stringsFromPack({ zoomIn: 'Vergrößern' }, 'de');
    assert.equal(strings.zoomIn, 'Vergrößern');
    assert.equal(strings.zoomOut, 'Zoom out');
  });
});

describe('renderStoryHtml in another language', () => {
  it('takes a pack’s JSON as its strings', async () => {
    const { renderStoryHtml } = await import('../../src/html-story/render.js');
    const { testStoryFile } = await import('./helpers.js');
    const html = renderStoryHtml(testStoryFile(), { strings: packOf('de') });
    assert.match(html, /Ereignisse in zeitlicher Reihenfolge/);
    assert.doesNotMatch(html, /Events, in date order/);
  });
});
