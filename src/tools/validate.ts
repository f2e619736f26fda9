import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { parseStory } from '../story/parse.js';
import type { Story, StoryProblem } from '../story/types.js';

/** A problem in a story file, found by its JSON path and by where it is in the text. */
export interface LocatedProblem extends StoryProblem {
  /** 1-based line of the value the problem is about (or of its nearest enclosing value). */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units as most editors do. */
  readonly column: number;
}

export type ValidationResult =
  | { readonly ok: true; readonly story: Story; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly LocatedProblem[] };

/** `events[3].date` -> `['events', 3, 'date']`; `(story)` -> `[]`. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '(story)') return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? key! : Number(index),
  );
}

/**
 * Where a problem is: the field's name (or the list item) it is about, else the nearest enclosing
 * value that exists (a missing field is reported at the object that lacks it).
 */
function offsetOf(root: Node, segments: (string | number)[]): number {
  for (let length = segments.length; length > 0; length--) {
    const node = findNodeAtLocation(root, segments.slice(0, length));
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return root.offset;
}

/** Converts an offset in `text` to a 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Checks the text of a story file: JSON syntax first (strict JSON: no comments, no trailing
 * commas), then the story format. Every problem has its JSON path and its line and column in
 * the text, so an editor can jump to it. Never throws.
 */
export function validateStory(text: string): ValidationResult {
  if (text.trim() === '')
    return {
      ok: false,
      problems: [{ path: '(story)', message: 'is not valid JSON: the file is empty', line: 1, column: 1 }],
    };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // One error per place: the parser may report two for one slip (a trailing comma).
    const firstAtEachOffset = errors.filter(
      (error, i) => errors.findIndex((other) => other.offset === error.offset) === i,
    );
    return {
      ok: false,
      problems: firstAtEachOffset.map((error) => ({
        path: '(story)',
        message: `is not valid JSON: ${describeSyntax(printParseErrorCode(error.error))}`,
        ...lineAndColumn(text, error.offset),
      })),
    };
  }
  const result = parseStory(getNodeValue(root));
  if (result.ok) return { ok: true, story: result.story, problems: [] };
  return {
    ok: false,
    problems: result.problems.map((problem) => ({
      ...problem,
      ...lineAndColumn(text, offsetOf(root, pathSegments(problem.path))),
    })),
  };
}

/** `CommaExpected` -> `comma expected`. */
const describeSyntax = (code: string) => code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
