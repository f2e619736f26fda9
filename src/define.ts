import { ResignationTimeline } from './components/resignation-timeline/resignation-timeline.js';
import { TimelineQuote } from './components/timeline-quote/timeline-quote.js';

export { ResignationTimeline, TimelineQuote };

/** Registers `<resignation-timeline>` and `<timeline-quote>`, each unless the page has already done so. */
if (!customElements.get('resignation-timeline')) {
  customElements.define('resignation-timeline', ResignationTimeline);
}
if (!customElements.get('timeline-quote')) {
  customElements.define('timeline-quote', TimelineQuote);
}

declare global {
  interface HTMLElementTagNameMap {
    'resignation-timeline': ResignationTimeline;
    'timeline-quote': TimelineQuote;
  }
}
