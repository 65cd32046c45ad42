// Turns raw bench samples into figures (median, min, max), the comparison rows with their ratios,
// the targets of the benchmark issue, and the printed table and markdown report.

/** Median, min and max of the numbers given (null when there are none). */
export function summary(values) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

export const METRICS = ['ready', 'painted', 'task', 'script', 'layout', 'cls', 'heap'];
const med = (s) => s?.median ?? null;
const ratio = (a, b) => (a == null || b == null || b <= 0 ? null : a / b);
const minus = (a, b) => (a == null || b == null ? null : Math.max(0, a - b));

/** The comparison rows for one CPU rate: raw figures, own cost above the empty page, and ratios. */
export function comparisonRows(pages, audit) {
  const empty = pages.empty;
  const rows = [];
  const pairs = [
    ['timeline', 'timelinejs', 'Timeline vs TimelineJS'],
    ['map', 'leaflet', 'Map vs Leaflet'],
    ['countdown', null, 'Countdown alone'],
    ['all', null, 'All three widgets'],
  ];
  const figures = (id) => {
    const p = pages[id];
    if (!p) return null;
    return {
      shipped: p.shipped,
      ready: med(p.ready),
      readyOwn: minus(med(p.ready), med(empty?.ready)),
      task: med(p.task),
      taskOwn: minus(med(p.task), med(empty?.task)),
      script: med(p.script),
      layout: med(p.layout),
      cls: med(p.cls),
      heap: med(p.heap),
      heapOwn: minus(med(p.heap), med(empty?.heap)),
      axe: audit?.[id]?.axe ?? null,
      stops: audit?.[id]?.stops?.count ?? null,
    };
  };
  for (const [ours, theirs, label] of pairs) {
    const a = figures(ours);
    const b = theirs ? figures(theirs) : null;
    if (!a) continue;
    const r = {};
    if (b) for (const k of Object.keys(a)) r[k] = ratio(a[k], b[k]);
    rows.push({ id: ours, label, ours: a, theirs: b, anchor: theirs, ratio: b ? r : null });
  }
  rows.push({
    id: 'empty',
    label: 'Empty host page (floor)',
    ours: figures('empty'),
    theirs: null,
    anchor: null,
    ratio: null,
  });
  return rows;
}

/** Each target of the issue, whether it is met and, when not, by how much it is missed. */
export function targets(results) {
  const out = [];
  const add = (name, measured, limit, unit, hint, how = 'at most') => {
    const met = measured == null ? null : measured <= limit;
    const miss =
      met === false
        ? limit > 0
          ? `${((measured / limit - 1) * 100).toFixed(0)}% over`
          : `${fmt(measured, unit)} over`
        : null;
    out.push({ name, limit, measured, unit, how, met, miss, ...(met === false ? { hint } : {}) });
  };
  const HINT = {
    bytes:
      'the single file carries all three widgets, the story and the basemap: a per-widget entry (or the basemap and story loaded on demand) would ship only what the page uses',
    time: 'less work before the first paint: render the first screenful, defer the rest (chunking), validate lazily',
    shift: "reserve the widget's height before it is ready (an intrinsic size on the host)",
    axe: 'see the violations listed in bench/results.json (audit)',
    idle: 'stop the tick while hidden or off-screen (visibilitychange, IntersectionObserver) and tick once a second, not per frame',
  };
  add('Single-file bundle gzip', results.bundle.gzip, 30000, 'B', HINT.bytes);
  const one = results.rates['1'];
  if (one) {
    const rows = Object.fromEntries(comparisonRows(one.pages, results.audit).map((r) => [r.id, r]));
    const tl = rows.timeline;
    const mp = rows.map;
    if (tl?.ratio) {
      add('Timeline bytes / TimelineJS bytes', tl.ratio.shipped, 1 / 3, 'ratio', HINT.bytes);
      add('Timeline own time to ready / TimelineJS', tl.ratio.readyOwn, 1 / 10, 'ratio', HINT.time);
      add('Timeline own main-thread time / TimelineJS', tl.ratio.taskOwn, 1 / 10, 'ratio', HINT.time);
    }
    if (mp?.ratio) {
      add('Map bytes / Leaflet bytes', mp.ratio.shipped, 1 / 2, 'ratio', HINT.bytes);
      add('Map own time to ready / Leaflet', mp.ratio.readyOwn, 1 / 3, 'ratio', HINT.time);
      add('Map own main-thread time / Leaflet', mp.ratio.taskOwn, 1 / 3, 'ratio', HINT.time);
    }
    for (const r of Object.values(rows))
      add(`Layout shift: ${r.label.replace(/ vs .*/, r.anchor ? ' (ours)' : '')}`, r.ours?.cls, 0, 'cls', HINT.shift);
    for (const id of ['timeline', 'map', 'countdown', 'all'])
      add(
        `axe violations: ${(rows[id]?.label ?? id).replace(/ vs .*/, ' (ours)')}`,
        results.audit?.[id]?.axe ?? null,
        0,
        'count',
        HINT.axe,
      );
    const big = results.scaling['1']?.timeline?.['10000']?.ours;
    if (big) add('10,000 events ready (normal speed)', med(big.ready), 200, 'ms', HINT.time);
  }
  const cd = results.countdown['1'];
  if (cd) {
    // Own cost: the countdown page's figure minus the empty page idling beside it. "0" allows 0.05 ms/s
    // of measurement noise.
    const own = (mode) => minus(med(cd[mode]?.task), med(cd.empty?.task));
    add('Countdown own main-thread time per visible second', own('visible'), 1, 'ms', HINT.idle);
    add('Countdown own main-thread time per second, hidden', own('hidden'), 0.05, 'ms', HINT.idle);
    add('Countdown own main-thread time per second, off-screen', own('offscreen'), 0.05, 'ms', HINT.idle);
  }
  return out;
}

