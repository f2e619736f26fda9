import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStory } from '../../src/story/parse.js';
import type { Story } from '../../src/story/types.js';

export const repoFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(repoFile(path), 'utf8')) as Record<string, unknown>;
}

export const DEFAULT_STORY_PATH = 'data/ambassador-resignation-2019.json';

/** A fresh, editable copy of the default story file. */
export function defaultStoryFile(): Record<string, any> {
  return readJson(DEFAULT_STORY_PATH);
}

/**
 * The tests' own story, shaped like the default one (a crowded week, a far-off event, an era, a
 * range, quotes as fragments and paragraphs) but written for the tests, so that the default
 * story's wording can change without breaking them. Its file lists events and quotes out of order.
 */
export const TEST_STORY_PATH = 'tests/fixtures/harbour-bridge.json';

/** A fresh, editable copy of the test story file. */
export function testStoryFile(): Record<string, any> {
  return readJson(TEST_STORY_PATH);
}

export function parsed(input: unknown): Story {
  const result = parseStory(input);
  if (!result.ok) throw new Error(`expected a valid story: ${JSON.stringify(result.problems)}`);
  return result.story;
}

/** A parsed story in UTC of the given events (id, date, end if a range, title), one category and one source. */
export function storyOf(title: string, events: { id: string; date: string; end?: string; title: string }[]): Story {
  return parsed({
    version: 1,
    story: { title, timeZone: 'UTC' },
    sources: [{ id: 's', kind: 'article' }],
    categories: [{ id: 'c', label: 'C' }],
    events: events.map((event) => ({ ...event, category: 'c', summary: 'S', sources: ['s'] })),
  });
}

/** A stand-in for canvas measureText: every character 7 px wide. */
export const fixedWidthText = (text: string) => text.length * 7;
