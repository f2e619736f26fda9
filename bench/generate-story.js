// A story of `count` events for benchmarks, the same every time for a given count: events
// cluster in bursts (as news does) across two years, with titles of two to seven words.
const WORDS = ['minister', 'leak', 'cable', 'vote', 'talks', 'resigns', 'embassy', 'report', 'statement', 'court',
  'budget', 'summit', 'inquiry', 'strike', 'election', 'deal', 'visit', 'debate', 'letter', 'appeal'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateStory(count) {
  const next = random(count);
  const start = Date.UTC(2018, 0, 1);
  const twoYears = 730 * 86_400_000;
  const bursts = Array.from({ length: Math.max(1, Math.round(Math.sqrt(count) / 2)) }, () => start + next() * twoYears);
  const events = Array.from({ length: count }, (_, i) => {
    const burst = bursts[Math.floor(next() * bursts.length)];
    const when = new Date(burst + (next() - 0.5) * 20 * 86_400_000);
    const title = Array.from(
      { length: 2 + Math.floor(next() * 6) },
      () => WORDS[Math.floor(next() * WORDS.length)],
    ).join(' ');
    return {
      id: `e${i}`,
      date: next() < 0.3 ? when.toISOString().slice(0, 16) : when.toISOString().slice(0, 10),
      category: `c${i % 5}`,
      title: title[0].toUpperCase() + title.slice(1),
      summary: `Generated event ${i}.`,
      sources: ['s'],
    };
  });
  return {
    version: 1,
    story: { title: `Generated story of ${count} events`, timeZone: 'UTC' },
    sources: [{ id: 's', kind: 'public-record', url: 'https://example.org/' }],
    categories: Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, label: `Category ${i}` })),
    events,
  };
}
