/**
 * Focuses an element. With `scroll`, one out of the reader's view is first scrolled to the middle
 * of it, smoothly unless the reader prefers reduced motion, as following a link would; without,
 * the browser's own focus scrolling (instant, to the nearest edge) applies.
 */
export function focusInView(element: HTMLElement | null, scroll: boolean): void {
  if (!element) return;
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > innerHeight) {
    if (scroll) {
      element.scrollIntoView({
        block: 'center',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth',
      });
    } else if ((element.getRootNode() as Document | ShadowRoot).activeElement === element) {
      // A render that moved focus here kept the page still, and focus() on the focused element
      // does not scroll: scrolled as focus() would have.
      element.scrollIntoView({ block: 'nearest' });
    }
  }
  element.focus({ preventScroll: scroll });
}
