import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { untilState } from '../helpers/test-widget.js';
import type { WithdrawalTimeline } from '../../src/timeline/define.js';
import { all, storyJson } from './helpers.js';

const many = (n: number) =>
  storyJson(
    Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(1990, 0, 1) + Math.floor((i / n) * 30 * 365 * 864e5)).toISOString().slice(0, 10),
    })),
  );

async function mountMany(n: number) {
  const wrap = await fixture(
    html`<div>
      <withdrawal-data now="2026-01-01T00:00:00Z"
        ><script type="application/json">
          ${many(n)}
        </script>
        <withdrawal-timeline></withdrawal-timeline
      ></withdrawal-data>
    </div>`,
  );
  const el = wrap.querySelector('withdrawal-timeline') as WithdrawalTimeline;
  await untilState(el, 'ready', 15000);
  return { el, wrap };
}

const count = (el: Element) => all(el, '[part~="event"]').length;

async function until(check: () => boolean, ms = 15000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<withdrawal-timeline> with many events', () => {
  it('renders the first events at once and the rest in chunks, in order', async () => {
    const { el } = await mountMany(1000);
    await el.updateComplete;
    expect(count(el)).to.be.greaterThan(0).and.lessThan(1000);
    await until(() => count(el) === 1000);
    const ids = all(el, '[part~="event"]').map((e) => e.dataset['id']);
    expect(ids[0]).to.equal('e0');
    expect(ids[999]).to.equal('e999');
  });

  it('reaches the last event with End before every chunk is in', async () => {
    const { el } = await mountMany(1000);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.pick')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement?.parentElement as HTMLElement;
    expect(focused.dataset['id']).to.equal('e999');
  });

  it('stops rendering chunks once removed from the page', async () => {
    const { el, wrap } = await mountMany(3000);
    await el.updateComplete;
    wrap.remove();
    const before = count(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(count(el)).to.equal(before);
    expect(before).to.be.lessThan(3000);
  });
});
