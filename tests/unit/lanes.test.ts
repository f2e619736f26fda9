import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assignLanes,
  boxFor,
  shapeOffset,
  widenShortenedLabels,
  type Box,
  type BoxContext,
} from '../../src/layout/lanes.js';
import { METRICS, metricsAt } from '../../src/layout/metrics.js';
import { fixedWidthText, storyOf } from './helpers.js';

const story = storyOf('Lanes', [
  { id: 'a', date: '2020-01-01', title: 'Council meets' },
  { id: 'b', date: '2020-01-02', title: 'Bridge closes' },
  { id: 'c', date: '2020-01-03', title: 'Mayor posts' },
  { id: 'd', date: '2020-03-01', title: 'Repairs begin' },
]);
const context: BoxContext = {
  metrics: METRICS,
  measureText: fixedWidthText,
  rtl: false,
  innerLeft: 0,
  innerRight: 1200,
};
const boxesAt = (places: Record<string, number>, ctx = context) =>
  Object.entries(places).map(([id, at]) => boxFor(story.eventById.get(id)!, at, ctx));
const right = (box: Box) => box.left + box.label().width;
const overlap = (a: Box, b: Box) => a.lane === b.lane && a.left < right(b) && b.left < right(a);

describe('boxFor', () => {
  it('puts the label after the shape where it fits, before it near the far edge', () => {
    const [early, late] = boxesAt({ a: 100, d: 1190 });
    assert.equal(early!.labelSide, 'end');
    assert.ok(early!.left < 100 && right(early!) > 100 + fixedWidthText('Council meets'));
    assert.equal(late!.labelSide, 'start');
    assert.ok(late!.left >= 0 && late!.left < 1190 - fixedWidthText('Repairs begin'));
  });

  it('near the far edge, keeps a label after the shape where its words fit, as the label is then drawn whole', () => {
    // Measured whole, a title with a space comes out wider than its words (as kerning may make it):
    // the side is decided by the words, as the label's lines are.
    const kerned = (text: string) => fixedWidthText(text) + (/\S \S/.test(text) ? 8 : 0);
    const words = fixedWidthText('Repairs begin');
    const { markerSize, labelChrome } = METRICS;
    const at = 1200 + shapeOffset(METRICS) - markerSize - labelChrome - words - 2;
    const [box] = boxesAt({ d: at }, { ...context, measureText: kerned });
    assert.equal(box!.labelSide, 'end');
    assert.deepEqual(box!.label().lines, ['Repairs begin']);
    assert.equal(box!.label().truncated, false);
    assert.ok(right(box!) <= 1200, 'the label ends inside the chart');
  });

  it('reads right to left: the label follows the shape leftwards, or goes right of it near the left edge', () => {
    const [middle, edge] = boxesAt({ a: 600, b: 10 }, { ...context, rtl: true });
    assert.equal(middle!.labelSide, 'start');
    assert.ok(middle!.left < 600 - fixedWidthText('Council meets'));
    assert.equal(edge!.labelSide, 'end');
    assert.ok(right(edge!) > 10 + fixedWidthText('Bridge closes'));
  });
});

describe('assignLanes', () => {
  it('gives overlapping events different lanes, and an event clear of the others the first lane', () => {
    const boxes = boxesAt({ a: 100, b: 110, c: 120, d: 900 });
    const { lanes, clustered } = assignLanes(boxes, undefined, METRICS);
    assert.equal(clustered.length, 0);
    assert.equal(lanes, 3);
    assert.deepEqual(
      boxes.map((box) => box.lane),
      [0, 1, 2, 0],
    );
    for (const a of boxes) {
      for (const b of boxes) if (a !== b) assert.ok(!overlap(a, b), `${a.event.id} overlaps ${b.event.id}`);
    }
  });

  it('keeps the selected event in the first lane, wherever it is', () => {
    const boxes = boxesAt({ a: 100, b: 110, c: 120 });
    assignLanes(boxes, boxes[2], METRICS);
    assert.equal(boxes[2]!.lane, 0);
    assert.notEqual(boxes[0]!.lane, 0);
  });

  it('measures no label of an event turned away, also beside the selected event', () => {
    const crowd = storyOf(
      'Crowd',
      Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: '2020-01-01', title: `Headline${i}` })),
    );
    const measured = new Set<string>();
    const measureText = (text: string) => (measured.add(text), fixedWidthText(text));
    const boxes = crowd.events.map((event, i) => boxFor(event, 100 + i, { ...context, measureText }));
    const twoLanes = { ...METRICS, maxLanes: 2 } as unknown as typeof METRICS;
    const { clustered } = assignLanes(boxes, boxes[0], twoLanes);
    assert.equal(clustered.length, 10);
    for (const box of clustered) {
      assert.ok(!measured.has(box.event.title), `${box.event.title} was measured`);
    }
  });

  it('turns away, for the clusters, an event for which every lane is taken', () => {
    const boxes = boxesAt({ a: 100, b: 110, c: 120 });
    // METRICS fixes the number of lanes as a literal type; a test may ask for fewer.
    const twoLanes = { ...METRICS, maxLanes: 2 } as unknown as typeof METRICS;
    const { lanes, clustered } = assignLanes(boxes, undefined, twoLanes);
    assert.equal(lanes, 2);
    assert.deepEqual(
      clustered.map((box) => box.event.id),
      ['c'],
    );
    assert.equal(boxes[2]!.visible, false);
  });
});

describe('widenShortenedLabels', () => {
  const metrics = metricsAt({ fontSize: 16 });
  const wide = { ...context, metrics };
  const long = 'The committee publishes its long awaited report on the collapse of the bridge';
  const withLong = storyOf('Widths', [
    { id: 'long', date: '2020-01-01', title: long },
    { id: 'next', date: '2020-06-01', title: 'Vote' },
  ]);
  const laid = (places: Record<string, number>) => {
    const boxes = Object.entries(places).map(([id, at]) => boxFor(withLong.eventById.get(id)!, at, wide));
    assignLanes(boxes, undefined, metrics);
    widenShortenedLabels(boxes, wide);
    return boxes;
  };

  it('draws a title whole where its lane is free beside the widest a label may be', () => {
    assert.ok(fixedWidthText(long) > metrics.maxLabelWidth, 'the title is wider than a label may be');
    const [box, next] = laid({ long: 100, next: 1000 });
    assert.equal(box!.lane, next!.lane);
    assert.deepEqual(box!.label().lines, [long]);
    assert.equal(box!.label().truncated, false);
    assert.ok(right(box!) + metrics.labelGap <= next!.left, 'clear of the next box in its lane');
  });

  it('shortens a title no more than the next box in its lane, or the edge of the chart, asks', () => {
    const [box, next] = laid({ long: 100, next: 400 });
    assert.equal(box!.lane, next!.lane);
    assert.equal(box!.label().truncated, true);
    assert.ok(right(box!) + metrics.labelGap <= next!.left, 'clear of the next box in its lane');
    assert.ok(right(box!) > 100 + metrics.maxLabelWidth, 'wider than a label would otherwise be');
    const [beforeShape] = laid({ long: 1190 });
    assert.equal(beforeShape!.labelSide, 'start');
    assert.deepEqual(beforeShape!.label().lines, [long]);
    assert.ok(beforeShape!.left >= 0, 'inside the chart');
  });
});
