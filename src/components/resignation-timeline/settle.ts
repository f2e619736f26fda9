/**
 * How long the reader's changes (filters toggled, the view zoomed or panned) must rest before
 * what they show is announced: a burst of toggles or key presses, or a zoom animation, is said once.
 */
export const ANNOUNCE_SETTLE_MS = 600;
