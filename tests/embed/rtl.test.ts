import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { untilState } from '../helpers/test-widget.js';
import '../../src/index.js';

// Right-to-left host pages: every widget lays out right to left in Arabic and Central Kurdish, and
// the timeline's inline arrow keys mirror (ArrowLeft moves to the next event, as a reader expects).
const TAGS = ['withdrawal-timeline', 'base-map', 'milestone-countdown'] as const;

async function page(lang: string, dir: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${dir}>
      <withdrawal-data now="2026-01-01T00:00:00Z">
        <milestone-countdown></milestone-countdown><base-map></base-map><withdrawal-timeline></withdrawal-timeline>
      </withdrawal-data>
    </div>`,
  );
  for (const t of TAGS) await untilState(el.querySelector(t)!, 'ready');
  return el;
}

/** The event holding keyboard focus inside the timeline. */
function focusedEvent(tl: Element): Element | null {
  const active = tl.shadowRoot!.activeElement;
  return active?.closest('[part~="event"]') ?? null;
}

for (const [lang, dir] of [
  ['ar', 'rtl'],
  ['ckb', 'rtl'],
  ['en', 'ltr'],
] as const) {
  describe(`widgets in a lang="${lang}" page`, () => {
    it(`lay out ${dir}`, async () => {
      const el = await page(lang, dir);
      for (const t of TAGS) {
        const base = el.querySelector(t)!.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).direction, t).to.equal(dir);
        expect(base.getAttribute('lang'), t).to.equal(lang);
      }
      if (lang !== 'en') {
        const text = el.querySelector('withdrawal-timeline')!.shadowRoot!.textContent ?? '';
        expect(text, 'interface text in Arabic script').to.match(/[\u0600-\u06FF]/);
      }
    });

    it(`moves to the next event with ${dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'}`, async () => {
      const el = await page(lang, dir);
      const tl = el.querySelector('withdrawal-timeline')!;
      const events = [...tl.shadowRoot!.querySelectorAll('[part~="event"]')];
      expect(events.length).to.be.greaterThan(2);
      const first = tl.shadowRoot!.querySelector<HTMLElement>(
        '[part~="event"] [tabindex="0"], [part~="event"][tabindex="0"]',
      )!;
      first.focus();
      const start = focusedEvent(tl)!;
      const at = events.indexOf(start);
      await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
      expect(events.indexOf(focusedEvent(tl)!), 'next').to.equal(at + 1);
      await sendKeys({ press: dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft' });
      expect(events.indexOf(focusedEvent(tl)!), 'back').to.equal(at);
    });
  });
}
