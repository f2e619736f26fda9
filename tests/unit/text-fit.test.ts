import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakPieces, fitLabel, graphemes, wrapLabel } from '../../src/layout/layout.js';

/** A stand-in for canvas measureText that knows graphemes: each one 7 px, wide (CJK, emoji) ones 14. */
const measure = (text: string) =>
  graphemes(text).reduce(
    (width, g) => width + (/[\u3000-\u9fff\uac00-\ud7af]|\p{Extended_Pictographic}/u.test(g) ? 14 : 7),
    0,
  );

const EMOJI = ['👩‍👩‍👧‍👦', '👍🏽', '🇬🇧', '🏳️‍🌈', 'é', 'ñ', 'a', ' ', '日', '本'];

describe('text fitted by graphemes and words', () => {
  it('never cuts an emoji, a flag or an accented letter in two', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...EMOJI), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 200 }),
        (parts, maxWidth) => {
          const title = parts.join('');
          const { label, truncated } = fitLabel(title, maxWidth, measure);
          if (!truncated) return assert.equal(label, title);
          const kept = label.slice(0, -1);
          assert.ok(title.startsWith(kept));
          // What is kept ends on a grapheme boundary of the title: its graphemes are the title's first ones.
          const keptGraphemes = graphemes(kept);
          assert.deepEqual(keptGraphemes, graphemes(title).slice(0, keptGraphemes.length), `${kept} splits a grapheme`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ends a title of emoji in whole emoji and an ellipsis', () => {
    const { label, truncated } = fitLabel('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 40, measure);
    assert.equal(truncated, true);
    assert.equal(label, '👩‍👩‍👧‍👦👩‍👩‍👧‍👦…');
  });

  it('wraps Chinese and Japanese, written without spaces, between words', () => {
    const japanese = wrapLabel('東京で大きな地震が発生しました', 84, 3, measure);
    assert.ok(japanese.lines.length > 1, 'the title wraps');
    assert.equal(japanese.truncated, false);
    assert.equal(japanese.lines.join(''), '東京で大きな地震が発生しました');
    assert.ok(japanese.lines.every((line) => measure(line) <= 84));
    const chinese = wrapLabel('中华人民共和国国务院总理发表讲话', 100, 3, measure);
    assert.ok(chinese.lines.length > 1);
    assert.equal(chinese.lines.join(''), '中华人民共和国国务院总理发表讲话');
    // Words stay whole where they fit: the break falls between the segmenter's words.
    const pieces = breakPieces('中华人民共和国国务院总理发表讲话');
    const starts = pieces.map((_, i) => pieces.slice(0, i + 1).join(''));
    assert.ok(starts.includes(chinese.lines[0]!), `${chinese.lines[0]} ends inside a word (${pieces.join(' | ')})`);
  });

  it('keeps opening punctuation with the word after it and closing with the word before', () => {
    assert.ok(breakPieces('他说「你好」。然后').includes('「你好」。'), breakPieces('他说「你好」。然后').join(' | '));
    assert.deepEqual(breakPieces('Trump: he has not'), ['Trump: ', 'he ', 'has ', 'not']);
  });

  it('breaks a word wider than a line between graphemes, and keeps the rest', () => {
    const { lines, truncated } = wrapLabel('Supercalifragilistic is long', 70, 3, measure);
    assert.deepEqual(lines, ['Supercalif', 'ragilistic', 'is long']);
    assert.equal(truncated, false);
  });

  it('keeps a title whole where its words fit, as its lines are summed, even if it measures wider whole', () => {
    const kerned = (text: string) => measure(text) + (/\S \S/.test(text) ? 5 : 0);
    assert.deepEqual(fitLabel('Bridge closes', 91, kerned), { label: 'Bridge closes', width: 91, truncated: false });
    assert.deepEqual(wrapLabel('Bridge closes', 91, 1, kerned), {
      lines: ['Bridge closes'],
      width: 91,
      truncated: false,
    });
    assert.equal(fitLabel('Bridge closes', 90, kerned).truncated, true);
  });

  it('wraps any text in lines that fit, in order, shortening only the last', () => {
    const text = fc.array(fc.constantFrom(...EMOJI, 'word', 'longerword', '。', '「', '」', 'ok'), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 14, max: 160 }),
        fc.integer({ min: 1, max: 4 }),
        (parts, maxWidth, maxLines) => {
          const title = parts.join('');
          const { lines, width, truncated } = wrapLabel(title, maxWidth, maxLines, measure);
          assert.ok(lines.length >= 1 && lines.length <= maxLines);
          for (const line of lines)
            assert.ok(measure(line) <= maxWidth || line === '…', `"${line}" is wider than ${maxWidth}`);
          assert.ok(width >= Math.max(...lines.map(measure)) - 1e-9);
          const shown = lines.join('').replace(/\s+/g, '');
          const whole = title.replace(/\s+/g, '');
          if (!truncated) assert.equal(shown, whole);
          else assert.ok(whole.startsWith(shown.slice(0, -1)), `${shown} is not the start of ${whole}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
