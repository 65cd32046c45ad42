import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/define.js';
import '../../src/map/define.js';
import type { BaseMap } from '../../src/map/define.js';
import type { WithdrawalErrorDetail } from '../../src/base/events.js';
import { untilState } from '../helpers/test-widget.js';
import { centre, drawn, marker } from './helpers.js';

const sahel = JSON.stringify({
  meta: { title: 'Sahel', timeZone: 'Africa/Niamey', languages: ['en'] },
  sources: [],
  places: [
    {
      id: 'niamey',
      name: 'Niamey air base',
      kind: 'airbase',
      coordinates: [2.18, 13.48],
      presence: [
        { from: '2023', until: '2024-07', level: 'present' },
        { from: '2024-08', level: 'withdrawn' },
      ],
    },
    {
      id: 'agadez',
      name: 'Agadez drone base',
      kind: 'airbase',
      coordinates: [7.99, 16.97],
      presence: [{ from: '2019', level: 'present' }],
    },
  ],
  events: [],
});

async function until(check: () => boolean): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 5000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<base-map basemap>', () => {
  it('draws a TopoJSON from a URL, fitted to the story places', async () => {
    const wrap = await fixture(
      html`<div style="width:480px">
        <withdrawal-data now="2025-01-01T00:00:00Z">
          <script type="application/json">
            ${sahel}
          </script>
          <base-map basemap="/__fixture/story/mini-basemap"></base-map>
        </withdrawal-data>
      </div>`,
    );
    const el = wrap.querySelector('base-map') as BaseMap;
    await drawn(el);
    await until(() => el.shadowRoot!.querySelectorAll('path.country').length > 0);
    const names = [...el.shadowRoot!.querySelectorAll('.country-label')].map((t) => t.textContent);
    expect(names).to.include('Niger'); // from its ISO code, through Intl.DisplayNames
    const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    const niamey = centre(marker(el, 'niamey'));
    const agadez = centre(marker(el, 'agadez'));
    for (const p of [niamey, agadez]) {
      expect(p.x).to.be.within(frame.left + 20, frame.right - 20);
      expect(p.y).to.be.within(frame.top + 20, frame.bottom - 20);
    }
    // Fitted to the places: they span most of the frame, not a dot in a world map.
    expect(Math.abs(agadez.x - niamey.x)).to.be.greaterThan(frame.width * 0.4);
    expect(agadez.y).to.be.lessThan(niamey.y);
    expect(marker(el, 'niamey').getAttribute('aria-label')).to.contain('Withdrawn');
    expect(el.shadowRoot!.querySelector('.credit')!.textContent).not.to.contain('Natural Earth');
    await expect(el).to.be.accessible();
  });

  for (const [what, url] of [
    ['a 404', '/__fixture/status/404'],
    ['a page that is not JSON', '/__fixture/html'],
    ['JSON that is not TopoJSON', '/__fixture/text?body=%7B%22type%22%3A%22FeatureCollection%22%7D'],
  ] as const) {
    it(`says plainly, inside the widget, when the basemap is ${what}`, async () => {
      // Listening on the wrapper before the map is on the page: the error may come before the
      // fixture resolves.
      let heard!: (e: CustomEvent<WithdrawalErrorDetail>) => void;
      const errorEvent = new Promise<CustomEvent<WithdrawalErrorDetail>>((resolve) => (heard = resolve));
      const wrap = await fixture(html`<div @withdrawal-error=${heard}><base-map basemap=${url}></base-map></div>`);
      const el = wrap.querySelector('base-map') as BaseMap;
      await untilState(el, 'ready');
      const ev = await errorEvent;
      expect(ev.detail.source).to.equal(url);
      await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'));
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(url);
      expect(alert.textContent).to.contain('could not be loaded');
      // The places stay readable in the table.
      expect(el.shadowRoot!.querySelectorAll('table tbody tr').length).to.equal(6);
      await expect(el).to.be.accessible();
    });
  }

  it('stops observing and fetching when removed', async () => {
    const wrap = await fixture(html`<div><base-map basemap="/__fixture/slow/3000"></base-map></div>`);
    const el = wrap.querySelector('base-map') as BaseMap;
    await untilState(el, 'ready');
    let errors = 0;
    el.addEventListener('withdrawal-error', () => errors++);
    el.remove();
    await new Promise((r) => setTimeout(r, 3500));
    expect(errors, 'an aborted request reports nothing').to.equal(0);
  });
});

describe('drawing shapes', () => {
  it('closes the rings of areas and leaves lines open (a river or a front line in a custom basemap)', async () => {
    const { draw, projection } = await import('../../src/map/geo.js');
    const { geoEquirectangularRaw } = await import('d3-geo');
    const p = projection(geoEquirectangularRaw, 100);
    const area = draw(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      p,
    ).d;
    const line = draw(
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 0],
          [1, 1],
        ],
      },
      p,
    ).d;
    expect(area.endsWith('Z')).to.equal(true);
    expect(line).to.match(/^M[^Z]+$/);
  });
});
