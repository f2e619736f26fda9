/**
 * True while the HTML parser may still add children to `element`: the page is being parsed and
 * nothing follows the element yet (the parser has not passed its end tag).
 */
function childrenPending(element: Element): boolean {
  const page = element.ownerDocument;
  if (page.readyState !== 'loading') return false;
  for (let node: Node | null = element; node && node !== page; node = node.parentNode)
    if (node.nextSibling) return false;
  return true;
}

/**
 * Resolves once the parser has passed `element`'s end tag, so that its children (an inline
 * story) are all there: at once when they are, else as soon as any node follows the element, and
 * at the latest when the whole page is parsed.
 */
export function childrenParsed(element: Element): Promise<void> {
  if (!childrenPending(element)) return Promise.resolve();
  const page = element.ownerDocument;
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      page.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    const observer = new MutationObserver(() => childrenPending(element) || done());
    observer.observe(page, { childList: true, subtree: true });
    page.addEventListener('DOMContentLoaded', done);
  });
}
