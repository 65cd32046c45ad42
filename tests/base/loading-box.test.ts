import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/define.js';
import '../../src/timeline/define.js';
import '../../src/map/define.js';
import '../../src/countdown/define.js';
import { untilState } from '../helpers/test-widget.js';

// While its story is on the way, a widget's box already has the size the reserving stylesheet
// would give it (a page without that stylesheet sees little shift when the widget draws).
describe('a loading widget', () => {
  it('reserves the reserving stylesheet’s size: countdown 9.5rem, map 4:3 and its legend, timeline 34rem', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 800px">
        <withdrawal-data src="/__fixture/slow/3000">
          <milestone-countdown></milestone-countdown>
          <base-map></base-map>
          <withdrawal-timeline></withdrawal-timeline>
        </withdrawal-data>
      </div>`,
    );
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const [countdown, map, timeline] = ['milestone-countdown', 'base-map', 'withdrawal-timeline'].map((tag) =>
      wrap.querySelector(tag)!,
    );
    for (const el of [countdown, map, timeline]) await untilState(el, 'loading');
    expect(countdown.getBoundingClientRect().height).to.be.closeTo(9.5 * rem, 1);
    expect(map.getBoundingClientRect().height).to.be.closeTo((800 * 3) / 4 + 7 * rem, 1);
    expect(timeline.getBoundingClientRect().height).to.be.closeTo(34 * rem, 1);
  });
});
