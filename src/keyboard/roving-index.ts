/**
 * Keyboard movement in a one-dimensional list (APG Tabs pattern): the index that a key moves to,
 * or undefined for a key that does not move. Up and Down move in either orientation; Left and
 * Right only where the list runs across (swapped in right-to-left text), not down the page.
 */
export function indexAfterKey(
  key: string,
  current: number,
  count: number,
  direction: 'ltr' | 'rtl' = 'ltr',
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): number | undefined {
  if (count === 0) return undefined;
  if (orientation === 'vertical' && (key === 'ArrowLeft' || key === 'ArrowRight')) return undefined;
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (current + 1) % count;
    case backward:
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
