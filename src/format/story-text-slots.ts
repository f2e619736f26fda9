// Noncharacters, reserved by Unicode for a program's own use. Story text never goes through the
// placeholder pass; only the interface string's own text does, which has no reason to hold them.
const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const SLOTS = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * Interface text with story text in it, cut where the story text goes: even pieces are the
 * interface's words, odd pieces the story text, in order. `compose` builds the text, calling
 * `story(text)` wherever story text goes, e.g. `(story) => strings.showEvent(story(event.title))`.
 * Undefined where `compose` does more with its argument than place it (shortens it, say), so that
 * the placeholders do not come back whole.
 */
export function storyTextPieces(compose: (story: (text: string) => string) => string): string[] | undefined {
  const plain = compose((text) => text);
  const values: string[] = [];
  const pieces = compose((text) => `${OPEN}${values.push(text) - 1}${CLOSE}`).split(SLOTS);
  const filled = pieces.map((piece, i) => (i % 2 === 1 ? (values[Number(piece)] ?? '') : piece));
  return filled.join('') === plain ? filled : undefined;
}
