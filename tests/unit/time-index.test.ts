import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventsInView, firstWhere, timeIndexOf } from '../../src/layout/time-index.js';
import { timeScale } from '../../src/layout/view.js';
import { storyOf } from './helpers.js';

const day = (text: string) => Date.parse(`${text}T00:00Z`);
// Listed out of date order on purpose.
const story = storyOf('Index', [
  { id: 'c', date: '2020-03-01', title: 'C' },
  { id: 'a', date: '2020-01-01', title: 'A' },
  { id: 'd', date: '2020-04-01', title: 'D' },
  { id: 'b', date: '2020-02-01', title: 'B' },
]);
const idAt = (i: number) => story.events[i]!.id;

describe('timeIndexOf', () => {
  it('orders the events by their place in time, once per story', () => {
    const index = timeIndexOf(story);
    assert.deepEqual(index.order.map(idAt), ['a', 'b', 'c', 'd']);
    assert.ok([...index.times].every((time, i, times) => i === 0 || time >= times[i - 1]!));
    assert.equal(timeIndexOf(story), index);
  });

  it('places an event known to the month at its middle, after a day early in that month', () => {
    const month = storyOf('Month', [
      { id: 'january', date: '2020-01', title: 'Sometime in January' },
      { id: 'fifth', date: '2020-01-05', title: 'On the 5th' },
    ]);
    assert.deepEqual(
      timeIndexOf(month).order.map((i) => month.events[i]!.id),
      ['fifth', 'january'],
    );
  });
});

describe('firstWhere', () => {
  it('finds where a test starts to hold, or n where it never does', () => {
    assert.equal(
      firstWhere(10, (i) => i >= 7),
      7,
    );
    assert.equal(
      firstWhere(10, () => true),
      0,
    );
    assert.equal(
      firstWhere(10, () => false),
      10,
    );
    assert.equal(
      firstWhere(0, () => true),
      0,
    );
    for (let n = 0; n <= 40; n++) {
      for (let k = 0; k <= n; k++)
        assert.equal(
          firstWhere(n, (i) => i >= k),
          k,
          `n = ${n}, k = ${k}`,
        );
    }
  });
});

describe('eventsInView', () => {
  // 20 February to 10 April on a 300 px axis (an event known to the day sits at its noon).
  const scale = timeScale([day('2020-02-20'), day('2020-04-10')], [0, 300]);

  it('finds the events in view, and those beyond each end nearest first', () => {
    const { order, first, last, offscreen } = eventsInView(story, scale, false);
    assert.deepEqual(order.slice(first, last).map(idAt), ['c', 'd']);
    assert.deepEqual(offscreen, { before: ['b', 'a'], after: [] });
  });

  it('reads the ends the other way round right to left', () => {
    const mirrored = timeScale([day('2020-02-20'), day('2020-04-10')], [300, 0]);
    const { order, first, last, offscreen } = eventsInView(story, mirrored, true);
    assert.deepEqual(order.slice(first, last).map(idAt), ['c', 'd']);
    assert.deepEqual(offscreen, { before: ['b', 'a'], after: [] });
  });
});
