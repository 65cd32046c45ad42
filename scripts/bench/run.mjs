// `npm run bench`: measures our widgets against TimelineJS and Leaflet in one headless Chromium and
// writes bench/results.json and bench/report.md. Options:
//   --quick        one pass, CPU 1× only, the smallest scaling sizes (a smoke test for CI; no timing claims)
//   --no-build     use dist/ as it is (`npm run bench` builds first; without dist/ this run builds)
//   --runs N       measured runs per page figure (default 5; warm-up 1)
//   --scaling-runs N  measured runs per scaling figure (default 3)
//   --out DIR      where results.json and report.md go (default bench/)
//   --verbose      log every page load
//   --render       measure nothing: print the table and rewrite report.md from DIR/results.json
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { gzipSync } from 'node:zlib';
import { prepare } from './prepare.mjs';
import { audit, idle, loadOnce } from './measure.mjs';
import { METRICS, markdown, summary, tables } from './report.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const quick = flag('--quick');
const settings = {
  quick,
  runs: quick ? 1 : Number(option('--runs', 5)),
  warmup: quick ? 0 : 1,
  rates: quick ? [1] : [1, 4],
  timelineSizes: quick ? [10] : [10, 100, 1000, 10000],
  mapSizes: quick ? [10] : [10, 100, 1000],
  scalingRuns: quick ? 1 : Number(option('--scaling-runs', 3)),
  idleSeconds: quick ? 2 : 10,
  idleRuns: quick ? 1 : 3,
  maxStops: 150,
  settleMs: quick ? 200 : 500,
  timeoutMs: quick ? 30000 : 60000,
};
const outDir = option('--out', 'bench');
const root = resolve('.');

if (flag('--render')) {
  const saved = JSON.parse(readFileSync(`${outDir}/results.json`, 'utf8'));
  writeFileSync(`${outDir}/report.md`, markdown(saved));
  console.log(tables(saved));
  process.exit(0);
}

if (!flag('--no-build') && !existsSync('dist/withdrawal-widgets.js'))
  execFileSync('npx', ['rollup', '-c'], { stdio: 'inherit' });
const STANDALONE = 'dist/withdrawal-widgets.standalone.js';
for (const file of ['dist/withdrawal-widgets.js', 'dist/chunks/core.js', STANDALONE])
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);

// Our pages load the loader (dist/withdrawal-widgets.js, which fetches the chunks the page uses) unless
// they say otherwise: `-standalone` loads the single file with every chunk inlined (the layout before
// the loader), `-preload` adds <link rel="modulepreload"> hints for the chunks the page uses.
const PAGES = {
  empty: 'empty.html',
  timeline: 'ours.html?widgets=timeline',
  timelinejs: 'timelinejs.html',
  map: 'ours.html?widgets=map',
  leaflet: 'leaflet.html',
  countdown: 'ours.html?widgets=countdown',
  'countdown-standalone': `ours.html?widgets=countdown&bundle=/${STANDALONE}`,
  all: 'ours.html?widgets=countdown,map,timeline',
  'countdown-preload': 'ours.html?widgets=countdown&preload=1',
  'timeline-preload': 'ours.html?widgets=timeline&preload=1',
  'map-preload': 'ours.html?widgets=map&preload=1',
  'all-preload': 'ours.html?widgets=countdown,map,timeline&preload=1',
};
// A preloaded page shows what the page it varies shows: it is not audited again.
const AUDITED = Object.keys(PAGES).filter((id) => !id.endsWith('-preload'));
const SCALING = {
  timeline: (n) => [
    `ours.html?widgets=timeline&story=/bench/data/story-events-${n}.json`,
    `timelinejs.html?data=/bench/data/timelinejs-${n}.json&n=${n}`,
  ],
  map: (n) => [
    `ours.html?widgets=map&story=/bench/data/story-places-${n}.json`,
    `leaflet.html?markers=/bench/data/markers-${n}.json`,
  ],
};

const gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const t0 = Date.now();
const log = (...a) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const prepared = prepare({ timelineSizes: settings.timelineSizes, mapSizes: settings.mapSizes });
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}/bench/pages/`;
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });

/** Loads each page in turn, rotating the order every round so no page always runs first or last. */
async function rounds(entries, rate, runs, warmup, timeoutMs) {
  const samples = Object.fromEntries(entries.map(([id]) => [id, []]));
  const timedOut = {};
  for (let round = 0; round < warmup + runs; round++) {
    const order = entries.map((_, i) => entries[(i + round) % entries.length]);
    for (const [id, path] of order) {
      if (timedOut[id]) continue;
      try {
        const began = Date.now();
        const s = await loadOnce(browser, root, base + path, { rate, timeoutMs, settleMs: settings.settleMs });
        if (round >= warmup) samples[id].push(s);
        if (flag('--verbose'))
          log(`  ${id} ${rate}× round ${round}: ready ${s.ready.toFixed(0)} ms (load took ${Date.now() - began} ms)`);
      } catch (err) {
        log(`  ${id} at ${rate}×: ${err.message}`);
        timedOut[id] = timeoutMs;
      }
    }
  }
  return { samples, timedOut };
}

function figures(list, timedOut) {
  if (!list.length) return { timedOut: timedOut ?? null };
  const out = Object.fromEntries(METRICS.map((m) => [m, summary(list.map((s) => s[m]))]));
  const last = list.at(-1).bytes;
  return {
    ...out,
    shipped: last.shipped,
    bytes: last,
    blocked: list.at(-1).blocked,
    ...(timedOut ? { timedOut } : {}),
  };
}

const started = Date.now();
const results = {
  generated: new Date().toISOString(),
  machine: `${cpus().length} cores, Node ${process.version}`,
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })(),
  // The machine's 1-minute load average at the start and end: figures taken under load are noisier.
  load: { start: loadavg()[0] },
  browser: `Chromium ${browser.version()}`,
  settings,
  shapesFrom: prepared.shapesFrom,
  // The single file (every chunk inlined): what a page that loads the standalone build fetches.
  bundle: { file: STANDALONE, gzip: gzipOf(STANDALONE) },
  // The loader's entry and each of its chunks (gzip -9): a page fetches the entry, the core and the
  // chunks it uses.
  loader: Object.fromEntries(
    [
      'withdrawal-widgets.js',
      ...readdirSync('dist/chunks')
        .filter((f) => f.endsWith('.js'))
        .map((f) => `chunks/${f}`),
    ]
      .sort()
      .map((f) => [f, gzipOf(`dist/${f}`)]),
  ),
  rates: {},
  audit: {},
  scaling: {},
  countdown: {},
};

try {
  for (const rate of settings.rates) {
    log(`pages at CPU ${rate}×`);
    const { samples, timedOut } = await rounds(
      Object.entries(PAGES),
      rate,
      settings.runs,
      settings.warmup,
      settings.timeoutMs * Math.min(rate, 2),
    );
    const pages = Object.fromEntries(Object.keys(PAGES).map((id) => [id, figures(samples[id], timedOut[id])]));
    results.rates[rate] = { runs: settings.runs, warmup: settings.warmup, pages };
  }
  log('audits (axe, keyboard)');
  for (const id of AUDITED) {
    const path = PAGES[id];
    try {
      const began = Date.now();
      results.audit[id] = await audit(browser, base + path, {
        maxStops: settings.maxStops,
        timeoutMs: settings.timeoutMs,
      });
      if (flag('--verbose'))
        log(
          `  audit ${id}: ${results.audit[id].stops.count} stops, ${results.audit[id].axe} axe (took ${Date.now() - began} ms)`,
        );
    } catch (err) {
      log(`  audit ${id}: ${err.message}`);
    }
  }
  // A side that timed out at some size is not tried at bigger sizes, nor at slower CPU rates.
  const gaveUp = {};
  for (const rate of settings.rates) {
    results.scaling[rate] = {};
    for (const [widget, urls] of Object.entries(SCALING)) {
      results.scaling[rate][widget] = {};
      const series = widget === 'timeline' ? settings.timelineSizes : settings.mapSizes;
      for (const n of series) {
        log(`scaling: ${widget} at ${n} (CPU ${rate}×)`);
        const [ours, theirs] = urls(n);
        const skipped = (side) => gaveUp[`${widget}/${side}`] != null && n >= gaveUp[`${widget}/${side}`].n;
        const entries = [
          ['ours', ours],
          ['theirs', theirs],
        ].filter(([side]) => !skipped(side));
        // The first size of a series warms the code up for the rest.
        const warmup = n === series[0] ? settings.warmup : 0;
        const timeoutMs = settings.timeoutMs * Math.min(rate, 2);
        const { samples, timedOut } = await rounds(entries, rate, settings.scalingRuns, warmup, timeoutMs);
        const pair = {};
        for (const side of ['ours', 'theirs']) {
          const key = `${widget}/${side}`;
          if (skipped(side))
            pair[side] = {
              timedOut: gaveUp[key].ms,
              skipped: `not ready within ${gaveUp[key].ms / 1000} s at ${gaveUp[key].n} (CPU ${gaveUp[key].rate}×)`,
            };
          else pair[side] = figures(samples[side], timedOut[side]);
          if (timedOut[side] && !skipped(side)) gaveUp[key] = { n, rate, ms: timedOut[side] };
        }
        results.scaling[rate][widget][n] = pair;
      }
    }
  }
  for (const rate of settings.rates) {
    log(`countdown idle over ${settings.idleSeconds} s (CPU ${rate}×)`);
    // The empty host page idles beside them: its figure is the floor the countdown's own cost sits on.
    const modes = {
      visible: [PAGES.countdown, 'visible'],
      hidden: [PAGES.countdown, 'hidden'],
      offscreen: [`${PAGES.countdown}&offscreen=1`, 'offscreen'],
      empty: [PAGES.empty, 'visible'],
    };
    const samples = Object.fromEntries(Object.keys(modes).map((m) => [m, []]));
    for (let run = 0; run < settings.idleRuns; run++) {
      // The modes run side by side, each in its own page, so their windows overlap in time.
      const got = await Promise.all(
        Object.values(modes).map(([path, mode]) =>
          idle(browser, base + path, mode, { rate, seconds: settings.idleSeconds, timeoutMs: settings.timeoutMs }),
        ),
      );
      Object.keys(modes).forEach((mode, i) => samples[mode].push(got[i]));
    }
    results.countdown[rate] = Object.fromEntries(
      Object.entries(samples).map(([mode, list]) => [
        mode,
        Object.fromEntries(['task', 'script', 'layout'].map((m) => [m, summary(list.map((s) => s[m]))])),
      ]),
    );
  }
} finally {
  await browser.close();
  server.close();
}

results.seconds = Math.round((Date.now() - started) / 1000);
results.load.end = loadavg()[0];
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/results.json`, JSON.stringify(results, null, 2) + '\n');
writeFileSync(`${outDir}/report.md`, markdown(results));
console.log(tables(results));
log(`\nwrote ${outDir}/results.json and ${outDir}/report.md in ${results.seconds} s`);
