// Builds the static Storybook and visits every story in Chromium: no console error, no page error,
// no failed play function, and no widget in :state(error) unless the story means to show one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const OUT = resolve('storybook-static');
const WIDGETS = ['withdrawal-timeline', 'base-map', 'milestone-countdown'];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
// Network failures a story shows on purpose (a story or basemap URL that is not there); the browser
// logs them as console errors.
const EXPECTED_NETWORK = /^Failed to load resource: the server responded with a status of 404 .*\/story-data\/no-such-/;
// Terminal phases of a Storybook story render (render, play and afterEach hooks done).
const DONE = ['finished', 'completed', 'errored', 'aborted'];

let server;
let browser;
let base;

function serve(root) {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(root, path === '/' ? '/index.html' : path));
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not found');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => s.listen(0, '127.0.0.1', () => ok(s)));
}

before(async () => {
  // REUSE_STORYBOOK=1 skips the build when storybook-static is already fresh (while editing stories).
  if (!process.env.REUSE_STORYBOOK)
    execFileSync('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', OUT], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
  server = await serve(OUT);
  base = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChromium();
  assert.ok(executablePath, 'Chromium is installed (scripts/ensure-chromium.mjs)');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Waits for the story's render and play to finish, then for the widgets to settle. */
async function visit(page, entry) {
  // axe runs in the browser suite for every widget state; here it would only triple the time.
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=story&globals=a11y.manual:!true`);
  const phase = await page.waitForFunction(
    (done) => {
      const renders = window.__STORYBOOK_PREVIEW__?.storyRenders ?? [];
      const over = renders.length > 0 && renders.every((r) => done.includes(r.phase));
      return over && renders.map((r) => r.phase).join();
    },
    DONE,
    { timeout: 30_000 },
  );
  const wantError = entry.tags.includes('error-state');
  const wantLoading = entry.tags.includes('loading-state');
  await page
    .waitForFunction(
      ({ tags, wantError, wantLoading }) => {
        const widgets = [...document.querySelectorAll(tags.join(','))];
        const state = (w) => ['loading', 'ready', 'error'].find((s) => w.matches(`:state(${s})`));
        if (wantLoading) return true;
        if (wantError) return widgets.length > 0 && widgets.every((w) => state(w) === 'error');
        return widgets.every((w) => state(w) !== 'loading');
      },
      { tags: WIDGETS, wantError, wantLoading },
      { timeout: 15_000 },
    )
    .catch(() => {});
  const states = await page.evaluate((tags) => {
    return [...document.querySelectorAll(tags.join(','))].map((w) => ({
      tag: w.localName,
      state: ['loading', 'ready', 'error'].find((s) => w.matches(`:state(${s})`)) ?? 'none',
      alert: w.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim().slice(0, 120) ?? '',
    }));
  }, WIDGETS);
  const errorDisplay = await page.evaluate(
    () =>
      document.body.classList.contains('sb-show-errordisplay') &&
      document.querySelector('#error-message')?.textContent?.slice(0, 300),
  );
  return { phase: await phase.jsonValue(), states, errorDisplay };
}

test('every story renders in Chromium without errors', async () => {
  const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  assert.ok(stories.length >= 40, `${stories.length} stories`);
  for (const tag of WIDGETS)
    assert.ok(
      stories.some((s) => s.id.includes(tag)),
      `stories for <${tag}>`,
    );

  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  let messages = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') messages.push(`${msg.text()} ${msg.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (err) => messages.push(`page error: ${err.message}`));

  const failures = [];
  for (const entry of stories) {
    messages = [];
    const started = Date.now();
    const { phase, states, errorDisplay } = await visit(page, entry);
    const problems = [];
    const wantError = entry.tags.includes('error-state');
    const allowed = wantError || entry.tags.includes('basemap-error') ? EXPECTED_NETWORK : null;
    problems.push(...messages.filter((m) => !(allowed && allowed.test(m))).map((m) => m.slice(0, 300)));
    if (phase.includes('errored'))
      problems.push(
        `the story's render or play function failed: ${String(errorDisplay || phase)
          .split('Ignored nodes')[0]
          .trim()}`,
      );
    if (states.length === 0) problems.push('no widget on the page');
    for (const s of states) if (s.state === 'none') problems.push(`<${s.tag}> is not defined or has no state`);
    for (const s of states) {
      if (wantError && s.state !== 'error') problems.push(`<${s.tag}> is ${s.state}, the story shows an error`);
      if (wantError && s.state === 'error' && !s.alert) problems.push(`<${s.tag}> has no role="alert" message`);
      if (!wantError && s.state === 'error') problems.push(`<${s.tag}> is in :state(error): ${s.alert}`);
      if (entry.tags.includes('loading-state') && s.state !== 'loading')
        problems.push(`<${s.tag}> is ${s.state}, the story shows loading`);
    }
    if (process.env.DEBUG_STORYBOOK) console.log(`${entry.id} ${Date.now() - started} ms ${phase}`);
    if (problems.length) {
      failures.push(entry.id);
      console.log(`${entry.id}:\n    ${problems.join('\n    ')}`);
    }
  }
  await page.close();
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${stories.length} stories failed (details above): ${failures.join(', ')}`,
  );
});
