// The benchmark harness runs end to end (`--quick`: one pass, CPU 1× only, smallest sizes) and writes
// well-formed results with every row. Times are never asserted: this machine is too noisy for that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('node scripts/bench/run.mjs --quick writes results.json and report.md with every row', { timeout: 600000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'bench-'));
  const printed = execFileSync('node', ['scripts/bench/run.mjs', '--quick', '--no-build', '--out', out], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  assert.equal(results.settings.quick, true);
  assert.ok(results.bundle.gzip > 0);

  const pages = results.rates['1'].pages;
  const preloaded = ['countdown-preload', 'timeline-preload', 'map-preload', 'all-preload'];
  const audited = ['empty', 'timeline', 'timelinejs', 'map', 'leaflet', 'countdown', 'countdown-standalone', 'all'];
  for (const id of [...audited, ...preloaded]) {
    const p = pages[id];
    assert.ok(p, `a figure for the ${id} page`);
    for (const m of ['ready', 'task', 'script', 'layout', 'cls', 'heap']) {
      assert.equal(typeof p[m]?.median, 'number', `${id}: ${m} is measured`);
      assert.ok(p[m].min <= p[m].median && p[m].median <= p[m].max, `${id}: ${m} min ≤ median ≤ max`);
    }
    assert.equal(typeof p.shipped, 'number', `${id}: bytes shipped`);
    // Shipped is what the page requested: the scripts, style sheets and data among its files.
    const counted = p.bytes.files.filter((f) => ['script', 'stylesheet', 'fetch', 'xhr'].includes(f.type));
    assert.equal(
      p.shipped,
      counted.reduce((sum, f) => sum + f.gzip, 0),
      `${id}: shipped is the sum of its files`,
    );
  }
  for (const id of audited) {
    assert.equal(typeof results.audit[id]?.axe, 'number', `${id}: axe ran`);
    assert.equal(typeof results.audit[id]?.stops?.count, 'number', `${id}: keyboard stops counted`);
  }
  // Each compared page loads its own library: the bytes say so.
  assert.ok(pages.timelinejs.bytes.files.some((f) => f.path.endsWith('timeline.js')));
  assert.ok(pages.leaflet.bytes.files.some((f) => f.path.endsWith('leaflet.js')));
  assert.equal(pages.empty.shipped, 0);
  // Our pages fetch the loader's entry, the core and the views they use, and nothing else of ours; the
  // standalone page fetches the single file alone.
  const ours = (id) =>
    pages[id].bytes.files
      .map((f) => f.path)
      .filter((path) => path.startsWith('/dist/'))
      .sort();
  assert.deepEqual(ours('countdown'), [
    '/dist/chunks/core.js',
    '/dist/chunks/countdown-view.js',
    '/dist/chunks/store-built-in-story.js',
    '/dist/withdrawal-widgets.js',
  ]);
  assert.ok(ours('timeline').includes('/dist/chunks/timeline-view.js'));
  assert.ok(!ours('timeline').includes('/dist/chunks/map-view.js'));
  assert.ok(ours('map').includes('/dist/chunks/map-basemap.js'));
  assert.deepEqual(ours('countdown-standalone'), ['/dist/withdrawal-widgets.standalone.js']);
  assert.equal(pages['countdown-standalone'].shipped, results.bundle.gzip);
  assert.ok(pages.countdown.shipped < pages['countdown-standalone'].shipped, 'the loader ships less for a countdown');
  // Preload hints change when the chunks are fetched, not which.
  for (const id of preloaded) assert.deepEqual(ours(id), ours(id.replace('-preload', '')), `${id}: the same files`);

  for (const [widget, n] of [
    ['timeline', '10'],
    ['map', '10'],
  ]) {
    for (const side of ['ours', 'theirs']) {
      assert.equal(
        typeof results.scaling['1'][widget][n][side]?.ready?.median,
        'number',
        `scaling ${widget} ${n} ${side}`,
      );
    }
  }
  for (const mode of ['visible', 'hidden', 'offscreen']) {
    assert.equal(typeof results.countdown['1'][mode]?.task?.median, 'number', `countdown ${mode}`);
  }

  const report = readFileSync(join(out, 'report.md'), 'utf8');
  for (const heading of ['CPU 1×', 'Goals', 'With and without preload hints', 'Scaling', 'Countdown idle', 'Targets'])
    assert.match(report, new RegExp(`#### ${heading}`));
  assert.doesNotMatch(report, /carries all three widgets/);
  assert.match(printed, /ours \/ theirs/);
  assert.match(printed, /loader \/ standalone/);
  assert.match(printed, /Countdown own ready \/ the standalone file's \| 0\.50× \| \d/);
  assert.match(printed, /TimelineJS 3\.9\.11/);
  assert.match(printed, /Leaflet 1\.9\.4/);
});
