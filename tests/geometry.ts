/**
 * Boxes on screen or in a layout, shared by the unit tests (layout boxes) and the browser tests
 * (DOMRects): one idea of what overlapping means.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** True when the two boxes share no area (touching edges do not overlap). */
export const apart = (a: Box, b: Box): boolean =>
  a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top;

/** True when the two boxes lie side by side, one wholly left of the other (a label and its shape). */
export const sideBySide = (a: Box, b: Box): boolean => a.left + a.width <= b.left || b.left + b.width <= a.left;

/** Every pair of boxes that overlaps, each named by `name`: empty when all of them are apart. */
export function overlaps<T extends Box>(boxes: readonly T[], name: (box: T, index: number) => string): string[] {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b, j) => (apart(a, b) ? [] : [`${name(a, i)} overlaps ${name(b, i + 1 + j)}`])),
  );
}
