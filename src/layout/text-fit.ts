/** Labels fitted to the room they have: broken between words, shortened with an ellipsis. */

export type MeasureText = (text: string) => number;

/**
 * The title in at most `maxLines` lines of `maxWidth`, broken between words, the last line cut
 * with an ellipsis if the rest does not fit. `width` is the widest line.
 */
export function wrapLabel(
  title: string,
  maxWidth: number,
  maxLines: number,
  measureText: MeasureText,
): { lines: string[]; width: number; truncated: boolean } {
  const lines: string[] = [];
  let rest = title.trim();
  while (rest && lines.length < maxLines - 1 && measureText(rest) > maxWidth) {
    const words = rest.split(/\s+/);
    let taken = 0;
    while (taken < words.length && measureText(words.slice(0, taken + 1).join(' ')) <= maxWidth) taken++;
    if (taken === 0) break; // a single word wider than the line: cut it below instead
    lines.push(words.slice(0, taken).join(' '));
    rest = words.slice(taken).join(' ');
  }
  const last = fitLabel(rest, maxWidth, measureText);
  lines.push(last.label);
  return { lines, width: Math.max(...lines.map(measureText)), truncated: last.truncated };
}

/** The title as it fits in `maxWidth`, cut with an ellipsis if needed. */
export function fitLabel(
  title: string,
  maxWidth: number,
  measureText: MeasureText,
): { label: string; width: number; truncated: boolean } {
  const full = measureText(title);
  if (full <= maxWidth) return { label: title, width: full, truncated: false };
  const fits = (length: number) => measureText(`${title.slice(0, length).trimEnd()}…`) <= maxWidth;
  // The longest start that fits with the ellipsis: from a guess in proportion to the widths, a
  // step or two either way (a binary search measured six or seven times; labels are many).
  let low = Math.max(0, Math.min(title.length - 1, Math.floor((title.length * maxWidth) / full) || 0));
  if (fits(low)) {
    while (low + 1 < title.length && fits(low + 1)) low++;
  } else {
    while (low > 0 && !fits(low)) low--;
  }
  const label = `${title.slice(0, low).trimEnd()}…`;
  return { label, width: measureText(label), truncated: true };
}
