import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterStory, nearestShown, shownSelection, speakersOf, toggled } from '../../src/layout/filter.js';
import { parsed, testStoryFile } from './helpers.js';

const story = parsed(testStoryFile());
const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

describe('filterStory', () => {
  it('is the story itself when nothing is hidden', () => {
    assert.equal(filterStory(story, undefined), story);
    assert.equal(filterStory(story, {}), story);
    assert.equal(filterStory(story, { categories: story.categories.map((category) => category.id) }), story);
  });

  it('keeps the events of the shown categories, numbered again in date order', () => {
    const shown = filterStory(story, { categories: ['council', 'closure'] });
    assert.deepEqual(ids(shown.events), [
      'council-silent',
      'bridge-closed',
      'mayor-posts',
      'mayor-criticised',
      'repairs-due',
    ]);
    assert.deepEqual(
      shown.events.map((event) => event.index),
      [0, 1, 2, 3, 4],
    );
    assert.equal(shown.eventById.get('repairs-due')!.index, 4);
    assert.equal(shown.eventById.get('cracks-found'), undefined);
    // Categories, people and sources stay: the legend lists every category.
    assert.equal(shown.categories, story.categories);
    assert.equal(story.events.length, 9, 'the story itself is untouched');
  });

  it('keeps the quotes linked to a shown event, each with only its shown events', () => {
    const shown = filterStory(story, { categories: ['closure'] });
    assert.deepEqual(ids(shown.quotes), ['engineer-letter']);
    assert.deepEqual(shown.quoteById.get('engineer-letter')!.eventIds, ['repairs-due']);
    assert.deepEqual(shown.eventById.get('repairs-due')!.quoteIds, ['engineer-letter']);
  });

  it('narrows the quotes to the shown speakers, and keeps every event', () => {
    const shown = filterStory(story, { speakers: ['calder', 'ito'] });
    assert.deepEqual(ids(shown.events), ids(story.events));
    assert.deepEqual(ids(shown.quotes).sort(), ['engineer-letter', 'inspection-notes']);
    assert.deepEqual(shown.eventById.get('resignation-accepted')!.quoteIds, []);
  });

  it('shows no event when every category is hidden', () => {
    const shown = filterStory(story, { categories: [] });
    assert.equal(shown.events.length, 0);
    assert.equal(shown.quotes.length, 0);
  });
});

describe('nearestShown', () => {
  it('finds the shown event nearest in time, the earlier of two as near', () => {
    const shown = filterStory(story, { categories: ['inspection', 'resignation'] });
    assert.equal(nearestShown(shown, story.eventById.get('mayor-criticised')!)!.id, 'engineer-resigns');
    assert.equal(nearestShown(shown, story.eventById.get('council-silent')!)!.id, 'cracks-found');
    // 8 March: two days from both the 6th and the 10th.
    assert.equal(nearestShown(shown, story.eventById.get('bridge-closed')!)!.id, 'cracks-found');
    assert.equal(nearestShown(filterStory(story, { categories: [] }), story.events[0]!), undefined);
  });
});

describe('shownSelection', () => {
  it('keeps a selection the filter shows, as the shown story numbers it', () => {
    const shown = filterStory(story, { categories: ['council', 'closure'] });
    assert.equal(shownSelection(shown, story.eventById.get('repairs-due')!), shown.eventById.get('repairs-due'));
  });

  it('moves a selection the filter hid to the nearest shown event, and to nothing when nothing is shown', () => {
    const shown = filterStory(story, { categories: ['inspection', 'resignation'] });
    assert.equal(shownSelection(shown, story.eventById.get('mayor-criticised')!)!.id, 'engineer-resigns');
    assert.equal(shownSelection(filterStory(story, { categories: [] }), story.events[0]!), undefined);
  });
});

describe('toggled and speakersOf', () => {
  const all = ['a', 'b', 'c'];
  it('hides and shows one id, in the order of all, and lists nothing when all are shown', () => {
    assert.deepEqual(toggled(undefined, 'b', all), ['a', 'c']);
    assert.deepEqual(toggled(['c'], 'a', all), ['a', 'c']);
    assert.equal(toggled(['a', 'c'], 'b', all), undefined);
    assert.deepEqual(toggled(['a'], 'a', all), []);
  });
  it('lists each speaker once', () => {
    assert.deepEqual(speakersOf(story).sort(), ['brannock', 'calder', 'ito', 'okafor']);
  });
});
