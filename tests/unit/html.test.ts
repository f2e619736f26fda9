import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapseSpace, escapeHtml } from '../../src/format/html.js';

describe('escapeHtml', () => {
  it('writes every character that HTML would read as markup as an entity', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>Q&A</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;',
    );
  });

  it('escapes an entity already written, so that it reads as the characters it is made of', () => {
    assert.equal(escapeHtml('&amp;'), '&amp;amp;');
  });

  it('leaves other text as it is, letters of any script and no-break spaces too', () => {
    const text = 'Ambassador’s « résignation » — שגריר 大使';
    assert.equal(escapeHtml(text), text);
  });
});

describe('collapseSpace', () => {
  it('reads each run of HTML white space as one space, with none at either end', () => {
    assert.equal(collapseSpace('\n\t  The  ambassador\r\n resigns \f'), 'The ambassador resigns');
  });

  it('keeps no-break spaces inside the text, as HTML does', () => {
    assert.equal(collapseSpace('«\u00a0Non\u00a0»  dit-il'), '«\u00a0Non\u00a0» dit-il');
  });
});
