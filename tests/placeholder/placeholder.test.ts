import { expect, oneEvent } from '@open-wc/testing';
import '../helpers/test-widget.js';
import { untilState } from '../helpers/test-widget.js';
import type { WithdrawalSelectDetail } from '../../src/base/events.js';

// A placeholder written into the page before the library loads, as a CMS page would have it.
const early = document.createElement('div');
early.innerHTML = '<div data-withdrawal-widget="countdown" data-now="2026-01-01T00:00:00Z" class="early"></div>';
document.body.append(early);

const inline = (title: string) =>
  JSON.stringify({
    meta: { title, timeZone: 'UTC', languages: ['en'] },
    sources: [],
    places: [],
    events: [
      { id: 'one', date: '2024', title: `${title} one`, category: 'x', sources: [], provenance: 'official' },
      { id: 'two', date: '2025', title: `${title} two`, category: 'x', sources: [], provenance: 'official' },
    ],
  });

const containers: HTMLElement[] = [];
/** Put CMS output into the page, as the CMS would serve it. */
function mount(markup: string): HTMLElement {
  const c = document.createElement('section');
  c.innerHTML = markup;
  document.body.append(c);
  containers.push(c);
  return c;
}

async function find<T extends Element = Element>(root: ParentNode, selector: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const el = root.querySelector<T>(selector);
    if (el) return el;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${selector} never appeared`);
}

const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent!;

describe('placeholders (the markup-free embed form)', () => {
  before(async () => {
    await import('../../src/index.js');
    await import('../../src/placeholder/define.js');
  });
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  it('upgrades a placeholder that was in the page before the library loaded', async () => {
    const el = await find(early, 'milestone-countdown');
    expect(early.querySelector('[data-withdrawal-widget]')).to.equal(null);
    expect(el.className).to.equal('early');
    expect(el.getAttribute('now')).to.equal('2026-01-01T00:00:00Z');
    await untilState(el, 'ready');
  });

  it('upgrades a placeholder added later into the element, copying its settings', async () => {
    const c = mount(
      '<div data-withdrawal-widget="timeline" data-src="/__fixture/story/small" data-lang="ar" data-theme="light" data-selected="e2" data-deep-link="" class="wide" id="tl" aria-label="Timeline">Timeline (needs JavaScript)</div>',
    );
    const el = await find(c, 'withdrawal-timeline');
    expect(el.parentElement!.getAttribute('src')).to.equal('/__fixture/story/small');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('theme')).to.equal('light');
    expect(el.getAttribute('selected')).to.equal('e2');
    expect(el.hasAttribute('deep-link')).to.equal(true);
    expect(el.id).to.equal('tl');
    expect(el.className).to.equal('wide');
    expect(el.getAttribute('aria-label')).to.equal('Timeline');
    expect(el.textContent).to.equal('');
    expect(el.hasAttribute('data-withdrawal-widget')).to.equal(false);
    await untilState(el, 'ready');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    // The selection it was given is the selection it shows.
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.getAttribute('selected')).to.equal('e2');
    expect(el.shadowRoot!.querySelectorAll('[part~="selected"]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('turns each kind into its element', async () => {
    const c = mount(
      ['data', 'timeline', 'map', 'countdown'].map((k) => `<div data-withdrawal-widget="${k}"></div>`).join(''),
    );
    await find(c, 'milestone-countdown');
    expect([...c.children].map((e) => e.localName)).to.deep.equal([
      'withdrawal-data',
      'withdrawal-timeline',
      'base-map',
      'milestone-countdown',
    ]);
  });

  it('binds a widget placeholder to a data placeholder elsewhere on the page by data-source', async () => {
    const c = mount(`<div data-withdrawal-widget="map" data-source="ph-story"></div>
      <p>Article text.</p>
      <div data-withdrawal-widget="data" data-id="ph-story" data-src="/__fixture/status/404"></div>`);
    const map = await find(c, 'base-map');
    expect(map.getAttribute('source')).to.equal('ph-story');
    expect(c.querySelector('withdrawal-data')!.id).to.equal('ph-story');
    await untilState(map, 'error');
    expect(alertText(map)).to.contain('/__fixture/status/404');
  });

  it('gives a widget with its own data-src its own provider', async () => {
    const c = mount(
      '<div data-withdrawal-widget="timeline" data-src="/__fixture/status/500" data-now="2026-01-01T00:00:00Z"></div>',
    );
    const el = await find(c, 'withdrawal-timeline');
    const provider = el.parentElement!;
    expect(provider.localName).to.equal('withdrawal-data');
    expect(provider.getAttribute('src')).to.equal('/__fixture/status/500');
    expect(provider.getAttribute('now')).to.equal('2026-01-01T00:00:00Z');
    await untilState(el, 'error');
    expect(alertText(el)).to.contain('/__fixture/status/500');
  });

  it('loads a story URL through the placeholder and reaches :state(ready)', async () => {
    const c = mount(
      '<div data-withdrawal-widget="data" data-src="/__fixture/story/small"><test-widget></test-widget></div>',
    );
    const w = await find(c, 'withdrawal-data > test-widget');
    await untilState(w, 'ready');
    expect(heading(w)).to.equal('Sample data: a small test story');
  });

  it('keeps the shared selection: widgets inside a data placeholder select together', async () => {
    const c = mount(`<div data-withdrawal-widget="data">
      <pre data-withdrawal-story>${inline('Placed')}</pre>
      <test-widget class="a"></test-widget><test-widget class="b"></test-widget>
    </div>`);
    const a = await find(c, 'withdrawal-data > test-widget.a');
    const b = c.querySelector('test-widget.b')!;
    await untilState(b, 'ready');
    expect(heading(b)).to.equal('Placed');
    expect(c.querySelector('pre')).to.equal(null);
    const picked = oneEvent(c, 'withdrawal-select');
    a.shadowRoot!.querySelector<HTMLButtonElement>('li[data-id="two"] button')!.click();
    expect(((await picked) as CustomEvent<WithdrawalSelectDetail>).detail.eventId).to.equal('two');
    await (b as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(b.shadowRoot!.querySelector('li[data-selected]')!.getAttribute('data-id')).to.equal('two');
  });

  it('clears what automatic paragraphs leave around and inside placeholders', async () => {
    // What WordPress's wpautop makes of a shortcode or a hand-written placeholder on its own line.
    const c = mount(`<p>Before.</p><p></p><div data-withdrawal-widget="data" data-id="autop"><br>
      <p></p><div data-withdrawal-widget="countdown" data-now="2026-01-01T00:00:00Z"></div><br />
      <p><br></p></div><p> </p><p>After.</p>`);
    const countdown = await find(c, 'milestone-countdown');
    await untilState(countdown, 'ready');
    const provider = c.querySelector('withdrawal-data')!;
    expect([...provider.children].map((e) => e.localName)).to.deep.equal(['milestone-countdown']);
    expect([...c.children].map((e) => e.localName)).to.deep.equal(['p', 'withdrawal-data', 'p']);
    expect(c.textContent!.replace(/\s+/g, '')).to.equal('Before.After.');
  });

  it('copies no event handler, style or unknown attribute', async () => {
    const c = mount(
      '<div data-withdrawal-widget="timeline" data-onclick="alert(1)" onclick="alert(2)" style="color: red" data-foo="x"></div>',
    );
    const el = await find(c, 'withdrawal-timeline');
    for (const name of ['onclick', 'style', 'foo', 'data-foo', 'data-onclick'])
      expect(el.hasAttribute(name), name).to.equal(false);
    await untilState(el, 'ready');
  });

  it('leaves a placeholder of an unknown kind alone', async () => {
    const c = mount('<div data-withdrawal-widget="chart">Chart</div><div data-withdrawal-widget="map"></div>');
    await find(c, 'base-map');
    expect(c.querySelector('[data-withdrawal-widget="chart"]')!.textContent).to.equal('Chart');
  });
});
