import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { formatDateRange, formatEventDate, formatStoryDate } from '../../src/format/dates.js';
import { parseStoryDate } from '../../src/story/dates.js';
import { defaultStrings } from '../../src/strings.js';
import { assertFarTimeZone } from '../time-zone.js';
import { parsed, testStoryFile } from './helpers.js';

const london = (text: string) => parseStoryDate(text, 'Europe/London')!;
const format = { locale: 'en-GB', timeZone: 'Europe/London', approximately: defaultStrings.approximately };

describe('date formatting', () => {
  before(assertFarTimeZone);

  it('says only what the precision knows', () => {
    assert.equal(formatStoryDate(london('2019'), 'en-GB', 'Europe/London'), '2019');
    assert.equal(formatStoryDate(london('2019-07'), 'en-GB', 'Europe/London'), 'July 2019');
    assert.equal(formatStoryDate(london('2019-07-10'), 'en-GB', 'Europe/London'), '10 July 2019');
  });

  it('shows instants in the chosen time zone, naming it', () => {
    const text = formatStoryDate(london('2019-07-09T21:00'), 'en-GB', 'Europe/London');
    assert.match(text, /9 July 2019.*21:00.*BST/);
    const inNewYork = formatStoryDate(london('2019-07-09T21:00'), 'en-GB', 'America/New_York');
    assert.match(inNewYork, /16:00/);
  });

  it('formats ranges, approximate and displayed dates', () => {
    const story = parsed(testStoryFile());
    // ICU versions differ in the spaces around the dash.
    assert.match(formatEventDate(story.eventById.get('cracks-found')!, format), /^6\s?–\s?7 March 2021$/);
    assert.equal(formatEventDate(story.eventById.get('engineer-resigns')!, format), '10 March 2021');
    assert.equal(formatEventDate(story.eventById.get('repairs-due')!, format), 'Late summer 2021');
  });

  it('writes each end of a range as precisely as it is known', () => {
    // TimelineJS3's women_in_computing: "July 1943" to "1946", which once read "1943 – 1946".
    const women = parseStoryDate('1943-07', 'UTC')!;
    const until = parseStoryDate('1946', 'UTC')!;
    assert.match(formatDateRange(women, until, 'en', 'UTC'), /^July 1943\s?–\s?1946$/);
    assert.match(formatDateRange(women, until, 'ja', 'UTC'), /^1943年7月～1946年$/);
    // A day to a time on a later day keeps the time, in the zone it is shown in.
    const text = formatDateRange(london('2019-07-08'), london('2019-07-10T14:00'), 'en-GB', 'Europe/London');
    assert.match(text, /^8 July 2019\s?–\s?10 July 2019.*14:00.*BST$/);
  });

  it('writes a range that lies within one of its ends as that end, not the period twice', () => {
    assert.equal(formatDateRange(london('2019-07-06'), london('2019-07'), 'en-GB', 'Europe/London'), 'July 2019');
    assert.equal(formatDateRange(london('1943-07'), london('1943'), 'en-GB', 'Europe/London'), '1943');
    assert.equal(formatDateRange(london('2019'), london('2019-07-10'), 'en-GB', 'Europe/London'), '2019');
    assert.equal(
      formatDateRange(london('2020-01-01'), london('2020-01-01T17:00'), 'en-GB', 'Europe/London'),
      '1 January 2020',
    );
  });

  it('marks approximate dates without a display text', () => {
    const file = testStoryFile();
    delete file.events.find((e: any) => e.id === 'repairs-due').displayDate;
    const story = parsed(file);
    assert.equal(formatEventDate(story.eventById.get('repairs-due')!, format), 'about August 2021');
  });
});
