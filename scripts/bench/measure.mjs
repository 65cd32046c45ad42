// One measurement in the shared headless Chromium: a page load to "ready" (time, main-thread time,
// layout shift, heap, bytes), an audit (axe violations, keyboard stops), or a widget left idle.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

// Runs before any page script: polls the page's own `benchReady()` test (every 4 ms, the same for every
// page) and records, from navigation start, when it first holds and when the next frame is painted.
// It also sums layout shifts, counting the ones before "ready" too.
const PROBE = `(() => {
  let done;
  window.__bench = { ready: new Promise((r) => (done = r)), cls: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const tick = () => {
    let ok = false;
    try { ok = typeof window.benchReady === 'function' && Boolean(window.benchReady()); } catch {}
    if (!ok) return void setTimeout(tick, 4);
    const ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => done({ ready, painted: performance.now() }), 0));
  };
  tick();
})();`;

const gzipCache = new Map();
function gzipBytes(root, pathname) {
  if (!gzipCache.has(pathname))
    gzipCache.set(pathname, gzipSync(readFileSync(join(root, decodeURIComponent(pathname))), { level: 9 }).length);
  return gzipCache.get(pathname);
}
const KIND = { script: 'script', stylesheet: 'style', fetch: 'data', xhr: 'data', font: 'font', image: 'image' };

/**
 * Bytes the page fetched, gzip -9 of each file it requested and was served, by kind; the host document
 * itself is left out. `shipped` is the scripts, style sheets and data (JSON, GeoJSON) among them: on
 * our pages, the entry and every chunk the loader (or a preload hint) fetched.
 */
function bytesOf(root, requests) {
  const out = { script: 0, style: 0, data: 0, font: 0, image: 0, other: 0, files: [] };
  for (const r of requests) {
    if (r.type === 'document' || r.status !== 200) continue;
    const path = new URL(r.url).pathname;
    const gz = gzipBytes(root, path);
    out[KIND[r.type] ?? 'other'] += gz;
    out.files.push({ path, type: r.type, gzip: gz });
  }
  out.shipped = out.script + out.style + out.data;
  return out;
}

const metric = (list, name) => list.metrics.find((m) => m.name === name)?.value ?? 0;

/** A fresh context and page, throttled to `rate`, with only this machine's server reachable. */
async function openPage(browser, rate, init = []) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.abort(),
  );
  for (const script of [PROBE, ...init]) await context.addInitScript(script);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

async function mainThread(cdp) {
  const m = await cdp.send('Performance.getMetrics');
  return {
    task: metric(m, 'TaskDuration') * 1000,
    script: metric(m, 'ScriptDuration') * 1000,
    layout: (metric(m, 'LayoutDuration') + metric(m, 'RecalcStyleDuration')) * 1000,
  };
}

async function waitReady(page, timeoutMs) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([page.evaluate(() => window.__bench.ready), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Loads `url` once and measures it. Times in ms from navigation start; heap in bytes after a GC. */
export async function loadOnce(browser, root, url, { rate = 1, timeoutMs = 60000, settleMs = 500 } = {}) {
  const { context, page, cdp } = await openPage(browser, rate);
  // Every request that finished, as scripts/page-sizes.mjs records them, with its status.
  const requests = [];
  const blocked = [];
  page.on('requestfinished', (r) =>
    requests.push(r.response().then((res) => ({ url: r.url(), type: r.resourceType(), status: res?.status() ?? 0 }))),
  );
  // Requests to other hosts (TimelineJS's web fonts) fail here: listed, not counted.
  page.on('requestfailed', (r) => blocked.push(r.url()));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const t = await waitReady(page, timeoutMs);
    const cpu = await mainThread(cdp);
    // Shifts that come after "ready" (late fonts, images, a resize) count too.
    await page.waitForTimeout(settleMs);
    const cls = await page.evaluate(() => window.__bench.cls);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const bytes = bytesOf(root, await Promise.all(requests));
    return { ready: t.ready, painted: t.painted, ...cpu, cls, heap, bytes, blocked };
  } finally {
    await context.close();
  }
}

/** axe-core's violations and the number of keyboard stops (Tab until focus comes round again). */
export async function audit(browser, url, { maxStops = 200, timeoutMs = 60000 } = {}) {
  const { context, page } = await openPage(browser, 1);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitReady(page, timeoutMs);
    await page.waitForTimeout(300);
    const stops = await keyboardStops(page, maxStops);
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    return { violations, axe: violations.reduce((n, v) => n + v.nodes, 0), stops };
  } finally {
    await context.close();
  }
}

// Records every element that takes focus (the deepest one, through shadow roots) in the order it does.
const FOCUS_LOG = () => {
  window.__benchFocus = [];
  let next = 0;
  document.addEventListener(
    'focusin',
    () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      if (a && !a.__benchStop) a.__benchStop = ++next;
      window.__benchFocus.push(a?.__benchStop ?? 0);
    },
    true,
  );
};

/** Presses Tab, in batches to spare round trips, until focus comes back to a stop it has visited. */
async function keyboardStops(page, maxStops) {
  await page.evaluate(FOCUS_LOG);
  const batch = 10;
  for (let pressed = 0; pressed < maxStops + batch;) {
    for (let i = 0; i < batch; i++, pressed++) await page.keyboard.press('Tab');
    const log = await page.evaluate(() => window.__benchFocus);
    const seen = new Set();
    for (const id of log) {
      if (seen.has(id)) return { count: seen.size, bounded: false };
      seen.add(id);
    }
    if (seen.size >= maxStops) return { count: seen.size, bounded: true };
    // Nothing focusable: Tab leaves the page for the browser's own controls and never comes back.
    if (!log.length && pressed >= 2 * batch) return { count: 0, bounded: false };
  }
  return { count: new Set(await page.evaluate(() => window.__benchFocus)).size, bounded: true };
}

// Makes the page hidden as a background tab is: visibilityState "hidden", `hidden` true and the
// visibilitychange event, set once the page is ready.
const HIDE = `window.__benchHide = () => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  document.dispatchEvent(new Event('visibilitychange'));
};`;

/** Main-thread time a ready page spends over `seconds`, visible, hidden or scrolled out of view. */
export async function idle(browser, url, mode, { rate = 1, seconds = 10, timeoutMs = 60000 } = {}) {
  const { context, page, cdp } = await openPage(browser, rate, [HIDE]);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitReady(page, timeoutMs);
    if (mode === 'hidden') {
      await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
      await page.evaluate(() => window.__benchHide());
    }
    if (mode === 'offscreen') await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Let the change take effect (observers fire on the next frame) before the window opens.
    await page.waitForTimeout(300);
    const before = await mainThread(cdp);
    await page.waitForTimeout(seconds * 1000);
    const after = await mainThread(cdp);
    return {
      task: (after.task - before.task) / seconds,
      script: (after.script - before.script) / seconds,
      layout: (after.layout - before.layout) / seconds,
    };
  } finally {
    await context.close();
  }
}
