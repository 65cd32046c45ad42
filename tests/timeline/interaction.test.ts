import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/test-widget.js';
import { untilState, type TestWidget } from '../helpers/test-widget.js';
import type { WithdrawalTimeline } from '../../src/timeline/define.js';
import type { WithdrawalData } from '../../src/provider/withdrawal-data.js';
import { all, ids, mount, root, storyJson, txt } from './helpers.js';

const story = storyJson([
  { id: 'a', date: '2020', places: ['p1'] },
  { id: 'b', date: '2021', places: ['p2'] },
  { id: 'c', date: '2022', places: ['p1', 'p2'] },
  { id: 'd', date: '2023' },
]);

const picks = (el: Element) => all(el, '.pick');
const focusedId = (el: Element) => (root(el).activeElement?.parentElement as HTMLElement | undefined)?.dataset['id'];
const tabStops = (el: Element) => all(el, '.years [tabindex="0"]').filter((n) => n.classList.contains('pick'));

async function press(el: WithdrawalTimeline, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<withdrawal-timeline> keyboard', () => {
  it('has one tab stop, moved by the arrows, Home and End', async () => {
    const el = await mount(story);
    expect(tabStops(el).length).to.equal(1);
    picks(el)[0]!.focus();
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('c');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'End');
    expect(focusedId(el)).to.equal('d');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('d');
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('a');
    await press(el, 'ArrowDown');
    expect(tabStops(el).map((b) => (b.parentElement as HTMLElement).dataset['id'])).to.deep.equal(['b']);
    // Only the active event's source links are in the tab order.
    expect(all(el, '.src a[tabindex="0"]').length).to.equal(1);
    expect(all(el, '[data-id="b"] .src a[tabindex="0"]').length).to.equal(1);
  });

  it('mirrors the inline arrows in right-to-left text', async () => {
    const el = await mount(story, { lang: 'ar' });
    picks(el)[0]!.focus();
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('a');
  });

  it('selects with Enter and Space: reflects `selected`, sets aria-current and the part, fires withdrawal-select', async () => {
    const el = await mount(story);
    picks(el)[0]!.focus();
    await press(el, 'ArrowDown');
    const fired = oneEvent(el, 'withdrawal-select');
    await press(el, 'Enter');
    const { detail } = await fired;
    expect(detail).to.deep.equal({ eventId: 'b', locationIds: ['p2'] });
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    expect(el.getAttribute('selected')).to.equal('b');
    const sel = root(el).querySelector('[aria-current="true"]') as HTMLElement;
    expect(sel.dataset['id']).to.equal('b');
    expect(sel.getAttribute('part')).to.equal('event selected');
    expect(all(el, '[part="event"]').length).to.equal(3);
    await expect(el).to.be.accessible();
    await press(el, 'ArrowDown');
    const again = oneEvent(el, 'withdrawal-select');
    await press(el, ' ');
    expect((await again).detail.eventId).to.equal('c');
  });

  it('keeps two timelines on one page apart', async () => {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data now="2026-01-01T00:00:00Z"
          ><script type="application/json">
            ${story}
          </script>
          <withdrawal-timeline id="one"></withdrawal-timeline
        ></withdrawal-data>
        <withdrawal-data now="2026-01-01T00:00:00Z"
          ><script type="application/json">
            ${story}
          </script>
          <withdrawal-timeline id="two"></withdrawal-timeline
        ></withdrawal-data>
      </div>`,
    );
    const [one, two] = [...wrap.querySelectorAll('withdrawal-timeline')] as WithdrawalTimeline[];
    await untilState(one!, 'ready');
    await untilState(two!, 'ready');
    picks(one!)[0]!.focus();
    await press(one!, 'ArrowDown');
    await press(one!, 'Enter');
    await two!.updateComplete;
    expect(focusedId(one!)).to.equal('b');
    expect(one!.selected).to.equal('b');
    expect(two!.selected ?? null).to.equal(null);
    expect(tabStops(two!).map((b) => (b.parentElement as HTMLElement).dataset['id'])).to.deep.equal(['a']);
    picks(two!)[0]!.focus();
    await press(two!, 'End');
    expect(focusedId(two!)).to.equal('d');
    expect(tabStops(one!).map((b) => (b.parentElement as HTMLElement).dataset['id'])).to.deep.equal(['b']);
  });
});

describe('<withdrawal-timeline> shared selection', () => {
  async function withStandIn() {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data now="2026-01-01T00:00:00Z">
          <script type="application/json">
            ${story}
          </script>
          <test-widget></test-widget>
          <withdrawal-timeline></withdrawal-timeline>
        </withdrawal-data>
      </div>`,
    );
    const el = wrap.querySelector('withdrawal-timeline') as WithdrawalTimeline;
    const map = wrap.querySelector('test-widget') as TestWidget;
    const provider = wrap.querySelector('withdrawal-data') as WithdrawalData;
    await untilState(el, 'ready');
    await untilState(map, 'ready');
    return { el, map, provider };
  }

  it('tells bound widgets when an event is clicked', async () => {
    const { el, map, provider } = await withStandIn();
    (root(el).querySelector('[data-id="c"] .pick') as HTMLElement).click();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[data-selected]')!.getAttribute('data-id')).to.equal('c');
    expect(provider.state.selection.locationIds).to.deep.equal(['p1', 'p2']);
  });

  it('shows a selection made elsewhere and scrolls it into view without taking focus', async () => {
    const { el, map } = await withStandIn();
    const button = map.shadowRoot!.querySelector('[data-id="d"] button') as HTMLButtonElement;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(el.selected).to.equal('d');
    expect(el.getAttribute('selected')).to.equal('d');
    expect((root(el).querySelector('[aria-current="true"]') as HTMLElement).dataset['id']).to.equal('d');
    expect(map.shadowRoot!.activeElement).to.equal(button);
    expect(root(el).activeElement).to.equal(null);
  });

  it('selects through the `selected` property for every bound widget', async () => {
    const { el, map } = await withStandIn();
    el.selected = 'a';
    await el.updateComplete;
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[data-selected]')!.getAttribute('data-id')).to.equal('a');
    expect((root(el).querySelector('[aria-current="true"]') as HTMLElement).dataset['id']).to.equal('a');
  });

  it('filters to a place selected on the map, with a visible way to show all', async () => {
    const { el, provider } = await withStandIn();
    provider.state.select({ locationIds: ['p1'] });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'c']);
    expect(txt(root(el).querySelector('.places'))).to.equal('Events at Erbil');
    await expect(el).to.be.accessible();
    const cleared = oneEvent(el, 'withdrawal-select');
    (root(el).querySelector('.clear') as HTMLButtonElement).click();
    expect((await cleared).detail).to.deep.equal({ locationIds: [] });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});

