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

// The page rows, in the order the tables list them. A row with an anchor is compared with it (own
// figures divided by the anchor's): our widget against the library newsrooms use, or the loader
// against the standalone single file.
export const ROWS = [
  {
    id: 'timeline',
    label: 'Timeline (ours)',
    anchor: 'timelinejs',
    anchorLabel: 'TimelineJS 3.9.11',
    per: 'ours / theirs',
  },
  { id: 'map', label: 'Map (ours)', anchor: 'leaflet', anchorLabel: 'Leaflet 1.9.4', per: 'ours / theirs' },
  {
    id: 'countdown',
    label: 'Countdown (ours)',
    anchor: 'countdown-standalone',
    anchorLabel: 'Countdown, standalone file',
    per: 'loader / standalone',
  },
  { id: 'all', label: 'All three widgets' },
  { id: 'timeline-preload', label: 'Timeline, preload hints' },
  { id: 'map-preload', label: 'Map, preload hints' },
  { id: 'countdown-preload', label: 'Countdown, preload hints' },
  { id: 'all-preload', label: 'All three, preload hints' },
  { id: 'empty', label: 'Empty host page (floor)' },
];

/** The figures of one page at one CPU rate: raw, and own cost above the empty page. */
function pageFigures(pages, audit, id) {
  const p = pages[id];
  if (!p) return null;
  const empty = pages.empty;
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
}

/** The comparison rows for one CPU rate: raw figures, own cost above the empty page, and ratios. */
export function comparisonRows(pages, audit) {
  const rows = [];
  for (const { id, label, anchor = null, anchorLabel = null, per = null } of ROWS) {
    const a = pageFigures(pages, audit, id);
    if (!a) continue;
    const b = anchor ? pageFigures(pages, audit, anchor) : null;
    const r = {};
    if (b) for (const k of Object.keys(a)) r[k] = ratio(a[k], b[k]);
    rows.push({ id, label, ours: a, theirs: b, anchor: b ? anchor : null, anchorLabel, per, ratio: b ? r : null });
  }
  return rows;
}

// The project's goals for the loader, each a ratio of own time to ready (the figure minus the empty
// page's), measured without preload hints and with them.
export const GOALS = [
  { id: 'countdown', anchor: 'countdown-standalone', name: "Countdown own ready / the standalone file's", limit: 0.5 },
  { id: 'timeline', anchor: 'timelinejs', name: 'Timeline own ready / TimelineJS', limit: 0.25 },
  { id: 'map', anchor: 'leaflet', name: 'Map own ready / Leaflet', limit: 0.5 },
];

/** Each goal at one CPU rate: the ratio without hints and with them, and whether it is met. */
export function goals(pages) {
  const own = (id) => minus(med(pages[id]?.ready), med(pages.empty?.ready));
  return GOALS.map((g) => {
    const plain = ratio(own(g.id), own(g.anchor));
    const preload = ratio(own(`${g.id}-preload`), own(g.anchor));
    const met = (x) => (x == null ? null : x <= g.limit);
    return { ...g, plain, preload, met: met(plain), metPreload: met(preload) };
  });
}

/** Own time to ready of each page without and with preload hints, and the ratio preload / no preload. */
export function preloadRows(pages) {
  const own = (id) => minus(med(pages[id]?.ready), med(pages.empty?.ready));
  return ['countdown', 'timeline', 'map', 'all']
    .filter((id) => pages[id] || pages[`${id}-preload`])
    .map((id) => {
      const plain = own(id);
      const preload = own(`${id}-preload`);
      return { id, label: ROWS.find((r) => r.id === id).label, plain, preload, ratio: ratio(preload, plain) };
    });
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
    single:
      'the standalone file inlines every chunk by design; a page on the loader fetches only the chunks it uses (its shipped gzip in the table above)',
    bytes:
      'the page already fetches only the chunks it uses (listed in results.json, bytes.files): what is left is the core every page fetches, the view and the story',
    time: 'less work before the first paint: render the first screenful, defer the rest (chunking), validate lazily',
    shift: "reserve the widget's height before it is ready (an intrinsic size on the host)",
    axe: 'see the violations listed in bench/results.json (audit)',
    idle: 'stop the tick while hidden or off-screen (visibilitychange, IntersectionObserver) and tick once a second, not per frame',
  };
  add('Single-file bundle gzip (the standalone file)', results.bundle.gzip, 30000, 'B', HINT.single);
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
    // Every page of ours shifts nothing: the loader's pages, preloaded or not, and the standalone file's.
    for (const r of Object.values(rows)) {
      add(`Layout shift: ${r.label}`, r.ours?.cls, 0, 'cls', HINT.shift);
      if (r.anchor === 'countdown-standalone')
        add(`Layout shift: ${r.anchorLabel}`, r.theirs?.cls, 0, 'cls', HINT.shift);
    }
    for (const id of ['timeline', 'map', 'countdown', 'countdown-standalone', 'all'])
      if (results.audit?.[id] || rows[id])
        add(
          `axe violations: ${rows[id]?.label ?? ROWS.find((r) => r.anchor === id)?.anchorLabel ?? id}`,
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
    lines.push(line(r.label, r.ours, block.pages[r.id]));
    if (r.theirs) {
      lines.push(line(r.anchorLabel, r.theirs, block.pages[r.anchor]));
      const q = r.ratio;
      lines.push(
        `| **${r.per}** | **${fmt(q.shipped, 'ratio')}** | ${fmt(q.ready, 'ratio')} | **${fmt(q.readyOwn, 'ratio')}** | ${fmt(q.task, 'ratio')} | **${fmt(q.taskOwn, 'ratio')}** | ${fmt(q.script, 'ratio')} | ${fmt(q.layout, 'ratio')} | | ${fmt(q.heap, 'ratio')} | | |`,
      );
    }
  }
  return lines.join('\n');
}

