import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyTextPieces } from '../../src/format/story-text-slots.js';

describe('storyTextPieces', () => {
  it('cuts interface text where story text goes: words, story text, words', () => {
    assert.deepEqual(
      storyTextPieces((story) => `Show event: ${story('Bridge closes')}`),
      ['Show event: ', 'Bridge closes', ''],
    );
  });

  it('keeps several pieces of story text apart and in the order the string puts them', () => {
    // A language that names the role before the person.
    const pieces = storyTextPieces((story) => `${story('mayor')} — ${story('Ana Ruiz')}`);
    assert.deepEqual(pieces, ['', 'mayor', ' — ', 'Ana Ruiz', '']);
  });

  it('gives up where the string does more with story text than place it', () => {
    assert.equal(
      storyTextPieces((story) => `Show: ${story('Bridge closes').slice(0, 6)}…`),
      undefined,
    );
    assert.equal(
      storyTextPieces((story) => story('Bridge closes').toUpperCase()),
      undefined,
    );
  });

  it('leaves interface text without story text whole', () => {
    assert.deepEqual(
      storyTextPieces(() => 'Show all'),
      ['Show all'],
    );
  });
});
