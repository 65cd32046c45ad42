// Screenshot of the three widgets on the demo page (demo/index.html), for the README:
// docs/screenshot.png. Needs `npm run build` first. Uses Debian's Chromium through playwright-core.
// The clock is frozen (NOW, default 2026-11-25T09:00:00Z) so the picture only changes when the
// widgets or the story do.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const NOW = process.env.NOW ?? '2026-11-25T09:00:00Z';
const OUT = process.argv[2] ?? 'docs/screenshot.png';
const WIDGETS = 'withdrawal-timeline, base-map, milestone-countdown';

const executablePath = findChromium();
if (!executablePath) {
  console.error("No Chromium found: install Debian's chromium or set CHROME_PATH.");
  process.exit(1);
}
const server = await startServer(0);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.evaluate(
    (now) => document.querySelectorAll('withdrawal-data').forEach((d) => d.setAttribute('now', now)),
    NOW,
  );
  await page.waitForFunction(
    (sel) => {
      const all = [...document.querySelectorAll(sel)];
      return all.length >= 3 && all.every((w) => w.matches(':state(ready)'));
    },
    WIDGETS,
    { timeout: 60_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  // Scroll through the page so that anything drawn on first sight is drawn.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    window.scrollTo(0, 0);
  });
  // A viewport as tall as the page, so that content drawn only when on screen is drawn; then give
  // the map and the timeline their frames.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  await page.waitForTimeout(1000);
  mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
  await page.screenshot({ path: OUT, fullPage: true });
  if (errors.length) throw new Error(`the demo page had errors: ${errors.join('; ')}`);
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
