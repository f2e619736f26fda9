/**
 * Vertical: time runs down the page, one row per event in the story's order, each row showing its
 * own date above its title. Rows stand evenly, one below the next, so time is told in words
 * between them: a heading where the day, month or year changes, and a marked break where time
 * jumps ("5 months later"); the line that joins the rows' shapes is dashed across a break. No
 * scale of time runs beside the rows (its ticks would stand beside rows of other months) and no
 * leader lines join rows to places on one.
 *
 * Every row is laid out, with its top, so the element can draw only the rows near the reader's
 * view (see `inWindow`): a row costs a few measured strings here and nothing in the DOM until
 * the reader scrolls to it.
 */
import { formatEventDate } from '../format/dates.js';
import { durationLabel, periodLabel } from '../format/periods.js';
import { defaultStrings } from '../strings.js';
import type { Story, StoryEvent } from '../story/types.js';
import { shapeOffset } from './lanes.js';
import { METRICS } from './metrics.js';
import { gapDuration, headingPeriod, headingUnit, isBreak, periodKey, typicalGap } from './periods.js';
import { wrapLabel, type MeasureText } from './text-fit.js';
import { firstWhere } from './time-index.js';
import type { EraLayout, LayoutOptions, MarkerLayout, NoteLayout, RailLayout, TimelineLayout } from './types.js';
import { storyExtent } from './view.js';

const endOf = (event: StoryEvent) => (event.end ?? event.start).wallEnd;

