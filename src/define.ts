import { ResignationTimeline } from './components/resignation-timeline/resignation-timeline.js';

export { ResignationTimeline };

/** Registers `<resignation-timeline>` unless the page has already done so. */
if (!customElements.get('resignation-timeline')) {
  customElements.define('resignation-timeline', ResignationTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'resignation-timeline': ResignationTimeline;
  }
}
