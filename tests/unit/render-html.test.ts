import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStoryHtml, StoryProblemsError } from '../../src/html-story/render.js';
import { defaultStoryFile, readJson, testStoryFile } from './helpers.js';

const STORIES = {
  'the default story': defaultStoryFile,
  'the test story': testStoryFile,
  'every field': () => readJson('tests/fixtures/every-field.json') as Record<string, any>,
  'Apollo 11': () => readJson('tests/fixtures/apollo-11.json') as Record<string, any>,
  'women in computing': () => readJson('tests/fixtures/women-in-computing.json') as Record<string, any>,
};

const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

/** The test story with hostile text in every kind of field a renderer writes. */
function hostileStory(): Record<string, any> {
  const story = testStoryFile();
  story.story.title = '</h2><script>alert("title")</script>';
  story.story.summary = '<img src=x onerror=alert(1)> & more';
  story.events[0].title = 'A "quoted" <b>bold</b> title & co';
  story.events[0].summary = '</p></li></ol><script>alert(2)</script>';
  story.events[0].image = {
    src: 'https://example.org/a.jpg?x="><script>alert(3)</script>',
    alt: '" onload="alert(4)',
    credit: '<i>credit</i>',
  };
  story.people[0].name = 'Name &amp; entity <svg onload=alert(5)>';
  story.categories[0].label = '<style>*{display:none}</style>';
  story.quotes[0].text = ['"><script>alert(6)</script>', '&lt;already escaped&gt;'];
  story.sources.push({
    id: 'hostile',
    kind: 'public-record',
    title: '</cite>',
    publisher: '<a href="javascript:alert(7)">x</a>',
    url: 'https://example.org/?q="><script>alert(8)</script>',
  });
  story.events[0].sources = ['hostile'];
  return story;
}

describe('renderStoryHtml', () => {
  for (const [name, read] of Object.entries(STORIES)) {
    it(`writes every event and every quote of ${name}, with their text`, () => {
      const file = read();
      const html = renderStoryHtml(file);
      assert.equal(count(html, /<li data-id="[^"]*" data-category=/), file.events.length);
      assert.equal(count(html, /<blockquote /), file.quotes?.length ?? 0);
      for (const event of file.events) assert.ok(html.includes(`<h4>${escaped(event.title)}</h4>`), event.title);
      for (const quote of file.quotes ?? [])
        for (const text of quote.text) assert.ok(html.includes(`>${escaped(text)}</`), text);
      assert.ok(html.startsWith(`<article data-story="1" data-time-zone="${file.story.timeZone}"`));
    });
  }

  it('escapes hostile text in every field, so that it stays text', () => {
    const story = hostileStory();
    const html = renderStoryHtml(story);
    assert.doesNotMatch(html, /<script|<style|<svg|<img src=x|<b>|<i>|\son[a-z]+="|="javascript:/i);
    assert.ok(html.includes('<h2>&lt;/h2&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h2>'));
    assert.ok(
      html.includes('Name &amp;amp; entity &lt;svg onload=alert(5)&gt;'),
      'an entity in story text is written as the characters it is made of',
    );
    assert.ok(html.includes('alt="&quot; onload=&quot;alert(4)"'));
    assert.ok(html.includes('<p>&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;</p>'));
    // Each tag the renderer opens, it closes: hostile text has not closed any of them early.
    for (const tag of ['ol', 'li', 'p', 'blockquote', 'figure', 'section', 'cite', 'a']) {
      assert.equal(count(html, new RegExp(`<${tag}[\\s>]`)), count(html, new RegExp(`</${tag}>`)), tag);
    }
  });

  it('writes only http(s) links, and refuses a story with any other', () => {
    for (const [name, read] of Object.entries(STORIES)) {
      for (const [, href] of renderStoryHtml(read()).matchAll(/ (?:href|src)="([^"]*)"/g))
        assert.match(href!, /^https?:\/\//, name);
    }
    const story = testStoryFile();
    story.sources[0].url = 'javascript:alert(1)';
    story.events[0].image = { src: 'http://example.org/plain-http.jpg', alt: '' };
    assert.throws(
      () => renderStoryHtml(story),
      (error: unknown) =>
        error instanceof StoryProblemsError &&
        error.problems.some((problem) => problem.path === 'sources[0].url') &&
        error.problems.some((problem) => problem.path === 'events[0].image.src'),
    );
  });

  it("writes dates as readers of the story's locale write them, on its clock, with the exact date for machines", () => {
    const english = renderStoryHtml(defaultStoryFile());
    assert.ok(
      english.includes(
        '<time datetime="2019-07-06">6 July 2019</time> – <time datetime="2019-07-07" data-end>7 July 2019</time>',
      ),
    );
    assert.ok(english.includes('<time datetime="2019-12" data-display-date>End of 2019</time>'));
    const french = renderStoryHtml(readJson('tests/fixtures/every-field.json'));
    assert.ok(french.includes('<time datetime="2021-03-05">5 mars 2021</time>'));
    // 18:30 known only to the hour, in New York (the machine runs at UTC+14).
    assert.match(french, /<time datetime="2021-03-02T18:30">2 mars 2021 à 18:00 UTC−5<\/time>/);
    assert.ok(french.includes('about <time datetime="2022">2022</time>'));
  });

  it('says what is wrong with a story it cannot write, each problem with its path', () => {
    const story = testStoryFile();
    story.events[1].date = '2019-13-45';
    assert.throws(
      () => renderStoryHtml(story),
      (error: unknown) => error instanceof StoryProblemsError && error.problems[0]!.path === 'events[1].date',
    );
    assert.throws(() => renderStoryHtml('not a story'), StoryProblemsError);
  });
});
