import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterMarks } from '../../src/layout/clusters.js';
import { METRICS } from '../../src/layout/metrics.js';
import { eventTime } from '../../src/layout/view.js';
import { fixedWidthText, storyOf } from './helpers.js';

const story = storyOf('Clusters', [
  { id: 'a', date: '2020-01-01', title: 'A' },
  { id: 'b', date: '2020-01-02', title: 'B' },
  { id: 'c', date: '2020-01-03', title: 'C' },
  { id: 'd', date: '2020-03-01', title: 'D' },
]);
const placed = (places: Record<string, number>) =>
  Object.entries(places).map(([id, at]) => ({ event: story.eventById.get(id)!, at }));
const gap = METRICS.clusterGap;

describe('clusterMarks', () => {
  it('gathers events closer than the cluster gap into one mark, and keeps one far off apart', () => {
    const marks = clusterMarks(placed({ a: 100, b: 100 + gap / 2, c: 100 + gap, d: 800 }), fixedWidthText, METRICS);
    assert.deepEqual(
      marks.map((mark) => mark.eventIds),
      [['a', 'b', 'c'], ['d']],
    );
    const timeOf = (id: string) => eventTime(story.eventById.get(id)!);
    assert.deepEqual([marks[0]!.from, marks[0]!.to], [timeOf('a'), timeOf('c')]);
  });

  it('joins marks whose counts would overlap, and keeps apart those with room between them', () => {
    // Two marks just beyond the gap, but with counts (in a wide font) too wide to sit side by side.
    const wide = (text: string) => text.length * 30;
    const close = clusterMarks(placed({ a: 100, d: 100 + gap + 1 }), wide, METRICS);
    assert.deepEqual(
      close.map((mark) => mark.eventIds),
      [['a', 'd']],
    );
    const apart = clusterMarks(placed({ a: 100, d: 400 }), wide, METRICS);
    assert.equal(apart.length, 2);
    assert.ok(apart[1]!.at - apart[0]!.at >= (apart[0]!.width + apart[1]!.width) / 2 + METRICS.labelGap);
  });

  it('grows a mark as wide as its count needs', () => {
    const one = clusterMarks(placed({ a: 100 }), (text) => text.length * 30, METRICS)[0]!;
    const three = clusterMarks(placed({ a: 100, b: 100, c: 100 }), (text) => text.length * 30, METRICS)[0]!;
    assert.ok(one.width >= 60 && three.width >= 60, 'room for "+1" and "+3"');
    assert.ok(one.width >= METRICS.clusterMinWidth);
  });
});
