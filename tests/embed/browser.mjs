// Shared by the Node tests that drive Chromium over the demo pages: the project's own server on a
// free port, and Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const WIDGETS = 'withdrawal-timeline, base-map, milestone-countdown';

export async function openBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Records, in every frame, CSP violations and layout shifts from the very first byte. */
export const RECORDERS = () => {
  const w = window;
  w.__violations = [];
  w.__cls = 0;
  w.__shifts = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push(
      `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
    ),
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        // Which boxes moved, for the failure message.
        for (const s of entry.sources ?? []) {
          const n = s.node;
          const name = n
            ? n.nodeType === 1
              ? `<${n.localName}${n.className ? ` class="${n.className}"` : ''}>`
              : `#text "${String(n.textContent).slice(0, 30)}"`
            : '?';
          w.__shifts.push(
            `${Math.round(entry.startTime)}ms ${name} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Layout Instability API: CLS stays 0 and the CLS test says which browser lacked it.
  }
};

/** Errors a page reports: uncaught exceptions and console errors (failed loads included). */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  return errors;
}

/** Waits until every widget in every frame of the page is :state(ready); returns how many there are. */
export async function allReady(page, timeout = 30000) {
  const start = Date.now();
  for (;;) {
    let total = 0;
    let ready = 0;
    for (const frame of page.frames()) {
      const counts = await frame
        .evaluate((sel) => {
          const els = [...document.querySelectorAll(sel)];
          return [els.length, els.filter((el) => el.matches(':state(ready)')).length];
        }, WIDGETS)
        .catch(() => [0, 0]);
      total += counts[0];
      ready += counts[1];
    }
    if (total > 0 && total === ready) return total;
    if (Date.now() - start > timeout) {
      const states = await page.evaluate(
        (sel) =>
          [...document.querySelectorAll(sel)].map(
            (el) =>
              `${el.localName}: ${['loading', 'ready', 'error'].find((s) => el.matches(`:state(${s})`)) ?? 'undefined'}`,
          ),
        WIDGETS,
      );
      throw new Error(`${page.url()}: ${ready}/${total} widgets ready: ${states.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** In every frame: elements inside shadow roots that carry a style attribute. */
export async function inlineStyles(page) {
  const found = [];
  for (const frame of page.frames()) {
    const list = await frame.evaluate(() => {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (root instanceof ShadowRoot && el.hasAttribute('style'))
            out.push(`<${el.localName} style="${el.getAttribute('style')}"> in <${root.host.localName}>`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
    found.push(...list);
  }
  return found;
}

export async function violations(page) {
  const all = [];
  for (const frame of page.frames())
    all.push(...(await frame.evaluate(() => window.__violations ?? []).catch(() => [])));
  return all;
}
