import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayTimeZone, firstLocale } from '../../src/story/locale.js';

describe('displayTimeZone', () => {
  it('shows dates in the zone asked for where it is known, else in the story’s', () => {
    assert.equal(displayTimeZone('Asia/Tokyo', 'Europe/London'), 'Asia/Tokyo');
    assert.equal(displayTimeZone('Mars/Olympus_Mons', 'Europe/London'), 'Europe/London');
    assert.equal(displayTimeZone(undefined, 'Europe/London'), 'Europe/London');
    assert.equal(displayTimeZone('', 'Europe/London'), 'Europe/London');
  });

  it('takes "reader" as the reader’s own zone (the tests run in Pacific/Kiritimati)', () => {
    assert.equal(displayTimeZone('reader', 'Europe/London'), 'Pacific/Kiritimati');
  });
});

describe('firstLocale', () => {
  it('takes the first well-formed tag, skipping empty and malformed ones', () => {
    assert.equal(firstLocale(undefined, '', 'en_GB', 'fr-CA', 'de'), 'fr-CA');
    assert.equal(firstLocale(null, 'not a tag'), undefined);
  });
});
