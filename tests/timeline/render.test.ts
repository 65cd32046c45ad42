import { expect, fixture, html } from '@open-wc/testing';
import { all, events, ids, mount, root, storyJson, txt } from './helpers.js';
import { untilState } from '../helpers/test-widget.js';
import type { WithdrawalTimeline } from '../../src/timeline/define.js';

const ev = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`[data-id="${id}"]`)!;

describe('<withdrawal-timeline> rendering', () => {
  it('lists the default story in time order, grouped under year headings', async () => {
    const el = await mount(null, { now: '2026-11-30T00:00:00Z' });
    const list = ids(el);
    expect(list.length).to.equal(24);
    expect(list[0]).to.equal('invasion-2003');
    expect(list.at(-1)).to.equal('iran-claims-2026');
    expect(root(el).querySelector('ol.years')).to.exist;
    expect(all(el, '.year [role="heading"]').map(txt)).to.deep.equal([
      '2003',
      '2011',
      '2014',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    // Each event sits under its own year.
    expect(txt(ev(el, 'tower-22-2024').closest('.year')!.querySelector('[role="heading"]'))).to.equal('2024');
    await expect(el).to.be.accessible();
  });

  it('gives year headings level 2 by default and the level the page asks for', async () => {
    const el = await mount(null, {});
    expect(all(el, '.year [role="heading"]').every((h) => h.getAttribute('aria-level') === '2')).to.equal(true);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(all(el, '.year [role="heading"]').every((h) => h.getAttribute('aria-level') === '4')).to.equal(true);
  });

  it('shows long gaps between years as gaps, not even steps, in a narrow column', async () => {
    const el = await mount(null, { width: 320 });
    const years = all(el, '.year');
    expect(txt(years[1]!.querySelector('.gap'))).to.equal('8 years later');
    expect(txt(years[2]!.querySelector('.gap'))).to.equal('3 years later');
    expect(txt(years[3]!.querySelector('.gap'))).to.equal('9 years later');
    expect(years[4]!.querySelector('.gap')).to.equal(null);
    // A nine-year gap takes more room than a three-year one.
    const space = (y: HTMLElement) =>
      y.getBoundingClientRect().top - y.previousElementSibling!.getBoundingClientRect().bottom;
    expect(space(years[3]!)).to.be.greaterThan(space(years[2]!));
    expect(space(years[2]!)).to.be.greaterThan(space(years[5]!));
  });

  it('lays years along a horizontal axis in a wide element, gaps as space', async () => {
    const el = await mount(null, { width: 700 });
    const years = all(el, '.year');
    expect(years[1]!.getBoundingClientRect().top).to.equal(years[0]!.getBoundingClientRect().top);
    const space = (y: HTMLElement) =>
      y.getBoundingClientRect().left - y.previousElementSibling!.getBoundingClientRect().right;
    expect(space(years[3]!)).to.be.greaterThan(space(years[2]!));
    expect(space(years[2]!)).to.be.greaterThan(space(years[5]!));
  });

  it('shows category as a word and a shape, provenance when not official, and the correction note', async () => {
    const el = await mount(null);
    expect(txt(ev(el, 'tower-22-2024').querySelector('.cat'))).to.equal('Attack');
    expect(txt(ev(el, 'reuters-plan-2024').querySelector('.prov'))).to.equal(
      'Reported: Reuters, citing unnamed sources',
    );
    expect(txt(ev(el, 'iran-claims-2026').querySelector('.prov'))).to.equal(
      'Claimed: Iran (Tasnim, IRGC), not confirmed',
    );
    expect(ev(el, 'invasion-2003').querySelector('.prov')).to.equal(null);
    const fix = ev(el, 'tower-22-2024').querySelector('.fix');
    expect(txt(fix)).to.match(/^Correction: \S/);
    expect(ev(el, 'invasion-2003').querySelector('.fix')).to.equal(null);
    const shape = getComputedStyle(ev(el, 'tower-22-2024').querySelector('.cat')!, '::before');
    expect(shape.clipPath).to.not.equal('none');
  });

  it('passes axe in the dark theme, with a selection', async () => {
    const el = await mount(null);
    el.theme = 'dark';
    el.selected = 'tower-22-2024';
    await el.updateComplete;
    expect(ev(el, 'tower-22-2024').getAttribute('part')).to.equal('event selected');
    await expect(el).to.be.accessible();
  });

  it('shows an unknown category by its own text', async () => {
    const el = await mount(storyJson([{ id: 'x', date: '2020', category: 'ceasefire' }]));
    expect(txt(events(el)[0]!.querySelector('.cat'))).to.equal('ceasefire');
  });

  it('links sources with http(s) only and rel="noopener"', async () => {
    const el = await mount(
      storyJson([{ id: 'x', date: '2020', sources: ['s1', 'bad'] }], {
        sources: [
          { id: 's1', publisher: 'Good', title: 'ok', url: 'https://example.org/a' },
          { id: 'bad', publisher: 'Evil', title: 'x', url: 'javascript:alert(1)' },
        ],
      }),
    );
    const links = all(el, 'a');
    expect(links.length).to.be.greaterThan(0);
    for (const node of all(el, '[href]')) expect(node.getAttribute('href')).to.match(/^https?:\/\//);
    for (const a of links) {
      expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      expect(a.getAttribute('rel')).to.contain('noopener');
    }
    expect(txt(root(el).querySelector('.src'))).to.equal('Good');
  });

  it('marks "now" between past and future, and future events as planned', async () => {
    const el = await mount(
      storyJson([
        { id: 'past', date: '2024-05-01' },
        { id: 'next', date: '2025-03' },
        { id: 'later', date: '2026' },
      ]),
      { now: '2025-01-10T00:00:00Z' },
    );
    const now = root(el).querySelector('.now')!;
    expect(txt(now)).to.equal('Now 10 Jan 2025');
    expect((now.nextElementSibling as HTMLElement).dataset['id']).to.equal('next');
    expect(txt(ev(el, 'next').querySelector('.tags'))).to.contain('Planned');
    expect(txt(ev(el, 'past').querySelector('.tags'))).to.not.contain('Planned');
    expect(getComputedStyle(ev(el, 'later')).borderStyle).to.equal('dashed');
    expect(getComputedStyle(ev(el, 'past')).borderStyle).to.equal('solid');
  });

  it('puts "now" after the last event when everything is past', async () => {
    const el = await mount(
      storyJson([
        { id: 'a', date: '2020' },
        { id: 'b', date: '2021' },
      ]),
    );
    const items = all(el, '.events > li');
    expect(items.at(-1)!.classList.contains('now')).to.equal(true);
  });

  it('says how many events and what span, and shows credit, data date and all sources', async () => {
    const el = await mount(null);
    expect(txt(root(el).querySelector('#summary'))).to.equal('24 events, 2003 to 2026.');
    expect(root(el).querySelector('ol.years')!.getAttribute('aria-describedby')).to.equal('summary');
    const foot = root(el).querySelector('footer')!;
    expect(txt(foot.querySelector('p'))).to.contain('withdrawal-widgets default story');
    expect(txt(foot.querySelector('p'))).to.contain('Data as of 25 Nov 2026');
    const details = foot.querySelector('details')!;
    expect(txt(details.querySelector('summary'))).to.match(/^Sources \(\d+\)$/);
    expect(details.querySelectorAll('a').length).to.be.greaterThan(10);
  });

  it('filters by category and clears back to all', async () => {
    const el = await mount(null);
    const select = root(el).querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.include.members([
      'All categories',
      'Attack',
      'Diplomacy',
      'Withdrawal',
      'Announcement',
      'Conflict',
    ]);
    select.value = 'attack';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['tower-22-2024', 'iran-claims-2026']);
    expect(txt(root(el).querySelector('#summary'))).to.equal('2 events, 2024 to 2026.');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    expect(events(el).length).to.equal(24);
    expect(root(el).querySelector('.clear')).to.equal(null);
  });

  it('shows the role="alert" error view, accessibly, when the story fails', async () => {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data src="/__fixture/status/404"><withdrawal-timeline></withdrawal-timeline></withdrawal-data>
      </div>`,
    );
    const el = wrap.querySelector('withdrawal-timeline') as WithdrawalTimeline;
    await untilState(el, 'error');
    expect(txt(root(el).querySelector('[role="alert"]'))).to.contain('404');
    await expect(el).to.be.accessible();
  });

  it('keeps light-DOM fallback children out of the rendering', async () => {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data now="2026-01-01T00:00:00Z"
          ><withdrawal-timeline><p id="fb">Fallback list</p></withdrawal-timeline></withdrawal-data
        >
      </div>`,
    );
    const el = wrap.querySelector('withdrawal-timeline')!;
    await untilState(el, 'ready');
    expect(root(el).querySelector('slot')).to.equal(null);
    expect(wrap.querySelector<HTMLElement>('#fb')!.getBoundingClientRect().height).to.equal(0);
  });
});
