/**
 * Labels fitted to the room they have: broken where a line may break, shortened with an ellipsis.
 * Text is cut between graphemes (what a reader sees as one character: an emoji with its skin
 * tone, a letter with its accents), never inside one, and lines break between words as
 * `Intl.Segmenter` finds them, so Chinese or Japanese, written without spaces, wraps too.
 */

export type MeasureText = (text: string) => number;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(granularity: 'grapheme' | 'word'): Intl.Segmenter | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  let made = segmenters.get(granularity);
  if (!made) segmenters.set(granularity, (made = new Intl.Segmenter(undefined, { granularity })));
  return made;
}

/** The text's graphemes in order (code points where the runtime has no `Intl.Segmenter`). */
export function graphemes(text: string): string[] {
  // Printable ASCII is one grapheme per character: the common case, without a segmenter (the
  // first one a page makes costs about 2 ms).
  if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
  const by = segmenter('grapheme');
  return by ? Array.from(by.segment(text), (part) => part.segment) : Array.from(text);
}

/** Latin-1 text, tested first because it is common and the test below is slower. */
const LATIN_1 = /^[\x20-\x7e\xa0-\xff\u2018\u2019\u201c\u201d\u2013\u2014]*$/;
/** Text where a line may break only at spaces: Latin, Greek and Cyrillic letters, digits, punctuation. */
const SPACED_TEXT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{P}\p{Zs}\p{Sk}\p{Sm}\p{Sc}\p{M}]*$/u;
/** Punctuation that opens (brackets, opening quotes): kept with the word after it. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** Spaces and other punctuation (commas, full stops, closing brackets): kept with the word before. */
const TRAILING = /^[\s\p{P}]+$/u;

/**
 * The text cut where a line may break, each piece with the spaces and closing punctuation after
 * it. Spaced scripts break at spaces (a word segmenter would also split "X-ray" and "19:30");
 * others, such as Chinese and Japanese, between the words `Intl.Segmenter` finds.
 */
export function breakPieces(text: string): string[] {
  const words = LATIN_1.test(text) || SPACED_TEXT.test(text) ? undefined : segmenter('word');
  if (!words) return text.match(/\S+\s*|\s+/g) ?? [];
  const pieces: string[] = [];
  let opening = '';
  for (const { segment } of words.segment(text)) {
    if (OPENING.test(segment)) {
      opening += segment;
    } else if (!TRAILING.test(segment)) {
      pieces.push(opening + segment); // a word, an emoji or a symbol: a line may break before it
      opening = '';
    } else if (pieces.length > 0 && !opening) {
      pieces[pieces.length - 1] += segment;
    } else {
      opening += segment;
    }
  }
  if (opening && pieces.length > 0) pieces[pieces.length - 1] += opening;
  else if (opening) pieces.push(opening);
  return pieces;
}

/**
 * A line's width once `piece` follows pieces `before` wide: as it ends there (without the piece's
 * trailing spaces), and as the next piece would start. The spaces are measured apart, so that a
 * word is measured once, whatever follows it.
 */
function withPiece(before: number, piece: string, measureText: MeasureText): [ending: number, next: number] {
  const word = piece.trimEnd();
  const ending = before + measureText(word);
  return [ending, word === piece ? ending : ending + measureText(piece.slice(word.length))];
}

/**
 * The text's width on one line, summed by pieces as `wrapLabel` sums a line, so that the two agree
 * on whether it fits and each word is measured once however many titles hold it.
 */
export function lineWidth(text: string, measureText: MeasureText): number {
  let width = 0;
  let next = 0;
  for (const piece of breakPieces(text.trim())) [width, next] = withPiece(next, piece, measureText);
  return width;
}

/**
 * The title in at most `maxLines` lines of `maxWidth`, broken where a line may break, the last
 * line cut with an ellipsis if the rest does not fit. A word wider than a line of its own is cut
 * there, between graphemes. `width` is the widest line.
 *
 * A line's width is the sum of its pieces' widths (the last without its trailing spaces): pieces
 * recur across titles, so a story of thousands of rows measures each distinct word once rather
 * than every title and every candidate line. Kerning across a space is below the pixels of slack
 * every box has (see `labelSlack` in metrics.ts).
 */
export function wrapLabel(
  title: string,
  maxWidth: number,
  maxLines: number,
  measureText: MeasureText,
): { lines: string[]; width: number; truncated: boolean } {
  const pieces = breakPieces(title.trim());
  const lines: string[] = [];
  let width = 0;
  let truncated = false;
  let next = 0;
  while (next < pieces.length) {
    let taken = 0;
    let sum = 0;
    let lineWidth = 0;
    while (next + taken < pieces.length) {
      const [ending, following] = withPiece(sum, pieces[next + taken]!, measureText);
      if (ending > maxWidth) break;
      lineWidth = ending;
      sum = following;
      taken++;
    }
    const rest = next + taken === pieces.length;
    if (!rest && lines.length === maxLines - 1) {
      // The last line allowed, and more than fits: shortened with an ellipsis.
      const fitted = fitLabel(pieces.slice(next).join('').trim(), maxWidth, measureText);
      lines.push(fitted.label);
      width = Math.max(width, fitted.width);
      truncated = fitted.truncated;
      break;
    }
    if (taken === 0) {
      // A word wider than the line: as many of its graphemes as fit, the rest on the next line.
      const word = graphemes(pieces[next]!);
      let kept = 0;
      while (kept < word.length - 1 && measureText(word.slice(0, kept + 1).join('')) <= maxWidth) kept++;
      if (kept === 0) {
        // Not even one grapheme fits: the rest, shortened to its ellipsis.
        const fitted = fitLabel(pieces.slice(next).join('').trim(), maxWidth, measureText);
        lines.push(fitted.label);
        width = Math.max(width, fitted.width);
        truncated = fitted.truncated;
        break;
      }
      const line = word.slice(0, kept).join('');
      lines.push(line);
      width = Math.max(width, measureText(line));
      pieces[next] = word.slice(kept).join('');
      continue;
    }
    lines.push(
      pieces
        .slice(next, next + taken)
        .join('')
        .trimEnd(),
    );
    width = Math.max(width, lineWidth);
    next += taken;
  }
  if (lines.length === 0) lines.push('');
  return { lines, width, truncated };
}

/** The title as it fits in `maxWidth`, cut between graphemes with an ellipsis if needed. */
export function fitLabel(
  title: string,
  maxWidth: number,
  measureText: MeasureText,
): { label: string; width: number; truncated: boolean } {
  const full = lineWidth(title, measureText);
  if (full <= maxWidth) return { label: title, width: full, truncated: false };
  const parts = graphemes(title);
  const start = (count: number) => parts.slice(0, count).join('').trimEnd();
  const fits = (count: number) => measureText(`${start(count)}…`) <= maxWidth;
  // The longest start that fits with the ellipsis: from a guess in proportion to the widths, a
  // step or two either way (a binary search measured six or seven times; labels are many).
  const room = maxWidth - measureText('…');
  let low = Math.max(0, Math.min(parts.length - 1, Math.floor((parts.length * room) / full) || 0));
  if (fits(low)) {
    while (low + 1 < parts.length && fits(low + 1)) low++;
  } else {
    while (low > 0 && !fits(low)) low--;
  }
  const label = `${start(low)}…`;
  return { label, width: measureText(label), truncated: true };
}
