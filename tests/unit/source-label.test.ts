import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceLabel } from '../../src/story/source-label.js';
import { defaultStrings } from '../../src/strings.js';

const record = { id: 'council-minutes', kind: 'public-record' } as const;

describe('sourceLabel', () => {
  it('calls the story’s own article "the article", whatever else it has', () => {
    const article = { id: 'story', kind: 'article', title: 'Bridge closes', publisher: 'The Harbour Post' } as const;
    assert.equal(sourceLabel(article, defaultStrings), defaultStrings.articleSource);
  });

  it('names a record by its publisher and its title, in the interface language’s form', () => {
    const source = { ...record, title: 'Minutes, 3 May', publisher: 'City Council', url: 'https://www.example.org/m' };
    assert.equal(sourceLabel(source, defaultStrings), 'City Council, “Minutes, 3 May”');
    const sourceName = (publisher: string, title: string) => `${publisher}, « ${title} »`;
    const french = { ...defaultStrings, sourceName };
    assert.equal(sourceLabel(source, french), 'City Council, « Minutes, 3 May »');
  });

  it('falls back to the title, the publisher, the link’s host, then the id', () => {
    assert.equal(sourceLabel({ ...record, title: 'Minutes', url: 'https://example.org/m' }, defaultStrings), 'Minutes');
    const label = (fields: object) => sourceLabel({ ...record, ...fields }, defaultStrings);
    assert.equal(label({ publisher: 'City Council', url: 'https://example.org/m' }), 'City Council');
    assert.equal(label({ url: 'https://www.example.org/minutes?page=2' }), 'www.example.org');
    assert.equal(sourceLabel({ ...record, url: 'mailto:clerk@example.org' }, defaultStrings), 'council-minutes');
    assert.equal(sourceLabel(record, defaultStrings), 'council-minutes');
  });
});
