import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatEventDate, formatStoryDate } from '../../src/format/dates.js';
import { parseStoryDate } from '../../src/story/dates.js';
import { defaultStrings } from '../../src/strings.js';
import { parsed, readJson } from './helpers.js';

const london = (text: string) => parseStoryDate(text, 'Europe/London')!;
const format = { locale: 'en-GB', timeZone: 'Europe/London', approximately: defaultStrings.approximately };

describe('date formatting', () => {
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

  it('formats ranges, approximate and displayed dates of the default story', () => {
    const story = parsed(readJson('data/ambassador-resignation-2019.json'));
    // ICU versions differ in the spaces around the dash.
    assert.match(formatEventDate(story.eventById.get('cables-leak')!, format), /^6\s?–\s?7 July 2019$/);
    assert.equal(formatEventDate(story.eventById.get('resignation-letter')!, format), '10 July 2019');
    assert.equal(formatEventDate(story.eventById.get('posting-end')!, format), 'End of 2019');
  });

  it('marks approximate dates without a display text', () => {
    const file = readJson('data/ambassador-resignation-2019.json') as any;
    delete file.events.find((e: any) => e.id === 'posting-end').displayDate;
    const story = parsed(file);
    assert.equal(formatEventDate(story.eventById.get('posting-end')!, format), 'about December 2019');
  });
});
