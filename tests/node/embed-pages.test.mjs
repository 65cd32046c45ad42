// Every demo page loads in Chromium with zero page errors, zero console errors and zero Content
// Security Policy violations, every widget on it (iframes included) reaches :state(ready), and no
// element inside a widget carries an inline style attribute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { openBrowser, RECORDERS, allReady, inlineStyles, violations, watchErrors } from '../embed/browser.mjs';

const pages = readdirSync('demo')
  .filter((f) => f.endsWith('.html'))
  .sort();
let env;
before(async () => {
  env = await openBrowser();
});
after(async () => {
  await env?.close();
});

test('the demo has the main article and one page per embedding pattern', () => {
  for (const p of [
    'index.html',
    'script-tags.html',
    'no-provider.html',
    'custom-src.html',
    'ar.html',
    'ckb.html',
    'dark.html',
    'csp.html',
    'csp-trusted-types.html',
    'iframe.html',
    'pages.html',
  ]) {
    assert.ok(pages.includes(p), `demo/${p}`);
  }
});

for (const name of pages) {
  test(
    `demo/${name}: no error, no CSP violation, every widget ready, no inline style`,
    { timeout: 90000 },
    async () => {
      const context = await env.browser.newContext({ viewport: { width: 1200, height: 2400 } });
      try {
        await context.addInitScript(RECORDERS);
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${env.base}/demo/${name}`, { waitUntil: 'load' });
        if (name !== 'pages.html') {
          const count = await allReady(page);
          assert.ok(count >= 2, `${count} widgets`);
        }
        // Let late work (tick timers, resize messages, lazy frames) happen before judging the page.
        await page.waitForTimeout(500);
        assert.deepEqual(await violations(page), [], 'CSP violations');
        assert.deepEqual(errors, [], 'page and console errors');
        assert.deepEqual(await inlineStyles(page), [], 'style attributes inside shadow roots');
      } finally {
        await context.close();
      }
    },
  );
}

test('the CSP pages really enforce their policy (a test of the test)', { timeout: 60000 }, async () => {
  const context = await env.browser.newContext();
  try {
    await context.addInitScript(RECORDERS);
    const page = await context.newPage();
    watchErrors(page);
    await page.goto(`${env.base}/demo/csp-trusted-types.html`);
    await allReady(page);
    const blocked = await page.evaluate(() => {
      const el = document.createElement('div');
      el.setAttribute('style', 'color: red');
      document.body.append(el);
      let tt = false;
      try {
        el.innerHTML = '<b>x</b>';
      } catch {
        tt = true;
      }
      return { style: getComputedStyle(el).color !== 'rgb(255, 0, 0)', tt };
    });
    assert.deepEqual(blocked, { style: true, tt: true });
    await page.waitForTimeout(100);
    assert.ok((await violations(page)).length >= 2, 'the recorder sees violations when there are some');
  } finally {
    await context.close();
  }
});
