// No layout shift: the main demo's cumulative layout shift, measured by Chromium's Layout
// Instability API from the first byte until every widget is ready and settled, is 0 on a wide
// and a narrow screen; and the content written inside the tags reaches readers without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, RECORDERS, allReady, watchErrors } from '../embed/browser.mjs';

let env;
before(async () => {
  env = await openBrowser();
});
after(async () => {
  await env?.close();
});

for (const viewport of [
  { width: 1280, height: 3200 },
  { width: 390, height: 4000 },
]) {
  test(`the main demo's CLS is 0 at ${viewport.width}×${viewport.height}`, { timeout: 90000 }, async () => {
    // A tall window puts every widget in view, so any shift of any of them would count.
    const context = await env.browser.newContext({ viewport });
    try {
      await context.addInitScript(RECORDERS);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${env.base}/`, { waitUntil: 'load' });
      assert.equal(await allReady(page), 3);
      await page.waitForTimeout(1500);
      const supported = await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'));
      assert.ok(supported, 'this Chromium reports layout shifts');
      const cls = await page.evaluate(() => window.__cls);
      console.log(`CLS at ${viewport.width}px: ${cls}`);
      assert.equal(cls, 0, await page.evaluate(() => window.__shifts.join('\n')));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('a layout shift is measured when there is one (a test of the test)', { timeout: 60000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 3200 } });
  try {
    await context.addInitScript(RECORDERS);
    const page = await context.newPage();
    await page.goto(`${env.base}/`, { waitUntil: 'load' });
    await allReady(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A late paragraph pushes everything down.';
      p.className = 'late';
      document.querySelector('article')?.prepend(p);
    });
    // Layout shifts are reported after the next frames: wait for the report, not a fixed time.
    await page.waitForFunction(() => window.__cls > 0, null, { timeout: 10000 });
    assert.ok((await page.evaluate(() => window.__cls)) > 0);
  } finally {
    await context.close();
  }
});

test(
  "without JavaScript the author's content inside the tags shows, in the reserved space",
  { timeout: 60000 },
  async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 3200 } });
    try {
      const page = await context.newPage();
      await page.goto(`${env.base}/`);
      assert.ok(await page.locator('withdrawal-timeline li time').first().isVisible(), "the timeline's <ol> of events");
      assert.match(await page.locator('milestone-countdown').innerText(), /September 2026/);
      const boxes = await page.evaluate(() =>
        ['withdrawal-timeline', 'base-map', 'milestone-countdown'].map(
          (t) => document.querySelector(t).getBoundingClientRect().height,
        ),
      );
      for (const h of boxes) assert.ok(h > 100, `reserved height ${h}px`);
    } finally {
      await context.close();
    }
  },
);
