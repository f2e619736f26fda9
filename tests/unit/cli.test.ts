import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DEFAULT_STORY_PATH, defaultStoryFile, repoFile } from './helpers.js';

/** The command as npx runs it: the package's bin over the built dist/ (`npm test` builds first). */
function run(...args: string[]) {
  return runIn(process.env, ...args);
}

function runIn(env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = spawnSync(process.execPath, [repoFile('bin/resignation-timeline.mjs'), ...args], {
    encoding: 'utf8',
    cwd: repoFile('.'),
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = repoFile('../shared/source/article-2019-07-10.txt');
const TIMELINES = repoFile('../shared/fixtures/timelinejs3/');
const scratch = mkdtempSync(join(tmpdir(), 'resignation-timeline-cli-'));

describe('the resignation-timeline command', () => {
  before(() =>
    assert.ok(existsSync(repoFile('dist/tools/index.js')), 'dist/tools/ is missing: run `npm run build` first'),
  );

  it('prints its help and exits 0; a wrong command or option exits 2 with the help', () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /check-quotes <story\.json> --source <article\.txt>/);
    for (const args of [
      [],
      ['frobnicate'],
      ['validate', '--frob'],
      ['validate'],
      ['check-quotes', DEFAULT_STORY_PATH],
      ['render'],
    ]) {
      const wrong = run(...args);
      assert.equal(wrong.code, 2, args.join(' '));
      assert.match(wrong.stderr, /^resignation-timeline: .*\n\nUsage:/, args.join(' '));
    }
    assert.equal(run('validate', join(scratch, 'no-such-file.json')).code, 2);
  });

  it('validate: a medium with an address its kind cannot use, at its line and column, and a good one passes', () => {
    const story = JSON.parse(readFileSync(repoFile('tests/fixtures/media-story.json'), 'utf8'));
    const good = join(scratch, 'media.json');
    writeFileSync(good, JSON.stringify(story, null, 2));
    assert.equal(run('validate', good).code, 0);
    story.events[1].media.url = 'https://vimeo.com/channels/staff';
    const bad = join(scratch, 'bad-media.json');
    writeFileSync(bad, JSON.stringify(story, null, 2));
    const result = run('validate', bad);
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      new RegExp(
        String.raw`bad-media\.json:\d+:\d+: events\[1\]\.media\.url: "https:\/\/vimeo\.com\/channels\/staff" ` +
          String.raw`is not a video this format plays: give a YouTube or Vimeo address`,
      ),
    );
  });

  it('validate: exit 0 for a good story; 1 with file:line:column: path: message for each problem', () => {
    const good = run('validate', DEFAULT_STORY_PATH);
    assert.equal(good.code, 0);
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, readFileSync(repoFile(DEFAULT_STORY_PATH), 'utf8').replace('"version": 1', '"version": 2'));
    const bad = run('validate', broken);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /broken\.json:3:3: version: expected 1, got 2\n/);
    const json = run('validate', broken, '--json');
    assert.equal(json.code, 1);
    assert.deepEqual(
      JSON.parse(json.stdout).problems.map((problem: { path: string; line: number }) => [problem.path, problem.line]),
      [['version', 3]],
    );
  });

  it(
    'check-quotes: exit 0 when every quote is word for word; 1 showing the changed word and the source ' + 'sentence',
    (t) => {
      if (!existsSync(ARTICLE)) return t.skip('the article is not beside the repository');
      const good = run('check-quotes', DEFAULT_STORY_PATH, '--source', ARTICLE);
      assert.equal(good.code, 0, good.stdout + good.stderr);
      assert.match(good.stdout, /resignation-letter: article\n/);
      const file = defaultStoryFile();
      file.quotes[1].text[1] = 'very stupid man';
      const altered = join(scratch, 'altered.json');
      writeFileSync(altered, JSON.stringify(file));
      const bad = run('check-quotes', altered, '--source', ARTICLE);
      assert.equal(bad.code, 1);
      assert.match(bad.stdout, /CHANGED +wacky-stupid-guy: "man" where the source has "guy"/);
      assert.match(bad.stdout, /source: ".*a 'very stupid guy'\."/);
      const json = JSON.parse(run('check-quotes', altered, '--source', ARTICLE, '--json').stdout);
      assert.equal(json.ok, false);
    },
  );

  it('import-timelinejs: the story on stdout, what was not carried on stderr; refused dates exit 1', (t) => {
    if (!existsSync(TIMELINES)) return t.skip('the TimelineJS3 examples are not beside the repository');
    const imported = run('import-timelinejs', join(TIMELINES, 'women_in_computing.csv'));
    assert.equal(imported.code, 0, imported.stderr);
    const story = join(scratch, 'women.json');
    writeFileSync(story, imported.stdout);
    assert.equal(run('validate', story).code, 0);
    assert.match(imported.stderr, /^not carried: row 4: events\[1\]\.media: media written as HTML/m);
    assert.ok(
      JSON.parse(imported.stdout).events.some(
        (event: { media?: { kind: string; url: string } }) =>
          event.media?.kind === 'video' && event.media.url.includes('youtube.com'),
      ),
    );
    const cosmo = run('import-timelinejs', join(TIMELINES, 'cosmo.json'));
    assert.equal(cosmo.code, 1);
    assert.equal(cosmo.stdout, '');
    assert.match(cosmo.stderr, /events\[0\]\.start_date: "-13800000000" is outside the dates a story can hold/);
    const exported = run('export-timelinejs', story, '--csv');
    assert.equal(exported.code, 0);
    assert.match(exported.stdout, /^Year,Month,Day,Time,/);
    assert.equal(run('export-timelinejs', story).code, 0);
  });

  it(
    'render: the story as HTML inside the tag (exit 0), every event in it; a story with problems writes ' +
      'nothing (exit 1)',
    () => {
      const rendered = run('render', DEFAULT_STORY_PATH);
      assert.equal(rendered.code, 0, rendered.stderr);
      assert.match(rendered.stdout, /^<resignation-timeline>\n<article data-story/);
      for (const event of defaultStoryFile().events)
        assert.ok(rendered.stdout.includes(`data-id="${event.id}"`), event.id);
      assert.match(run('render', DEFAULT_STORY_PATH, '--document').stdout, /^<!DOCTYPE html>/);
      const broken = join(scratch, 'render-broken.json');
      writeFileSync(broken, readFileSync(repoFile(DEFAULT_STORY_PATH), 'utf8').replace('"version": 1', '"version": 2'));
      const bad = run('render', broken);
      assert.equal(bad.code, 1);
      assert.equal(bad.stdout, '');
      assert.match(bad.stderr, /render-broken\.json: version: /);
    },
  );

  it("render: section names in the story's language; --document a whole page in it, titled by one h1", () => {
    const file = defaultStoryFile();
    const storyIn = (locale: string | undefined, name: string) => {
      const path = join(scratch, name);
      writeFileSync(path, JSON.stringify({ ...file, story: { ...file.story, locale } }));
      return path;
    };
    const german = storyIn('de-AT', 'german.json');
    const embedded = run('render', german).stdout;
    assert.match(embedded, /<h3>Ereignisse in zeitlicher Reihenfolge<\/h3>/);
    assert.doesNotMatch(embedded, /Events, in date order/);
    const page = run('render', german, '--document').stdout;
    assert.match(page, /^<!DOCTYPE html>\n<html lang="de-AT">/);
    assert.equal(page.match(/<h1>/g)?.length, 1);
    assert.match(page, /<h2>Ereignisse in zeitlicher Reihenfolge<\/h2>/);
    assert.match(run('render', storyIn('he', 'hebrew.json'), '--document').stdout, /<html lang="he" dir="rtl">/);
    // On a machine set to German, a story without a locale is still written in English throughout.
    const germanMachine = { ...process.env, LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
    const unsaid = runIn(germanMachine, 'render', storyIn(undefined, 'no-locale.json'), '--document').stdout;
    assert.match(unsaid, /<html lang="en">/);
    assert.match(unsaid, /<h2>Events, in date order<\/h2>/);
    assert.match(unsaid, /<time datetime="2019-07-06">July 6, 2019<\/time>/);
    assert.doesNotMatch(unsaid, /Juli/);
  });

  it('reads a story saved with a byte-order mark; render says where a file stops being JSON, with --json too', () => {
    const marked = join(scratch, 'marked.json');
    writeFileSync(marked, `\uFEFF${readFileSync(repoFile(DEFAULT_STORY_PATH), 'utf8')}`);
    assert.equal(run('validate', marked).code, 0);
    assert.match(run('render', marked).stdout, /^<resignation-timeline>/);
    const notJson = join(scratch, 'not-json.json');
    writeFileSync(notJson, '{"version": 1,\n  "story": oops}');
    const human = run('render', notJson);
    assert.equal(human.code, 1);
    assert.equal(human.stdout, '');
    assert.match(human.stderr, /not-json\.json:2:12: \(story\): is not valid JSON/);
    const json = run('render', notJson, '--json');
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.stdout).problems[0], {
      path: '(story)',
      message: 'is not valid JSON: invalid symbol',
      line: 2,
      column: 12,
    });
  });
});
