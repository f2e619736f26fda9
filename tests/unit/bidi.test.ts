import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isolated, withStoryText } from '../../src/components/bidi.js';

// The <bdi> template itself is checked in the browser (languages.test.ts, right-to-left stories);
// here, the parts that need no DOM.
describe('isolated', () => {
  it('wraps story text in first-strong isolate … pop, so a Hebrew title cannot pull a colon into its run', () => {
    assert.equal(isolated('גשר נסגר'), '\u2068גשר נסגר\u2069');
  });
});

describe('withStoryText', () => {
  it('gives plain text, unisolated, to a string that does more with story text than place it', () => {
    assert.equal(
      withStoryText((story) => `Show: ${story('Bridge closes').slice(0, 6)}…`),
      'Show: Bridge…',
    );
  });

  it('gives a template with the story text apart from the interface text otherwise', () => {
    const result = withStoryText((story) => `Show event: ${story('גשר נסגר')}`);
    assert.equal(typeof result, 'object');
    assert.deepEqual((result as { values: unknown[] }).values.length, 1);
  });
});