describe('<withdrawal-timeline> rebinding', () => {
  it('renders every year again after showing another state, with the same story', async () => {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data id="tl-a" now="2026-01-01T00:00:00Z"
          ><script type="application/json">
            ${story}
          </script></withdrawal-data
        >
        <withdrawal-timeline source="tl-a"></withdrawal-timeline>
      </div>`,
    );
    const el = wrap.querySelector('withdrawal-timeline') as WithdrawalTimeline;
    await untilState(el, 'ready');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'd']);
    el.source = 'tl-missing';
    await untilState(el, 'loading');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    el.source = 'tl-a';
    await untilState(el, 'ready');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});

describe('<withdrawal-timeline> deep link', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('selects the event named in the URL hash and writes the hash on selection', async () => {
    history.replaceState(null, '', '#event-c');
    const wrap = await fixture(
      html`<div>
        <withdrawal-data now="2026-01-01T00:00:00Z"
          ><script type="application/json">
            ${story}
          </script>
          <withdrawal-timeline deep-link></withdrawal-timeline
        ></withdrawal-data>
      </div>`,
    );
    const el = wrap.querySelector('withdrawal-timeline') as WithdrawalTimeline;
    await untilState(el, 'ready');
    await el.updateComplete;
    expect(el.selected).to.equal('c');
    (root(el).querySelector('[data-id="a"] .pick') as HTMLElement).click();
    await el.updateComplete;
    expect(location.hash).to.equal('#event-a');
  });

  it('ignores a malformed hash without an error in the page', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      history.replaceState(null, '', '#event-%E0%A4%A');
      const wrap = await fixture(
        html`<div>
          <withdrawal-data now="2026-01-01T00:00:00Z"
            ><script type="application/json">
              ${story}
            </script>
            <withdrawal-timeline deep-link></withdrawal-timeline
          ></withdrawal-data>
        </div>`,
      );
      const el = wrap.querySelector('withdrawal-timeline') as WithdrawalTimeline;
      await untilState(el, 'ready');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      expect(el.selected ?? null).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('leaves the hash alone without deep-link', async () => {
    history.replaceState(null, '', '#event-c');
    const el = await mount(story);
    expect(el.selected ?? null).to.equal(null);
    (root(el).querySelector('[data-id="a"] .pick') as HTMLElement).click();
    expect(location.hash).to.equal('#event-c');
  });
});

describe('<withdrawal-timeline> layout', () => {
  it('does not overflow a 320px column, nor the page', async () => {
    const el = await mount(null, { width: 320 });
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    for (const e of all(el, '[part~="event"]'))
      expect(e.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('scrolls a wide axis inside itself, not the page', async () => {
    const el = await mount(null, { width: 700 });
    expect(el.getBoundingClientRect().width).to.be.at.most(700);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const axis = root(el).querySelector('.axis') as HTMLElement;
    expect(axis.scrollWidth).to.be.greaterThan(axis.clientWidth);
  });
});
