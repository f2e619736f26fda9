import { buttonStyles } from '../button.styles.js';
import { quoteCardStyles } from '../quote-card/quote-card.styles.js';
import { chartStyles } from './chart.styles.js';
import { mediaStyles } from './media.styles.js';
import { panelStyles } from './panel.styles.js';
import { baseStyles } from './resignation-timeline.styles.js';

/** Every style of `<resignation-timeline>`, by part, in the order they apply. */
export const timelineStyles = [baseStyles, buttonStyles, chartStyles, panelStyles, quoteCardStyles, mediaStyles];
