import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexAfterKey } from '../../src/keyboard/roving-index.js';

describe('keyboard movement between events', () => {
  it('moves forward and back, wrapping at the ends', () => {
    assert.equal(indexAfterKey('ArrowRight', 0, 9), 1);
    assert.equal(indexAfterKey('ArrowRight', 8, 9), 0);
    assert.equal(indexAfterKey('ArrowLeft', 0, 9), 8);
    assert.equal(indexAfterKey('ArrowDown', 3, 9), 4);
    assert.equal(indexAfterKey('ArrowUp', 3, 9), 2);
  });

  it('jumps to the first and last with Home and End', () => {
    assert.equal(indexAfterKey('Home', 5, 9), 0);
    assert.equal(indexAfterKey('End', 5, 9), 8);
  });

  it('mirrors Left and Right in right-to-left text', () => {
    assert.equal(indexAfterKey('ArrowLeft', 2, 9, 'rtl'), 3);
    assert.equal(indexAfterKey('ArrowRight', 2, 9, 'rtl'), 1);
  });

  it('moves with Up and Down only where the list runs down the page', () => {
    assert.equal(indexAfterKey('ArrowDown', 2, 9, 'ltr', 'vertical'), 3);
    assert.equal(indexAfterKey('ArrowUp', 2, 9, 'rtl', 'vertical'), 1);
    assert.equal(indexAfterKey('End', 2, 9, 'ltr', 'vertical'), 8);
    assert.equal(indexAfterKey('ArrowLeft', 2, 9, 'ltr', 'vertical'), undefined);
    assert.equal(indexAfterKey('ArrowRight', 2, 9, 'rtl', 'vertical'), undefined);
  });

  it('ignores other keys and empty lists', () => {
    assert.equal(indexAfterKey('a', 2, 9), undefined);
    assert.equal(indexAfterKey('Tab', 2, 9), undefined);
    assert.equal(indexAfterKey('ArrowRight', 0, 0), undefined);
  });
});