export function layoutVertical(story: Story, options: LayoutOptions): TimelineLayout {
  const { width, measureText, locale, rtl = false, metrics = METRICS } = options;
  const measureSmall = options.measureTickText ?? measureText;
  const dateOf =
    options.dateOf ??
    ((event: StoryEvent) =>
      formatEventDate(event, { locale, timeZone: story.timeZone, approximately: defaultStrings.approximately }));
  const later = options.later ?? defaultStrings.later;
  const displayWall = options.displayWall ?? ((event: StoryEvent) => event.start.wall);
  const { markerSize, labelChrome, rowGap, rowPadding, notePadding, border, lineHeight, smallLineHeight } = metrics;
  const padding = Math.max(metrics.verticalInset, metrics.focusRing);
  const { events } = story;

  const inner = Math.max(width - 2 * padding, 0);
  const room = Math.max(Math.min(metrics.maxLabelWidth * 2, inner - markerSize - labelChrome), 0);
  const edge = shapeOffset(metrics);
  const axis = rtl ? width - padding - edge : padding + edge;
  // Breaks name their length beside the rail, where the rows' labels start.
  const besideRail = markerSize / 2 + metrics.shapeGap;

  const walls = events.map(displayWall);
  const unit = headingUnit(walls);
  const typical = unit
    ? 0
    : typicalGap(
        events.map((event) => event.start.wall),
        events.map(endOf),
      );
  // Eras by the rows they hold (rows are in order of their start): band from name to last row.
  const erasFrom = new Map<number, { eraId: string; label: string; last: number }[]>();
  for (const era of story.eras) {
    const first = firstWhere(events.length, (i) => events[i]!.start.wall >= era.start.wall);
    const last = firstWhere(events.length, (i) => events[i]!.start.wall >= era.end.wallEnd) - 1;
    if (last >= first) erasFrom.set(first, [...(erasFrom.get(first) ?? []), { eraId: era.id, label: era.label, last }]);
  }

  const markers: MarkerLayout[] = [];
  const notes: NoteLayout[] = [];
  const rail: RailLayout[] = [];
  const eras: EraLayout[] = [];
  const openEras: { era: EraLayout; last: number }[] = [];
  let y = metrics.verticalTop;
  let railFrom: number | undefined;
  let dashed = false;
  const railTo = (to: number) => {
    if (railFrom !== undefined && to > railFrom) rail.push({ from: railFrom, to, dashed });
    railFrom = undefined;
  };
  const note = (kind: NoteLayout['kind'], text: string, measure: MeasureText, lineHeight: number, indent = 0) => {
    const { lines, width: textWidth } = wrapLabel(
      text,
      Math.max(inner - indent - metrics.labelSlack, 0),
      metrics.maxNoteLines,
      measure,
    );
    const boxWidth = Math.ceil(textWidth + metrics.labelSlack);
    const left = rtl ? width - padding - indent - boxWidth : padding + indent;
    const pad = kind === 'gap' ? metrics.breakPadding : notePadding;
    const height = Math.ceil(lines.length * lineHeight + 2 * pad);
    notes.push({ kind, lines, top: y, height, left, width: boxWidth });
    y += height;
  };

  let reach = -Infinity;
  let lastPeriod: string | undefined;
  // Many rows share a date: each is fitted once.
  const datesFitted = new Map<string, ReturnType<typeof wrapLabel>>();
  for (const [i, event] of events.entries()) {
    if (i > 0 && isBreak(event.start.wall - reach, unit, typical)) {
      note(
        'gap',
        later(durationLabel(gapDuration(event.start.wall - reach), locale)),
        measureSmall,
        smallLineHeight,
        besideRail + edge,
      );
      dashed = true;
    }
    reach = Math.max(reach, endOf(event));
    if (unit) {
      const period = headingPeriod(unit, event.start.precision);
      const key = `${period} ${periodKey(walls[i]!, period)}`;
      if (key !== lastPeriod) {
        railTo(y); // the rail does not run through a heading
        note('period', periodLabel(walls[i]!, period, locale), measureText, lineHeight);
        railFrom = y;
      }
      lastPeriod = key;
    }
    for (const era of erasFrom.get(i) ?? []) {
      railTo(y);
      const band: EraLayout = { eraId: era.eraId, label: era.label, from: y, to: y };
      note('era', era.label, measureSmall, smallLineHeight);
      railFrom = y;
      eras.push(band);
      openEras.push({ era: band, last: era.last });
    }

    const dateText = dateOf(event);
    let date = datesFitted.get(dateText);
    if (!date) datesFitted.set(dateText, (date = wrapLabel(dateText, room, Infinity, measureSmall)));
    const title = wrapLabel(event.title, room, metrics.maxTitleLines, measureText);
    const content = date.lines.length * smallLineHeight + title.lines.length * lineHeight;
    const height = Math.max(metrics.markerHeight, Math.ceil(content + 2 * rowPadding + 2 * border));
    const boxWidth = Math.ceil(markerSize + labelChrome + Math.max(date.width, title.width));
    const left = rtl ? width - padding - boxWidth : padding;
    const shapeY = y + height / 2;
    railTo(shapeY);
    railFrom = shapeY;
    dashed = false;
    markers.push({
      eventId: event.id,
      at: shapeY,
      visible: true,
      lane: 0,
      left,
      top: y,
      width: boxWidth,
      shapeX: axis,
      shapeY,
      labelSide: rtl ? 'start' : 'end',
      height,
      lines: title.lines,
      dateLines: date.lines,
      truncated: title.truncated || date.truncated,
    });
    y += height;
    for (let k = openEras.length - 1; k >= 0; k--) {
      if (openEras[k]!.last !== i) continue;
      openEras[k]!.era.to = y + rowGap / 2;
      openEras.splice(k, 1);
    }
    y += rowGap;
  }

  const extent = storyExtent(story);
  const first = markers[0];
  const last = markers.at(-1);
  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(y - rowGap + metrics.bottom),
    metrics,
    axis,
    range: [first?.shapeY ?? 0, last?.shapeY ?? 0],
    ticks: [],
    markers,
    clusters: [],
    eras,
    notes,
    rail,
    extent,
    view: extent,
    offscreen: { before: [], after: [] },
    shift: 0,
  };
}

/**
 * The items of a list laid out from the top (rows, notes, stretches of rail: each starting no
 * higher than the one before and ending no higher) that reach into `[top, bottom]`, found by
 * binary search: what is drawn of a story of any length is what is near the reader's view.
 */
export function inWindow<T>(
  items: readonly T[],
  top: number,
  bottom: number,
  start: (item: T) => number,
  end: (item: T) => number,
): T[] {
  const from = firstWhere(items.length, (i) => end(items[i]!) >= top);
  const to = firstWhere(items.length, (i) => start(items[i]!) > bottom);
  return items.slice(from, Math.max(from, to));
}
