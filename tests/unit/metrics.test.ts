import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { METRICS, metricsAt, metricsStyle } from '../../src/layout/metrics.js';
import { memo, sameValues } from '../../src/memo.js';

describe('the table of sizes', () => {
  it('grows with the text: twice the font size, twice every length, hairline borders kept', () => {
    const base = metricsAt(16);
    const large = metricsAt(32);
    for (const name of [
      'markerHeight',
      'markerSize',
      'laneHeight',
      'maxLabelWidth',
      'verticalBelow',
      'lineHeight',
    ] as const) {
      assert.equal(large[name], 2 * base[name], name);
    }
    assert.equal(large.border, base.border);
    assert.equal(large.maxLanes, base.maxLanes);
    assert.equal(metricsAt(), METRICS);
  });

  it('falls back to the base text size for a size that cannot be read', () => {
    assert.equal(metricsAt(Number.NaN), METRICS);
    assert.equal(metricsAt(0), METRICS);
  });

  it('gives the styles the box the layout reserved: shape, gap and padding inside the label chrome', () => {
    const metrics = metricsAt(20);
    const style = metricsStyle(metrics);
    const px = (name: string) => parseFloat(style[name]!);
    // A box is borders + inset to the shape + shape + gap + label + padding; the layout adds slack.
    const drawnChrome = 2 * px('--_border-width') + px('--_label-inset') + px('--_label-padding');
    assert.equal(drawnChrome + metrics.labelSlack, metrics.markerSize + metrics.labelChrome);
    assert.equal(px('--_marker-height'), metrics.markerHeight);
    assert.equal(2 * px('--_cluster-padding') + 2 * px('--_border-width'), metrics.clusterChrome);
  });
});

describe('memo', () => {
  it('computes again only when one of its inputs changed', () => {
    let calls = 0;
    const double = memo(({ n }: { n: number; label: string }) => (calls++, n * 2));
    assert.equal(double({ n: 2, label: 'a' }), 4);
    assert.equal(double({ n: 2, label: 'a' }), 4);
    assert.equal(calls, 1);
    assert.equal(double({ n: 2, label: 'b' }), 4);
    assert.equal(calls, 2, 'an input that the result does not use still counts: it was given');
    assert.equal(double({ n: 3, label: 'b' }), 6);
    assert.equal(calls, 3);
  });

  it('compares inputs by identity, and by their keys', () => {
    const list = [1];
    assert.equal(sameValues({ list }, { list }), true);
    assert.equal(sameValues({ list }, { list: [1] }), false);
    assert.equal(sameValues({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(sameValues({ a: Number.NaN }, { a: Number.NaN }), true);
  });
});
