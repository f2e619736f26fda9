import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkQuotes, normaliseQuoted } from '../../src/tools/quotes.js';
import { validateStory } from '../../src/tools/validate.js';
import { DEFAULT_STORY_PATH, defaultStoryFile, parsed, repoFile } from './helpers.js';

describe('validateStory', () => {
  const text = readFileSync(repoFile(DEFAULT_STORY_PATH), 'utf8');
  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('accepts the default story', () => {
    const result = validateStory(text);
    assert.equal(result.ok, true);
    assert.deepEqual(result.problems, []);
  });

  it('gives each problem its JSON path and the line and column of the field in the file', () => {
    const broken = text.replace('"date": "2019-07-07"', '"date": "2019-13-07"').replace('"timeZone"', '"timezone"');
    const result = validateStory(broken);
    assert.equal(result.ok, false);
    const date = result.problems.find((problem) => problem.path === 'sources[1].date')!;
    assert.equal(date.message, '"2019-13-07" is not a valid date');
    assert.equal(date.line, lineOf('"date": "2019-07-07"'));
    assert.equal(broken.split('\n')[date.line - 1]!.indexOf('"date"') + 1, date.column);
    const unknown = result.problems.find((problem) => problem.path === 'story.timezone')!;
    assert.equal(unknown.message, 'is not a field of this format');
    assert.equal(unknown.line, lineOf('"timeZone"'));
    // A missing field is placed at the object that lacks it.
    const missing = result.problems.find((problem) => problem.path === 'story.timeZone')!;
    assert.equal(missing.line, lineOf('"story"'));
  });

  it('reports JSON syntax errors where they are, and an empty file, without throwing', () => {
    const syntax = validateStory('{\n  "version": 1,\n}');
    assert.equal(syntax.ok, false);
    assert.deepEqual(
      syntax.problems.map(({ line, column }) => [line, column]),
      [[3, 1]],
    );
    assert.match(syntax.problems[0]!.message, /^is not valid JSON: /);
    assert.equal(validateStory('').problems[0]!.message, 'is not valid JSON: the file is empty');
    assert.equal(validateStory('// a comment\n{}').ok, false);
  });
});

const ARTICLE = '../shared/source/article-2019-07-10.txt';

describe('checkQuotes', () => {
  const article = () => readFileSync(repoFile(ARTICLE), 'utf8');
  const haveArticle = existsSync(repoFile(ARTICLE));

  it('finds every quote of the default story word for word in the article', (t) => {
    if (!haveArticle) return t.skip(`${ARTICLE} is not beside the repository`);
    const report = checkQuotes(parsed(defaultStoryFile()), article());
    assert.equal(report.ok, true);
    assert.ok(report.quotes.length >= 4);
    assert.deepEqual(
      report.quotes.filter((check) => check.status !== 'found'),
      [],
    );
  });

  const altered: [string, number, number, string, string][] = [
    // quote index, text index, the altered text, the word shown as quoted, the word the source has
    ['a misspelt fragment', 0, 2, 'incompetant', 'incompetent'],
    ['a fragment with a word changed', 1, 1, 'very stupid man', 'guy'],
  ];
  for (const [what, quoteIndex, textIndex, changed, sourceWord] of altered) {
    it(`catches ${what} and shows the changed word`, (t) => {
      if (!haveArticle) return t.skip(`${ARTICLE} is not beside the repository`);
      const file = defaultStoryFile();
      file.quotes[quoteIndex].text[textIndex] = changed;
      const report = checkQuotes(parsed(file), article());
      assert.equal(report.ok, false);
      const misses = report.quotes.filter((check) => check.status !== 'found');
      assert.equal(misses.length, 1);
      assert.equal(misses[0]!.status, 'near-miss');
      assert.equal(misses[0]!.changes![0]!.source, sourceWord);
      assert.match(misses[0]!.closestSentence!, new RegExp(sourceWord));
    });
  }

  it('catches a word changed, added or left out in a paragraph, showing it and the sentence it is in', (t) => {
    if (!haveArticle) return t.skip(`${ARTICLE} is not beside the repository`);
    const file = defaultStoryFile();
    const letter = file.quotes.findIndex(
      (quote: { form: string; text: string[] }) => quote.form === 'paragraphs' && quote.text.length > 2,
    );
    const original: string[] = file.quotes[letter].text;
    const edits: [string, (text: string) => string, { quoted: string; source: string }][] = [
      [
        'changed',
        (text) => text.replace('the end of this year', 'the end of next year'),
        { quoted: 'next', source: 'this' },
      ],
      ['added', (text) => text.replace('I believe', 'I firmly believe'), { quoted: 'firmly', source: '' }],
      ['left out', (text) => text.replace('responsible course', 'course'), { quoted: '', source: 'responsible' }],
    ];
    const paragraph = original.findIndex((text) => text.includes('the end of this year'));
    for (const [how, edit, change] of edits) {
      file.quotes[letter].text = original.map((text, i) => (i === paragraph ? edit(text) : text));
      const report = checkQuotes(parsed(file), article());
      const misses = report.quotes.filter((check) => check.status !== 'found');
      assert.equal(misses.length, 1, how);
      assert.deepEqual(misses[0]!.changes, [change], how);
      assert.ok(misses[0]!.closestSentence!.startsWith('Although my posting is not due to end'), how);
    }
  });

  it('catches paragraphs given in the wrong order, though each is in the source', (t) => {
    if (!haveArticle) return t.skip(`${ARTICLE} is not beside the repository`);
    const file = defaultStoryFile();
    const letter = file.quotes.findIndex((quote: { form: string }) => quote.form === 'paragraphs');
    file.quotes[letter].text.reverse();
    const check = checkQuotes(parsed(file), article()).quotes.find((item) => item.quoteId === file.quotes[letter].id)!;
    assert.deepEqual([check.status, check.reason], ['not-found', 'sentences-apart']);
  });

  it('counts curly and straight quote marks, any white space and reopened paragraphs as the same', () => {
    assert.equal(normaliseQuoted('‘It’s  “fine”,\u00a0he said.\n\n‘And more.'), `'It's "fine", he said. And more.`);
    const file = defaultStoryFile();
    const source = "He said: 'It's done.\n\n'Both paragraphs.'";
    file.quotes = [{ ...file.quotes[0], form: 'paragraphs', text: ['It’s done.', 'Both paragraphs.'] }];
    assert.equal(checkQuotes(parsed(file), source).ok, true);
    // "one" is in the source only inside "done": not found.
    file.quotes[0].form = 'fragments';
    file.quotes[0].text = ['one'];
    assert.equal(checkQuotes(parsed(file), source).ok, false, 'a fragment is not found inside a longer word');
    file.quotes[0].text = ['done'];
    assert.equal(checkQuotes(parsed(file), source).ok, true);
  });

  it('says what each event cites: the article, the public record, both, or nothing', (t) => {
    if (!haveArticle) return t.skip(`${ARTICLE} is not beside the repository`);
    const file = defaultStoryFile();
    file.events[0].sources = [];
    const report = checkQuotes(parsed(file), article());
    const cites = new Map(report.events.map((event) => [event.eventId, event]));
    assert.equal(cites.get(file.events[0].id)!.cites, 'nothing');
    const cables = cites.get('not-served-well')!;
    assert.deepEqual([cables.cites, cables.publicRecords], ['public-record', ['Politico Europe']]);
    assert.equal(cites.get('resignation-letter')!.cites, 'article');
    assert.equal(cites.get('wacky-tweets')!.cites, 'article and public record');
  });
});
