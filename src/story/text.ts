/**
 * Checks on story text that no schema type can make: text that shows nothing, and direction
 * controls that would reorder the interface text around it. Pure, for the schema's pipes.
 */

/**
 * Characters that draw nothing on their own: white space, control and format characters
 * (zero-width space and joiners, byte order mark, soft hyphen, direction controls, tags, ...),
 * the rest of Unicode's default-ignorable set (variation selectors, Hangul fillers, ...) and the
 * blank Braille pattern.
 */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** True when `text` has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return !INVISIBLE.test(text);
}

const EMBEDDINGS: Record<string, string> = {
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
};
const ISOLATES: Record<string, string> = {
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first-strong isolate',
};
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why the direction controls in `text` could reorder text around it, or undefined when they
 * cannot. Each embedding or override (U+202A, B, D, E) must be closed by U+202C and each isolate
 * (U+2066 to U+2068) by U+2069, in the order they were opened, within the text itself: an
 * unclosed override reverses whatever follows the text on its line ("Show event: ..." or a
 * quote's caption), and a stray closer ends an isolate that the interface put around the text.
 * Marks (U+200E, U+200F, U+061C) open nothing and are always allowed.
 */
export function unpairedDirectionControl(text: string): string | undefined {
  if (!DIRECTION_CONTROL.test(text)) return undefined; // most text: one regular-expression scan
  const open: string[] = [];
  for (const char of text) {
    if (char in EMBEDDINGS || char in ISOLATES) {
      open.push(char);
    } else if (char === POP_EMBEDDING || char === POP_ISOLATE) {
      const isolate = char === POP_ISOLATE;
      const last = open.at(-1);
      if (last !== undefined && (isolate ? last in ISOLATES : last in EMBEDDINGS)) {
        open.pop();
      } else if (last !== undefined) {
        const expected = last in ISOLATES ? POP_ISOLATE : POP_EMBEDDING;
        return (
          `closes its ${nameOf(last)} (${codePoint(last)}) with ${codePoint(char)} ` +
          `instead of ${codePoint(expected)}: direction controls must close in the order they open`
        );
      } else {
        return (
          `has a direction control ${codePoint(char)} (pop directional ${isolate ? 'isolate' : 'formatting'}) ` +
          'that closes nothing it opened'
        );
      }
    }
  }
  const unclosed = open[0];
  if (unclosed === undefined) return undefined;
  const closer = unclosed in ISOLATES ? POP_ISOLATE : POP_EMBEDDING;
  return (
    `opens a ${nameOf(unclosed)} (${codePoint(unclosed)}) that it never closes (${codePoint(closer)}): ` +
    'it would reorder the text around it'
  );
}

const nameOf = (char: string) => EMBEDDINGS[char] ?? ISOLATES[char] ?? codePoint(char);
