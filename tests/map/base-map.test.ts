import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/define.js';
import '../../src/map/define.js';
import type { BaseMap } from '../../src/map/define.js';
import { untilState } from '../helpers/test-widget.js';
import { centre, drawn, marker, markers, stateOf } from './helpers.js';

async function mapAt(date: string, width = 640, extra = ''): Promise<BaseMap> {
  const wrap = await fixture(
    html`<div style="width:${width}px">
      <withdrawal-data now="2026-01-01T00:00:00Z"
        ><base-map date=${date} lang=${extra || 'en'}></base-map
      ></withdrawal-data>
    </div>`,
  );
  const el = wrap.querySelector('base-map')!;
  await drawn(el);
  return el;
}

describe('<base-map>', () => {
  it('draws north up: Erbil above Baghdad, Ain al-Asad west of it', async () => {
    const el = await mapAt('2025-01-01');
    const erbil = centre(marker(el, 'erbil-air-base'));
    const baghdad = centre(marker(el, 'baghdad-airport'));
    const asad = centre(marker(el, 'ain-al-asad'));
    expect(erbil.y).to.be.lessThan(baghdad.y - 50);
    expect(asad.x).to.be.lessThan(baghdad.x - 50);
    expect(markers(el)).to.have.length(6);
  });

  it('draws the countries and names them in the reader language', async () => {
    const en = await mapAt('2025-01-01');
    const names = [...en.shadowRoot!.querySelectorAll('.country-label')].map((t) => t.textContent);
    // Syria and Jordan are only partly in view: named all the same, inside their visible part.
    expect(names).to.include.members(['Iraq', 'Syria', 'Jordan']);
    expect(en.shadowRoot!.querySelectorAll('path.country').length).to.be.greaterThan(3);
    const ar = await mapAt('2025-01-01', 640, 'ar');
    const arNames = [...ar.shadowRoot!.querySelectorAll('.country-label')].map((t) => t.textContent);
    expect(arNames).to.include('العراق');
  });

  it('writes its date and scale in Central Kurdish with Kurdish month names and Arabic-Indic digits', async () => {
    const el = await mapAt('2026-02-01', 640, 'ckb');
    expect(el.shadowRoot!.querySelector('.date')!.textContent).to.contain('١ شوبات ٢٠٢٦');
    expect(el.shadowRoot!.querySelector('.scale text')!.textContent).to.match(/^[٠-٩]+ km$/);
  });

  it('shows Ain al-Asad present before the handover and handed over after it', async () => {
    const before = await mapAt('2025-01-01');
    expect(stateOf(before, 'ain-al-asad')).to.equal('Present');
    expect(marker(before, 'ain-al-asad').classList.contains('present')).to.equal(true);
    const after = await mapAt('2026-02-01');
    expect(stateOf(after, 'ain-al-asad')).to.equal('Handed over');
    expect(marker(after, 'ain-al-asad').querySelector('.dot'), 'handed over has its own mark, not only a colour').to
      .exist;
    expect(stateOf(after, 'tower-22')).to.equal('No information');
  });

  it('changes the markers when the date changes', async () => {
    const el = await mapAt('2025-01-01');
    el.date = '2025-09-01';
    await el.updateComplete;
    expect(stateOf(el, 'ain-al-asad')).to.equal('Reduced');
    expect(marker(el, 'ain-al-asad').querySelector('.half')).to.exist;
    expect(el.shadowRoot!.querySelector('.date')!.textContent).to.contain('September 1, 2025');
  });

  it('uses the provider now when there is no date and no selection', async () => {
    const wrap = await fixture(
      html`<withdrawal-data now="2026-03-01T00:00:00Z"><base-map></base-map></withdrawal-data>`,
    );
    const el = wrap.querySelector('base-map')!;
    await drawn(el);
    expect(stateOf(el, 'al-tanf')).to.equal('Handed over');
  });

  it('lists every place and its state in a table for screen readers', async () => {
    const el = await mapAt('2026-02-01');
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')];
    expect(rows).to.have.length(6);
    const asad = rows.find((r) => r.querySelector('th')!.textContent!.includes('Ain al-Asad'))!;
    expect(asad.textContent).to.contain('Handed over');
    expect(asad.textContent, 'the handover event is listed').to.contain('Jan 17, 2026');
  });

  it('has a legend of kinds and states, an attribution, a scale bar and a locator', async () => {
    const el = await mapAt('2025-01-01');
    const legend = el.shadowRoot!.querySelector('[part~="legend"]')!.textContent!;
    for (const word of [
      'Air base',
      'Compound',
      'Present',
      'Reduced',
      'Withdrawn',
      'Handed over',
      'Planned',
      'No information',
    ])
      expect(legend).to.contain(word);
    expect(el.shadowRoot!.querySelector('.credit')!.textContent).to.contain('Natural Earth');
    expect(el.shadowRoot!.querySelector('.scale text')!.textContent).to.match(/\d+\s*km/);
    expect(el.shadowRoot!.querySelector('.locator .land')!.getAttribute('d')!.length).to.be.greaterThan(50);
  });

  it('has a scale bar that measures the map: Erbil to Ain al-Asad is about 300 km', async () => {
    const el = await mapAt('2025-01-01');
    // The bar's drawn width, in the SVG's own units (those of the marker transforms below).
    const barPx = (el.shadowRoot!.querySelector('.scale path') as SVGPathElement).getBBox().width;
    const barKm = Number(el.shadowRoot!.querySelector('.scale text')!.textContent!.replace(/[^\d]/g, ''));
    // Marker centres in the SVG's own units (the same as the scale bar's): from their transforms.
    const at = (id: string) =>
      marker(el, id)
        .getAttribute('transform')!
        .match(/translate\(([\d.]+) ([\d.]+)\)/)!
        .slice(1)
        .map(Number);
    const [ex, ey] = at('erbil-air-base');
    const [ax, ay] = at('ain-al-asad');
    const km = (Math.hypot(ex! - ax!, ey! - ay!) * barKm) / barPx;
    // Great-circle distance 44.00°E 36.24°N to 42.44°E 33.79°N ≈ 308 km; Mercator stretches a
    // little across 2.5° of latitude, so allow 8%.
    expect(km).to.be.within(283, 333);
  });

  for (const width of [640, 320]) {
    it(`keeps labels clear of each other and of markers at ${width} px`, async () => {
      const el = await mapAt('2025-01-01', width);
      const labels = [...el.shadowRoot!.querySelectorAll('text.label')].map((t) => t.getBoundingClientRect());
      const marks = markers(el).map((m) => m.querySelector('.sym')!.getBoundingClientRect());
      const named = el.shadowRoot!.querySelectorAll('text.label:not(.callout)').length;
      expect(named, 'most places are named on the map').to.be.at.least(width === 640 ? 6 : 4);
      expect(labels.length, 'every place has its name or a numbered callout').to.equal(6);
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(hit(a, b), 'two labels overlap').to.equal(false);
        for (const m of marks) expect(hit(a, m), 'a label covers a marker').to.equal(false);
      }
      for (const [i, a] of marks.entries())
        for (const b of marks.slice(i + 1)) expect(hit(a, b), 'two markers overlap').to.equal(false);
    });
  }

  it('keeps a fixed aspect ratio and follows the width', async () => {
    const wrap = await fixture(html`<div style="width:600px"><base-map></base-map></div>`);
    const el = wrap.querySelector('base-map')!;
    const frame = () => el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    await drawn(el);
    expect(frame().height).to.be.closeTo(450, 2);
    (wrap as HTMLElement).style.width = '400px';
    const box = () => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    const start = performance.now();
    while (box()[2]! > 402 && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
    // Drawn at the new width (inside the 1 px frame border), still 4:3.
    expect(box()[2]).to.be.closeTo(398, 2);
    expect(box()[3]! / box()[2]!).to.be.closeTo(0.75, 0.01);
    expect(frame().height).to.be.closeTo(300, 2);
  });

  it('draws the map once, at the size of its frame, never first at another size', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('base-map');
    wrap.append(el);
    // Every viewBox the drawing has had, from before the first render.
    const viewBoxes: string[] = [];
    const observer = new MutationObserver(() => {
      const viewBox = el.shadowRoot!.querySelector('.frame > svg')?.getAttribute('viewBox');
      if (viewBox && viewBox !== viewBoxes.at(-1)) viewBoxes.push(viewBox);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await drawn(el);
    observer.disconnect();
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect([frame.clientWidth, frame.clientHeight]).to.deep.equal([598, 448]);
    expect(viewBoxes).to.deep.equal(['0 0 598 448']);
  });

  it('draws a map that was hidden when it is shown, at its size', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width:500px" hidden><base-map></base-map></div>`);
    const el = wrap.querySelector('base-map')!;
    await untilState(el, 'ready');
    wrap.hidden = false;
    await drawn(el);
    expect(el.shadowRoot!.querySelector('.frame > svg')!.getAttribute('viewBox')).to.equal('0 0 498 373');
    expect(el.shadowRoot!.querySelectorAll('path.country').length).to.be.greaterThan(3);
  });

  it('inlines the default basemap: no network request for it', async () => {
    const before = performance.getEntriesByType('resource').length;
    const wrap = await fixture(
      html`<withdrawal-data now="2026-01-01T00:00:00Z"><base-map></base-map></withdrawal-data>`,
    );
    const el = wrap.querySelector('base-map')!;
    await drawn(el);
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => e.name);
    expect(requests.filter((n) => /json|topo|basemap|atlas/i.test(n) && !/\.ts$|\.js$/.test(n))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('path.country').length).to.be.greaterThan(3);
  });

  it('shows the hover card with name, state and events', async () => {
    const el = await mapAt('2026-02-01');
    marker(el, 'ain-al-asad')
      .querySelector('.sym')!
      .dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await el.updateComplete;
    const text = el.shadowRoot!.querySelector('.card')!.textContent!;
    expect(text).to.contain('Ain al-Asad Air Base');
    expect(text).to.contain('Handed over');
    expect(text, 'the latest event there').to.contain('Jan 17, 2026');
    marker(el, 'ain-al-asad')
      .querySelector('.sym')!
      .dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
  });

  it('is accessible by default, in dark and in RTL', async () => {
    const plain = await mapAt('2025-01-01');
    await expect(plain).to.be.accessible();
    const wrap = await fixture(html`<div lang="ar"><base-map theme="dark"></base-map></div>`);
    const dark = wrap.querySelector('base-map')!;
    await drawn(dark);
    expect(dark.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(dark).to.be.accessible();
  });
});
