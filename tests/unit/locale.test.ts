import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayTimeZone, firstLocale } from '../../src/story/locale.js';

const london = { timeZone: 'Europe/London' };

describe('displayTimeZone', () => {
  it('shows dates in the zone asked for where it is known, else in the story’s', () => {
    assert.equal(displayTimeZone({ asked: 'Asia/Tokyo', story: london }), 'Asia/Tokyo');
    assert.equal(displayTimeZone({ asked: 'Mars/Olympus_Mons', story: london }), 'Europe/London');
    assert.equal(displayTimeZone({ asked: undefined, story: london }), 'Europe/London');
    assert.equal(displayTimeZone({ asked: '', story: london }), 'Europe/London');
  });

  it('takes "reader" as the reader’s own zone (the tests run in Pacific/Kiritimati)', () => {
    assert.equal(displayTimeZone({ asked: 'reader', story: london }), 'Pacific/Kiritimati');
  });
});

describe('firstLocale', () => {
  it('takes the first well-formed tag, skipping empty and malformed ones', () => {
    assert.equal(firstLocale(undefined, '', 'en_GB', 'fr-CA', 'de'), 'fr-CA');
    assert.equal(firstLocale(null, 'not a tag'), undefined);
  });
});