/** The goals, at every CPU rate measured: the ratio without preload hints and with them. */
function goalsTable(rates) {
  const verdict = (x, met) => (met == null ? fmt(x, 'ratio') : `${fmt(x, 'ratio')} ${met ? '(met)' : '(**not met**)'}`);
  const lines = [
    '#### Goals (own time to ready, ratio of medians)',
    '',
    '| CPU | goal | at most | loader | loader with preload hints |',
    '|---|---|---|---|---|',
  ];
  for (const [rate, block] of Object.entries(rates))
    for (const g of goals(block.pages))
      lines.push(
        `| ${rate}× | ${g.name} | ${fmt(g.limit, 'ratio')} | ${verdict(g.plain, g.met)} | ${verdict(g.preload, g.metPreload)} |`,
      );
  return lines.join('\n');
}

/** Own time to ready with and without preload hints, at every CPU rate measured. */
function preloadTable(rates) {
  const lines = [
    '#### With and without preload hints (own time to ready, median)',
    '',
    '| CPU | page | no hints | preload hints | preload / no preload |',
    '|---|---|---|---|---|',
  ];
  for (const [rate, block] of Object.entries(rates))
    for (const r of preloadRows(block.pages))
      lines.push(
        `| ${rate}× | ${r.label} | ${fmt(r.plain, 'ms')} | ${fmt(r.preload, 'ms')} | ${fmt(r.ratio, 'ratio')} |`,
      );
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
  parts.push(goalsTable(results.rates), preloadTable(results.rates));
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
  const loaderSize = (file) => (results.loader?.[file] ? ` (${fmt(results.loader[file], 'B')} gzip)` : '');
  const blocked = [
    ...new Set(Object.values(results.rates).flatMap((b) => Object.values(b.pages).flatMap((p) => p.blocked ?? []))),
  ];
  return `# Benchmarks: withdrawal-widgets against TimelineJS and Leaflet

Generated by \`npm run bench${s.quick ? ' -- --quick' : ''}\` (${s.runs} runs a page figure, ${s.scalingRuns} a scaling figure) on ${results.generated}${results.commit ? ` at ${results.commit}` : ''} (${results.machine}${results.load ? `; load average ${results.load.start.toFixed(1)} at the start, ${results.load.end.toFixed(1)} at the end` : ''}; ${results.seconds} s).
${s.quick ? '\n**Quick run: one pass, CPU 1× only, smallest sizes. The figures are a smoke test, not a measurement.**\n' : ''}
- One headless Chromium (${results.browser}); each load in a fresh browser context; viewport 1280×800.
- Every figure is the median of ${s.runs} runs after ${s.warmup} warm-up (min–max beside it); within each run the pages
  are loaded in a rotating order, so our widget and its anchor alternate and share the machine's noise.
- **shipped gzip**: gzip -9 of every script, stylesheet and data file the page requested, summed over the
  requests it made (the host HTML left out; each page's files are in results.json, \`bytes.files\`).
  Ours: what the loader fetched: the entry \`dist/withdrawal-widgets.js\`${loaderSize('withdrawal-widgets.js')}, the core
  \`dist/chunks/core.js\`${loaderSize('chunks/core.js')} that every page fetches, the view chunk of each widget on the
  page, the basemap chunk with the map, and the built-in story chunk${loaderSize('chunks/store-built-in-story.js')}; the
  scaling pages fetch their story as JSON instead. *Countdown, standalone file* loads
  \`${results.bundle.file ?? 'dist/withdrawal-widgets.standalone.js'}\` (${fmt(results.bundle.gzip, 'B')} gzip) instead: every chunk inlined in one
  file, what every page fetched before the loader. *Preload hints*: the same page with
  \`<link rel="modulepreload">\` for the core, the views, the basemap and the built-in story, so the chunks
  are fetched at once rather than one after the other (the same files, the same bytes).
  TimelineJS: its JS, CSS and font CSS plus the events as JSON; its icon font
  is listed apart (${blocked.length ? `and it asks another host for ${blocked.length} web fonts, blocked here and not counted` : 'no other host was asked'}).
  Leaflet: its JS and CSS, the map widget's country shapes as GeoJSON (from ${results.shapesFrom}) and the markers.
- **ready**: ms from navigation start to the moment the page's readiness test first holds (ours: every widget in
  \`:state(ready)\`; TimelineJS: its \`ready\` event and a marker per event; Leaflet: shapes drawn and every
  marker in the DOM). **own**: the figure minus the empty host page's.
- **main thread**: CDP \`Performance.getMetrics\` TaskDuration at ready (script = ScriptDuration, layout+style =
  LayoutDuration + RecalcStyleDuration). **CLS**: layout shifts from navigation to 0.5 s after ready.
  **heap**: JS heap used after a forced GC. **axe**: axe-core violations (nodes). **Tab stops**: focus moves
  until focus comes round again (bounded at ${s.maxStops}). The preloaded pages show what the pages they vary
  show and are not audited again.
- **Goals**: the countdown's own time to ready at most 0.5× the standalone file's, the timeline's at most
  0.25× TimelineJS's, the map's at most 0.5× Leaflet's; each on the loader, without and with preload hints.
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
