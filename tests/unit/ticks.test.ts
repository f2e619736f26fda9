import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeTicks, tickInterval } from '../../src/layout/ticks.js';
import { timeScale } from '../../src/layout/view.js';
import { fixedWidthText } from './helpers.js';

const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00Z`);

describe('placeTicks', () => {
  // Five weeks on 1000 px; labels may reach 100 px past the axis's ends (the chart's padding).
  const [from, to] = [day('2019-06-28') + DAY / 2, day('2019-08-03') + DAY / 2];
  const scale = timeScale([from, to], [0, 1000]);
  const ticks = placeTicks(scale, fixedWidthText, 'en-GB', [-100, 1100], 40);

  it('puts ticks on round dates (midnight) inside the domain, labelled as the calendar reads', () => {
    assert.ok(ticks.length >= 3, `only ${ticks.length} ticks on five weeks 1000 px wide`);
    for (const tick of ticks) {
      const time = scale.invert(tick.at);
      const midnight = Math.round(time / DAY) * DAY;
      assert.ok(Math.abs(time - midnight) < 1000, `${new Date(time).toISOString()} is not a midnight`);
      assert.ok(time >= from && time <= to);
    }
    assert.match(ticks[0]!.label, /Jun/, 'the first tick names the month');
  });

  it('keeps labels apart by the gap and inside the bounds', () => {
    for (const [i, tick] of ticks.entries()) {
      const [left, right] = [tick.at - tick.size / 2, tick.at + tick.size / 2];
      assert.ok(left >= -100 && right <= 1100, `tick ${tick.label} leaves the chart`);
      const next = ticks[i + 1];
      const apart = !next || next.at - tick.at >= (tick.size + next.size) / 2 + 40;
      assert.ok(apart, `${tick.label} and ${next?.label} touch`);
    }
  });

  it('places more ticks on a wider axis, and none where no label fits', () => {
    const domain: [number, number] = [day('2019-07-01') - DAY / 2, day('2019-07-31') + DAY / 2];
    const at = (width: number) => placeTicks(timeScale(domain, [0, width]), fixedWidthText, 'en-GB', [0, width], 12);
    assert.ok(at(3000).length > at(250).length, `${at(3000).length} ticks at 3000 px, ${at(250).length} at 250 px`);
    assert.ok(at(250).length >= 1);
    assert.deepEqual(at(20), []);
  });
});

describe('tickInterval', () => {
  it('is the time between two ticks, and Infinity with fewer than two', () => {
    const scale = timeScale([day('2019-07-01'), day('2019-07-31')], [0, 1000]);
    const ticks = [
      { at: scale(day('2019-07-07')), label: '7 Jul', size: 35 },
      { at: scale(day('2019-07-14')), label: '14 Jul', size: 42 },
    ];
    assert.ok(Math.abs(tickInterval(ticks, scale) - 7 * DAY) < 1000);
    assert.equal(tickInterval(ticks.slice(0, 1), scale), Infinity);
  });
});
