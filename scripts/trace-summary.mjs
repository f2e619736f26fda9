// `node scripts/trace-summary.mjs trace.json [more.json ...]`: where a cold first render's time
// goes, from a DevTools trace that `npm run bench -- --peers` writes with BENCH_PROFILE=dir. On the
// page's main thread, from navigation start to the `first-render` mark: time by kind of work
// (self time: script compile and run, style, layout, HTML parsing, paint, GC), the style and
// layout that script forced (getBoundingClientRect, getComputedStyle), the time the thread waited
// (on the network: scripts and chunks), each request's start and end, and the functions that ran
// longest (the CPU profile's samples).
import { readFileSync } from 'node:fs';

const KINDS = [
  [
    'compile',
    new RegExp(
      String.raw`^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.ScriptCompiler|` +
        String.raw`CompileScript|v8\.produceCache|v8\.produceModuleCache)`,
    ),
  ],
  [
    'script',
    new RegExp(
      String.raw`^(EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|` +
        String.raw`EventDispatch|v8\.run|V8\.Execute|FireIdleCallback|v8\.callFunction|RunTask)`,
    ),
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections|ResizeObserverController)/],
  ['parse HTML', /^ParseHTML$/],
  ['paint', /^(Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit|PaintImage|RasterTask|UpdateLayerTree)$/],
  ['GC', /(GC|Scavenge|MarkCompact|BlinkGC)/i],
];
const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
const ms = (us) => (us / 1000).toFixed(1);

for (const file of process.argv.slice(2)) {
  const trace = JSON.parse(readFileSync(file, 'utf8'));
  const events = trace.traceEvents ?? trace;
  const end = events.find((event) => event.name === 'first-render');
  if (!end) {
    console.log(`${file}: no first-render mark`);
    continue;
  }
  const { pid, tid } = end;
  const start = Math.max(
    ...events
      .filter((event) => event.pid === pid && event.name === 'navigationStart' && event.ts <= end.ts)
      .map((event) => event.ts),
  );
  const inWindow = (event) => event.ts >= start && event.ts < end.ts;
  const main = events.filter(
    (event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined && inWindow(event),
  );
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // Self time by kind: each event's time less its children's, on one thread's stack.
  const self = new Map();
  const forced = { style: [0, 0], layout: [0, 0] };
  const stack = [];
  let busy = 0;
  for (const event of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const kind = kindOf(event.name);
    if (!parent) busy += event.dur;
    else {
      const parentKind = kindOf(parent.name);
      self.set(parentKind, (self.get(parentKind) ?? 0) - event.dur);
    }
    self.set(kind, (self.get(kind) ?? 0) + event.dur);
    if (
      (kind === 'style' || kind === 'layout') &&
      stack.some((outer) => ['script', 'compile'].includes(kindOf(outer.name)))
    ) {
      forced[kind][0] += 1;
      forced[kind][1] += event.dur;
    }
    stack.push(event);
  }
  const total = end.ts - start;
  // Thread time (tdur): what the main thread ran, without the time another process had the core.
  let cpu = 0;
  let until = 0;
  for (const event of main) {
    if (event.ts < until) continue;
    until = event.ts + event.dur;
    cpu += event.tdur ?? event.dur;
  }
  console.log(
    `\n${file}: ${ms(total)} ms from navigation start to first-render; main thread ran ${ms(cpu)} ms of it ` +
      `(thread time)`,
  );
  const rows = [...self]
    .filter(([, us]) => us > 50)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, us]) => ({ kind, ms: ms(us) }));
  rows.push({ kind: 'main thread idle (waiting: network, timers)', ms: ms(total - busy) });
  console.table(rows);
  console.log(
    `forced by script: style ${forced.style[0]}× ${ms(forced.style[1])} ms, layout ${forced.layout[0]}× ` +
      `${ms(forced.layout[1])} ms`,
  );

  // Requests: when each was sent and finished, from navigation start.
  const sent = new Map();
  for (const event of events) {
    if (event.name === 'ResourceSendRequest' && inWindow(event))
      sent.set(event.args.data.requestId, { url: event.args.data.url, sent: event.ts });
    if (event.name === 'ResourceFinish' && sent.has(event.args.data.requestId))
      sent.get(event.args.data.requestId).finished = event.ts;
  }
  console.table(
    [...sent.values()].map(({ url, sent: at, finished }) => ({
      request: new URL(url).pathname.replace(/^.*\/(node_modules|dist)\//, '$1/').slice(0, 70),
      'sent ms': ms(at - start),
      'done ms': finished ? ms(finished - start) : '',
    })),
  );

  // Functions by self time, from the CPU profile's samples.
  const nodes = new Map();
  const bySelf = new Map();
  const samplesAt = [];
  for (const event of events.filter((e) => e.pid === pid && e.name === 'ProfileChunk')) {
    const profile = event.args.data.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(node.id, node);
    const samples = profile.samples ?? [];
    const deltas = event.args.data.timeDeltas ?? [];
    let at = event.args.data.startTime ?? undefined;
    samples.forEach((id, i) => {
      at = (at ?? event.ts) + (deltas[i] ?? 0);
      if (at < start || at >= end.ts) return;
      samplesAt.push([id, deltas[i + 1] ?? deltas[i] ?? 0]);
      const frame = nodes.get(id)?.callFrame;
      if (!frame) return;
      const key =
        `${frame.functionName || '(anonymous)'} ` +
        `${(frame.url ?? '').split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      bySelf.set(key, (bySelf.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
    });
  }
  if (process.env.TREE) printTree(nodes, samplesAt);
  const top = [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 15));
  if (top.length) console.table(top.map(([fn, us]) => ({ function: fn.slice(0, 90), 'self ms': ms(us) })));
}

/** TREE=1: the call tree, with each call's time including what it called (at least TREE ms). */
function printTree(nodes, samples) {
  const children = new Map();
  for (const node of nodes.values())
    if (node.parent !== undefined) children.set(node.parent, [...(children.get(node.parent) ?? []), node.id]);
  const total = new Map();
  for (const [id, us] of samples) {
    for (let node = nodes.get(id); node; node = nodes.get(node.parent))
      total.set(node.id, (total.get(node.id) ?? 0) + us);
  }
  const min = Number(process.env.TREE) * 1000;
  const print = (id, depth) => {
    const node = nodes.get(id);
    const us = total.get(id) ?? 0;
    if (us < min) return;
    const frame = node.callFrame;
    console.log(
      `${'  '.repeat(depth)}${ms(us)} ${frame.functionName || '(anonymous)'} ` +
        `${(frame.url ?? '').split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`,
    );
    for (const child of (children.get(id) ?? []).sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0)))
      print(child, depth + 1);
  };
  for (const node of nodes.values()) if (node.parent === undefined) print(node.id, 0);
}
