import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/provider/define.js';
import '../../src/map/define.js';
import '../helpers/test-widget.js';
import type { BaseMap } from '../../src/map/define.js';
import { drawn, marker, markers } from './helpers.js';

const ids = (el: BaseMap, sel = '[part~="selected"]') =>
  [...el.shadowRoot!.querySelectorAll(sel)].map((m) => m.getAttribute('data-id'));
const focusedId = (el: BaseMap) => el.shadowRoot!.activeElement?.getAttribute('data-id');

async function pair(lang = 'en') {
  const wrap = await fixture(
    html`<div lang=${lang}>
      <withdrawal-data now="2026-01-01T00:00:00Z">
        <test-widget></test-widget><base-map></base-map><base-map id="other"></base-map>
      </withdrawal-data>
    </div>`,
  );
  const [map, other] = [...wrap.querySelectorAll('base-map')] as [BaseMap, BaseMap];
  await drawn(map);
  await drawn(other);
  return { wrap, map, other, widget: wrap.querySelector('test-widget')! };
}

describe('<base-map> selection and keyboard', () => {
  it('highlights the places of an event selected elsewhere, and shows that event date', async () => {
    const { map, widget } = await pair();
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="accelerated-2025"] button')!.click();
    await map.updateComplete;
    expect(ids(map).sort()).to.deep.equal(['ain-al-asad', 'baghdad-airport', 'erbil-air-base']);
    expect(marker(map, 'ain-al-asad').getAttribute('part')).to.equal('location selected');
    expect(marker(map, 'tower-22').getAttribute('part')).to.equal('location');
    // The date follows the selected event (24 Aug 2025): Ain al-Asad was reduced by then.
    expect(marker(map, 'ain-al-asad').getAttribute('aria-label')).to.contain('Reduced');
    await expect(map).to.be.accessible();
  });

  it('selecting a place by pointer fires withdrawal-select and updates every bound widget', async () => {
    const { map, other } = await pair();
    const heard = oneEvent(map, 'withdrawal-select');
    marker(map, 'erbil-air-base').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const ev = await heard;
    expect(ev.detail.locationIds).to.deep.equal(['erbil-air-base']);
    expect(ev.bubbles && ev.composed).to.equal(true);
    await other.updateComplete;
    expect(ids(other)).to.deep.equal(['erbil-air-base']);
    expect(marker(map, 'erbil-air-base').getAttribute('aria-pressed')).to.equal('true');
    // Selecting it again clears the selection.
    marker(map, 'erbil-air-base').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await other.updateComplete;
    expect(ids(other)).to.deep.equal([]);
  });

  it('has one tab stop, arrows move west to east, Enter selects', async () => {
    const { map } = await pair();
    expect(markers(map).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    marker(map, 'al-tanf').focus();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.card')!.textContent).to.contain('Al-Tanf garrison');
    const path: string[] = [];
    for (let i = 0; i < 6; i++) {
      path.push(focusedId(map)!);
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      await map.updateComplete;
    }
    expect(path[0]).to.equal('al-tanf');
    expect(path.indexOf('ain-al-asad')).to.be.lessThan(path.indexOf('baghdad-airport'));
    expect(path.indexOf('baghdad-airport')).to.be.lessThan(path.indexOf('baghdad-green-zone'));
    expect(new Set(path).size).to.equal(6);
    expect(markers(map).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    const heard = oneEvent(map, 'withdrawal-select');
    await sendKeys({ press: 'Enter' });
    expect((await heard).detail.locationIds).to.deep.equal([focusedId(map)]);
    await sendKeys({ press: 'Home' });
    await map.updateComplete;
    await map.updateComplete;
    expect(focusedId(map)).to.equal(path[0]);
  });

  it('mirrors the reading order in RTL: Home goes to the easternmost place', async () => {
    const { map } = await pair('ar');
    marker(map, 'ain-al-asad').focus();
    await sendKeys({ press: 'Home' });
    await map.updateComplete;
    await map.updateComplete;
    expect(focusedId(map)).to.equal('baghdad-green-zone');
    await sendKeys({ press: 'ArrowDown' });
    await map.updateComplete;
    await map.updateComplete;
    expect(focusedId(map)).to.equal('baghdad-airport');
    const heard = oneEvent(map, 'withdrawal-select');
    await sendKeys({ press: ' ' });
    expect((await heard).detail.locationIds).to.deep.equal(['baghdad-airport']);
    await map.updateComplete;
    await expect(map).to.be.accessible();
  });
});