export function fmt(x, unit) {
  if (x == null) return '–';
  if (unit === 'B') return x >= 1000 ? `${(x / 1000).toFixed(1)} KB` : `${Math.round(x)} B`;
  if (unit === 'ms') return x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(x < 1 ? 2 : 1)} ms`;
  if (unit === 'ratio') return `${x.toFixed(2)}×`;
  if (unit === 'cls') return x.toFixed(3);
  if (unit === 'MB') return `${(x / 1e6).toFixed(2)} MB`;
  return String(Math.round(x * 100) / 100);
}
const range = (s, unit) => (s ? `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : '–');

function rateTable(rate, block, audit) {
  const rows = comparisonRows(block.pages, audit);
  const lines = [
    `#### CPU ${rate}× (median of ${block.runs} runs after ${block.warmup} warm-up)`,
    '',
    '| page | shipped gzip | ready | own ready | main thread | own main thread | script | layout+style | CLS | heap | axe | Tab stops |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const line = (label, f, p) =>
    `| ${label} | ${fmt(f.shipped, 'B')} | ${range(p.ready, 'ms')} | ${fmt(f.readyOwn, 'ms')} | ${range(p.task, 'ms')} | ${fmt(f.taskOwn, 'ms')} | ${fmt(f.script, 'ms')} | ${fmt(f.layout, 'ms')} | ${fmt(f.cls, 'cls')} | ${fmt(f.heap, 'MB')} | ${f.axe ?? '–'} | ${f.stops ?? '–'} |`;
  for (const r of rows) {
    lines.push(line(r.label.replace(/ vs .*/, '') + (r.anchor ? ' (ours)' : ''), r.ours, block.pages[r.id]));
    if (r.theirs) {
      lines.push(
        line(r.anchor === 'timelinejs' ? 'TimelineJS 3.9.11' : 'Leaflet 1.9.4', r.theirs, block.pages[r.anchor]),
      );
      const q = r.ratio;
      lines.push(
        `| **ours / theirs** | **${fmt(q.shipped, 'ratio')}** | ${fmt(q.ready, 'ratio')} | **${fmt(q.readyOwn, 'ratio')}** | ${fmt(q.task, 'ratio')} | **${fmt(q.taskOwn, 'ratio')}** | ${fmt(q.script, 'ratio')} | ${fmt(q.layout, 'ratio')} | | ${fmt(q.heap, 'ratio')} | | |`,
      );
    }
  }
  return lines.join('\n');
}

function scalingTable(rate, block) {
  const lines = [
    `#### Scaling, CPU ${rate}× (median; time to ready / main-thread time)`,
    '',
    '| widget | size | ours ready | theirs ready | ratio | ours main thread | theirs main thread | ratio |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [widget, sizes] of Object.entries(block)) {
    for (const [n, pair] of Object.entries(sizes)) {
      const cell = (side, m) =>
        pair[side]?.timedOut ? `> ${pair[side].timedOut / 1000} s` : range(pair[side]?.[m], 'ms');
      const q = (m) => fmt(ratio(med(pair.ours?.[m]), med(pair.theirs?.[m])), 'ratio');
      const anchor = widget === 'timeline' ? 'TimelineJS' : 'Leaflet';
      lines.push(
        `| ${widget} vs ${anchor} | ${Number(n).toLocaleString('en')} | ${cell('ours', 'ready')} | ${cell('theirs', 'ready')} | ${q('ready')} | ${cell('ours', 'task')} | ${cell('theirs', 'task')} | ${q('task')} |`,
      );
    }
  }
  return lines.join('\n');
}

function countdownTable(block, seconds) {
  const lines = [
    `#### Countdown idle: main-thread time per second over ${seconds} s (median, min–max; own = minus the empty page)`,
    '',
    '| CPU | visible | own | hidden | own | off-screen | own | empty page |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [rate, m] of Object.entries(block)) {
    const own = (mode) => fmt(minus(med(m[mode]?.task), med(m.empty?.task)), 'ms');
    lines.push(
      `| ${rate}× | ${range(m.visible?.task, 'ms')} | ${own('visible')} | ${range(m.hidden?.task, 'ms')} | ${own('hidden')} | ${range(m.offscreen?.task, 'ms')} | ${own('offscreen')} | ${range(m.empty?.task, 'ms')} |`,
    );
  }
  return lines.join('\n');
}

/** The tables as markdown; the terminal prints the same text. */
export function tables(results) {
  const parts = [];
  for (const [rate, block] of Object.entries(results.rates)) parts.push(rateTable(rate, block, results.audit));
  for (const [rate, block] of Object.entries(results.scaling)) parts.push(scalingTable(rate, block));
  parts.push(countdownTable(results.countdown, results.settings.idleSeconds));
  const t = targets(results);
  parts.push(
    [
      '#### Targets',
      '',
      '| target | limit | measured | met | what would close it |',
      '|---|---|---|---|---|',
      ...t.map(
        (x) =>
          `| ${x.name} | ${x.how} ${fmt(x.limit, x.unit)} | ${fmt(x.measured, x.unit)} | ${x.met == null ? '–' : x.met ? 'yes' : `**no** (${x.miss})`} | ${x.hint ?? ''} |`,
      ),
    ].join('\n'),
  );
  return parts.join('\n\n');
}

export function markdown(results) {
  const s = results.settings;
  const blocked = [
    ...new Set(Object.values(results.rates).flatMap((b) => Object.values(b.pages).flatMap((p) => p.blocked ?? []))),
  ];
  return `# Benchmarks: withdrawal-widgets against TimelineJS and Leaflet

Generated by \`npm run bench${s.quick ? ' -- --quick' : ''}\` (${s.runs} runs a page figure, ${s.scalingRuns} a scaling figure) on ${results.generated}${results.commit ? ` at ${results.commit}` : ''} (${results.machine}${results.load ? `; load average ${results.load.start.toFixed(1)} at the start, ${results.load.end.toFixed(1)} at the end` : ''}; ${results.seconds} s).
${s.quick ? '\n**Quick run: one pass, CPU 1× only, smallest sizes. The figures are a smoke test, not a measurement.**\n' : ''}
- One headless Chromium (${results.browser}); each load in a fresh browser context; viewport 1280×800.
- Every figure is the median of ${s.runs} runs after ${s.warmup} warm-up (min–max beside it); within each run the pages
  are loaded in a rotating order, so our widget and its anchor alternate and share the machine's noise.
- **shipped gzip**: gzip -9 of every script, stylesheet and data file the page loaded (the host HTML left out).
  Ours: \`dist/withdrawal-widgets.js\` (${results.bundle.gzip} B gzip), which carries all three widgets, the
  default story and the basemap. TimelineJS: its JS, CSS and font CSS plus the events as JSON; its icon font
  is listed apart (${blocked.length ? `and it asks another host for ${blocked.length} web fonts, blocked here and not counted` : 'no other host was asked'}).
  Leaflet: its JS and CSS, the map widget's country shapes as GeoJSON (from ${results.shapesFrom}) and the markers.
- **ready**: ms from navigation start to the moment the page's readiness test first holds (ours: every widget in
  \`:state(ready)\`; TimelineJS: its \`ready\` event and a marker per event; Leaflet: shapes drawn and every
  marker in the DOM). **own**: the figure minus the empty host page's.
- **main thread**: CDP \`Performance.getMetrics\` TaskDuration at ready (script = ScriptDuration, layout+style =
  LayoutDuration + RecalcStyleDuration). **CLS**: layout shifts from navigation to 0.5 s after ready.
  **heap**: JS heap used after a forced GC. **axe**: axe-core violations (nodes). **Tab stops**: focus moves
  until focus comes round again (bounded at ${s.maxStops}).
- Countdown idle: the countdown page, ready, then main-thread time over ${s.idleSeconds} s, divided by the seconds:
  visible; hidden (document.visibilityState "hidden" and a visibilitychange event, as a background tab); and
  off-screen (scrolled out of view under a long page).

Times come from a shared 2-core machine: when its load average is above its core count they are inflated
and the ratios noisy (see min–max). Bytes, layout shift, axe and Tab stops do not depend on load.

${tables(results)}

#### axe violations (rule, impact, nodes)

${Object.entries(results.audit)
  .map(
    ([id, a]) =>
      `- ${id}: ${a.violations.length ? a.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ') : 'none'}`,
  )
  .join('\n')}
`;
}
